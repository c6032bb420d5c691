/// A node or value in the graph: an entity by its canonical name, a literal (a post such as
/// 区委书记), or an ontology class (the object of a `type` fact).
public enum Term: Hashable, Sendable, Comparable {
  case entity(String)
  case literal(String)
  case classRef(String)

  /// The text of the term without its kind.
  public var text: String {
    switch self {
    case .entity(let name), .literal(let name), .classRef(let name): return name
    }
  }

  /// The kind code stored with the term: 0 entity, 1 literal, 2 class.
  public var kindCode: Int {
    switch self {
    case .entity: return 0
    case .literal: return 1
    case .classRef: return 2
    }
  }

  public init?(kindCode: Int, text: String) {
    switch kindCode {
    case 0: self = .entity(text)
    case 1: self = .literal(text)
    case 2: self = .classRef(text)
    default: return nil
    }
  }
}
