import TupuDiagnostics

/// The ontology's names as a facts file may write them: a predicate by id, Chinese label or
/// alias (主持 → chairs), a class by id or label (官员 → Official). Facts files are checked
/// against it so that what is stored is what the query language can ask for.
public struct FactsVocabulary: Sendable {
  private var predicateIDs: [String: String] = [:]
  private var classIDs: [String: String] = [:]
  /// Every name of a predicate whose object is a literal (title, 标题).
  public private(set) var literalPredicates: Set<String> = []
  private let predicateNames: [String]
  private let classNames: [String]

  public init(_ vocabulary: Vocabulary) {
    for predicate in vocabulary.predicates {
      for name in [predicate.id, predicate.label] + predicate.aliases where !name.isEmpty {
        if predicateIDs[name] == nil { predicateIDs[name] = predicate.id }
        if predicate.literalObject { literalPredicates.insert(name) }
      }
    }
    predicateIDs[typePredicate] = typePredicate
    for info in vocabulary.classes {
      for name in [info.id, info.label] where !name.isEmpty && classIDs[name] == nil {
        classIDs[name] = info.id
      }
    }
    predicateNames = vocabulary.predicates.map(\.id) + [typePredicate]
    classNames = vocabulary.classes.map(\.id)
  }

  /// The predicate id `name` stands for, or nil when the ontology has no such predicate.
  public func predicate(_ name: String) -> String? { predicateIDs[name] }

  /// The class id `name` stands for, or nil when the ontology has no such class.
  public func className(_ name: String) -> String? { classIDs[name] }

  /// "did you mean …?" for an unknown predicate, among ids, labels and aliases.
  func predicateHint(_ name: String) -> String {
    Suggestions.hint(for: name, in: predicateIDs.keys.sorted())
      ?? "the predicates are " + predicateNames.joined(separator: ", ")
  }

  func classHint(_ name: String) -> String {
    Suggestions.hint(for: name, in: classIDs.keys.sorted())
      ?? "the classes are " + classNames.joined(separator: ", ")
  }
}

/// Every problem of one facts file, reported together (each with file:line:column).
public struct FactsFileProblems: Error, DiagnosticConvertible, Sendable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public var diagnostic: Diagnostic { diagnostics.first ?? Diagnostic("the facts file is bad") }
}
