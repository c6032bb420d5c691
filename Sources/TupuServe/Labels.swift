import TupuGraph

/// The vocabulary's words for people: a predicate as `主持 chairs`, a class as `官员 Official`.
struct Labels: Sendable {
  let vocabulary: Vocabulary

  /// The Chinese label and the id, or the id alone when the vocabulary has no label.
  func predicate(_ id: String) -> String {
    guard let label = vocabulary.predicateInfo(id)?.label, !label.isEmpty, label != id else {
      return id
    }
    return label + " " + id
  }

  func className(_ id: String) -> String {
    guard let label = vocabulary.classInfo(id)?.label, !label.isEmpty, label != id else {
      return id
    }
    return label + " " + id
  }
}
