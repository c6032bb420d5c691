/// A document's facts dictionary-encoded: each distinct term once, each fact as indexes into
/// the terms. What a facts file of a million lines becomes without a `Fact` (and its strings)
/// per line; the store loads it the same as the `DocumentGraph` it decodes to.
public struct EncodedGraph: Sendable {
  /// One fact: indexes into `terms` and `predicates`, and the line that states it.
  public struct Row: Hashable, Sendable {
    public var subject: Int32
    public var predicate: Int32
    public var object: Int32
    /// The 1-based line number (the evidence's sentence).
    public var line: Int32
    /// Unicode-scalar offset of the line in the file, and its length in scalars.
    public var start: Int32
    public var length: Int32

    public init(
      subject: Int32, predicate: Int32, object: Int32, line: Int32, start: Int32, length: Int32
    ) {
      self.subject = subject
      self.predicate = predicate
      self.object = object
      self.line = line
      self.start = start
      self.length = length
    }
  }

  public var document: DocumentRecord
  /// Subjects and objects; a subject is always an `.entity`.
  public var terms: [Term]
  public var predicates: [String]
  public var rows: [Row]
  /// The text of the lines that are not exactly `subject<TAB>predicate<TAB>object` of their
  /// fact (spaces around a field, `a|b` alternatives, escapes), by index into `rows`; the
  /// others are rebuilt from their fact.
  public var lineTexts: [Int: String]
  /// The id of the reader, the evidence's pattern.
  public var pattern: String
  /// Evidence of each row's own (JSON Lines): its article and, by index into `patterns`, its
  /// pattern. Empty for the line-based files, whose rows are article 0 and `pattern`.
  public var articles: [Int32] = []
  public var rowPatterns: [Int32] = []
  public var patterns: [String] = []

  public init(
    document: DocumentRecord, terms: [Term], predicates: [String], rows: [Row],
    lineTexts: [Int: String], pattern: String
  ) {
    self.document = document
    self.terms = terms
    self.predicates = predicates
    self.rows = rows
    self.lineTexts = lineTexts
    self.pattern = pattern
  }

  /// The same facts one by one, as `DocumentGraph` holds them.
  public func decoded() -> DocumentGraph {
    let facts = rows.enumerated().map { index, row -> Fact in
      let subject = terms[Int(row.subject)].text
      let predicate = predicates[Int(row.predicate)]
      let object = terms[Int(row.object)]
      let pattern = rowPatterns.isEmpty ? self.pattern : patterns[Int(rowPatterns[index])]
      let text =
        lineTexts[index]
        ?? (pattern == NTriplesReader.pattern
          ? NTriplesReader.line(subject: subject, predicate: predicate, object: object)
          : pattern == JSONLFactsReader.pattern
            ? "" : "\(subject)\t\(predicate)\t\(object.text)")
      return Fact(
        subject, predicate, object,
        evidence: Evidence(
          article: articles.isEmpty ? 0 : Int(articles[index]), sentence: Int(row.line),
          start: Int(row.start), end: Int(row.start) + Int(row.length), text: text,
          pattern: pattern))
    }
    return DocumentGraph(document: document, facts: facts)
  }
}

/// What a reader made of one source file, in the form that suits its size: facts one by one
/// (text through extraction, N-Triples), or dictionary-encoded (TSV facts files).
public enum DocumentFacts: Sendable {
  case graph(DocumentGraph)
  case encoded(EncodedGraph)

  public var document: DocumentRecord {
    switch self {
    case .graph(let graph): return graph.document
    case .encoded(let encoded): return encoded.document
    }
  }

  public var factCount: Int {
    switch self {
    case .graph(let graph): return graph.facts.count
    case .encoded(let encoded): return encoded.rows.count
    }
  }

  /// The facts one by one.
  public var graph: DocumentGraph {
    switch self {
    case .graph(let graph): return graph
    case .encoded(let encoded): return encoded.decoded()
    }
  }
}
