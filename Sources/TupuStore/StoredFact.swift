import TupuGraph

/// A fact as the store holds it: one row per piece of evidence (a derived fact has none).
public struct StoredFact: Hashable, Sendable {
  public var fact: Fact
  /// The path of the document the evidence is from; nil for derived facts.
  public var documentPath: String?

  public init(fact: Fact, documentPath: String?) {
    self.fact = fact
    self.documentPath = documentPath
  }
}

/// What one `write` did.
public struct WriteSummary: Hashable, Sendable {
  /// Documents stored for the first time or as a new version.
  public var documentsWritten = 0
  /// Documents skipped because the store already has their content.
  public var documentsUnchanged = 0
  /// Documents whose older version (same path, other content) was replaced.
  public var documentsReplaced = 0
  /// Asserted facts that were not in the store before.
  public var factsAdded = 0
  /// Asserted facts deleted because no document states them any more.
  public var factsRemoved = 0
  /// Evidence rows written.
  public var evidenceAdded = 0
  /// Derived facts in the store after inference.
  public var derivedFacts = 0

  public init() {}
}

/// Counts for `tupu stats`.
public struct StoreStatistics: Hashable, Sendable {
  public struct Count: Hashable, Sendable {
    public var name: String
    public var count: Int
    /// For predicates: how many of `count` are derived.
    public var derived: Int

    public init(name: String, count: Int, derived: Int = 0) {
      self.name = name
      self.count = count
      self.derived = derived
    }
  }

  public var documents = 0
  public var terms = 0
  public var entities = 0
  public var facts = 0
  public var derivedFacts = 0
  public var evidence = 0
  /// Entities by class (the object of their `type` fact), most numerous first.
  public var classes: [Count] = []
  /// Facts by predicate, `type` included, most numerous first.
  public var predicates: [Count] = []

  public init() {}
}
