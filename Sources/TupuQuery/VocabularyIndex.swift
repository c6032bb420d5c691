import TupuGraph

/// The vocabulary's lookups the checker needs on every statement, built once per session:
/// predicate and class ids by every way of writing them, and each class's subclasses.
struct VocabularyIndex: Sendable {
  /// Predicate ids by id (lower-cased), label and alias.
  var predicates: [String: String] = [typePredicate: typePredicate, "类型": typePredicate]
  /// Class ids by id (lower-cased) and label.
  var classes: [String: String] = [:]
  /// A class id → itself and every class below it.
  var descendants: [String: [String]] = [:]

  init(_ vocabulary: Vocabulary) {
    for predicate in vocabulary.predicates {
      predicates[predicate.id.lowercased()] = predicate.id
      if !predicate.label.isEmpty { predicates[predicate.label] = predicate.id }
      for alias in predicate.aliases where !alias.isEmpty { predicates[alias] = predicate.id }
    }
    for info in vocabulary.classes {
      classes[info.id.lowercased()] = info.id
      if !info.label.isEmpty { classes[info.label] = info.id }
      descendants[info.id] = vocabulary.descendants(of: info.id)
    }
  }
}
