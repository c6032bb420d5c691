/// The classes and predicates the graph speaks, as plain values for the stages that must not
/// depend on how the ontology is written (store, query planner, exporters).
public struct Vocabulary: Hashable, Sendable {
  public struct ClassInfo: Hashable, Sendable {
    public var id: String
    public var label: String
    public var parent: String?
    public var summary: String

    public init(id: String, label: String, parent: String? = nil, summary: String = "") {
      self.id = id
      self.label = label
      self.parent = parent
      self.summary = summary
    }
  }

  public struct PredicateInfo: Hashable, Sendable {
    public var id: String
    public var label: String
    /// Other Chinese words that name the predicate in queries (主持 for chairs).
    public var aliases: [String]
    /// True when the object is a literal (title).
    public var literalObject: Bool
    public var summary: String
    /// The classes a subject may have (a subclass of one counts), empty when any may.
    public var subjectClasses: [String]
    /// The classes an entity object may have (a subclass of one counts), empty when any may.
    public var objectClasses: [String]

    public init(
      id: String, label: String, aliases: [String] = [], literalObject: Bool = false,
      summary: String = "", subjectClasses: [String] = [], objectClasses: [String] = []
    ) {
      self.id = id
      self.label = label
      self.aliases = aliases
      self.literalObject = literalObject
      self.summary = summary
      self.subjectClasses = subjectClasses
      self.objectClasses = objectClasses
    }

    /// True when the predicate declares the classes of its subject or of its object.
    public var hasSignature: Bool { !subjectClasses.isEmpty || !objectClasses.isEmpty }
  }

  public var classes: [ClassInfo]
  public var predicates: [PredicateInfo]
  public var rules: [InferenceRule]

  public init(classes: [ClassInfo], predicates: [PredicateInfo], rules: [InferenceRule] = []) {
    self.classes = classes
    self.predicates = predicates
    self.rules = rules
  }

  public func classInfo(_ id: String) -> ClassInfo? { classes.first { $0.id == id } }
  public func predicateInfo(_ id: String) -> PredicateInfo? { predicates.first { $0.id == id } }

  /// `id` and every class above it: Official → [Official, Person].
  public func lineage(of id: String) -> [String] {
    var chain: [String] = []
    var current: String? = id
    while let name = current, !chain.contains(name) {
      chain.append(name)
      current = classInfo(name)?.parent
    }
    return chain
  }

  /// True when a thing of class `id` may stand where `allowed` is declared: `allowed` is empty
  /// (nothing declared) or holds `id` or a class above it (an Official where a Person may).
  public func admits(_ allowed: [String], _ id: String) -> Bool {
    allowed.isEmpty || lineage(of: id).contains(where: allowed.contains)
  }

  /// `id` and every class below it: Person → [Person, Official].
  public func descendants(of id: String) -> [String] {
    classes.map(\.id).filter { lineage(of: $0).contains(id) }
  }
}

/// A Horn rule over triple patterns: when every atom of `body` matches, `head` holds.
///
///     chair-reviews: ?x chairs ?m, ?m reviews ?p => ?x reviews ?p
public struct InferenceRule: Hashable, Sendable {
  public struct Atom: Hashable, Sendable {
    /// A `?variable` or a constant entity name.
    public var subject: String
    public var predicate: String
    public var object: String

    public init(_ subject: String, _ predicate: String, _ object: String) {
      self.subject = subject
      self.predicate = predicate
      self.object = object
    }
  }

  public var id: String
  public var body: [Atom]
  public var head: Atom

  public init(id: String, body: [Atom], head: Atom) {
    self.id = id
    self.body = body
    self.head = head
  }
}
