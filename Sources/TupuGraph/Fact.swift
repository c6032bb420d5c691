/// The predicate id of class membership; every entity has exactly one `type` fact.
public let typePredicate = "type"

/// One statement of the graph, with where it was read and how.
public struct Fact: Hashable, Sendable {
  public var subject: String
  /// An ontology predicate id (`chairs`, `located-in`, …) or `type`.
  public var predicate: String
  public var object: Term
  /// Where the fact was stated; nil only for facts that were derived.
  public var evidence: Evidence?
  /// The inference rule that derived the fact, nil for asserted facts.
  public var derivedBy: String?

  public init(
    _ subject: String, _ predicate: String, _ object: Term, evidence: Evidence? = nil,
    derivedBy: String? = nil
  ) {
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.evidence = evidence
    self.derivedBy = derivedBy
  }

  public var isDerived: Bool { derivedBy != nil }
}

/// Where a fact was read: a sentence of an article of a document, as character offsets
/// (Unicode scalars, 0-based, end exclusive) into the original file's decoded text.
public struct Evidence: Hashable, Sendable {
  public var article: Int
  public var sentence: Int
  public var start: Int
  public var end: Int
  /// The sentence as Tupu read it (repaired), for display.
  public var text: String
  /// The id of the ontology pattern (or reader) that produced the fact.
  public var pattern: String
  /// The path of the document the sentence is in, when the reader of the evidence knows it
  /// (a store filling facts back in does; an extractor working on one document may leave it nil).
  public var document: String?
  /// The date the document states for itself (ISO 8601 to its precision), when the reader of
  /// the evidence knows it (a store filling facts back in does).
  public var published: String?

  public init(
    article: Int, sentence: Int, start: Int, end: Int, text: String, pattern: String,
    document: String? = nil
  ) {
    self.article = article
    self.sentence = sentence
    self.start = start
    self.end = end
    self.text = text
    self.pattern = pattern
    self.document = document
  }
}
