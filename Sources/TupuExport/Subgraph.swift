import TupuGraph

extension Array where Element == Fact {
  /// The facts within `depth` steps of `center`: the entities reached by following edges
  /// between entities either way, every fact between two of them, and their `type` and
  /// literal facts. Empty when no fact names `center`.
  public func neighbourhood(of center: String, depth: Int) -> [Fact] {
    var neighbours: [String: [String]] = [:]
    for fact in self {
      guard case .entity(let object) = fact.object, fact.predicate != typePredicate else {
        continue
      }
      neighbours[fact.subject, default: []].append(object)
      neighbours[object, default: []].append(fact.subject)
    }
    guard contains(where: { $0.subject == center || $0.object == .entity(center) }) else {
      return []
    }
    var reached: Set<String> = [center]
    var frontier = [center]
    for _ in 0..<Swift.max(0, depth) where !frontier.isEmpty {
      var next: [String] = []
      for name in frontier {
        for neighbour in neighbours[name] ?? [] where reached.insert(neighbour).inserted {
          next.append(neighbour)
        }
      }
      frontier = next
    }
    return connecting(reached)
  }

  /// The facts among `entities`: those whose subject is one of them and whose object is one of
  /// them or a literal or class. The subgraph a query's answers span.
  public func connecting(_ entities: Set<String>) -> [Fact] {
    filter { fact in
      guard entities.contains(fact.subject) else { return false }
      if case .entity(let object) = fact.object { return entities.contains(object) }
      return true
    }
  }
}
