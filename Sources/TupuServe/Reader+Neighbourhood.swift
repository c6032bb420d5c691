import TupuExport
import TupuGraph

/// The facts a neighbourhood picture draws.
struct Neighbourhood: Sendable {
  var facts: [Fact]
  /// True when the entities reached were more than a picture draws, so the walk stopped.
  var truncated: Bool
}

extension Reader {
  /// The facts within `depth` steps of `name`, derived ones included, as
  /// `tupu export --around NAME --depth N --derived` draws them; read entity by entity rather
  /// than the whole graph, and stopped after `settings.pictureLimit` entities.
  func neighbourhood(of name: String, depth: Int) throws -> Neighbourhood {
    var known: [Fact] = []
    var reached: Set<String> = [name]
    var order = [name]
    var frontier = [name]
    var truncated = false
    var loaded = Set<String>()
    func load(_ entity: String) throws -> [Fact] {
      guard loaded.insert(entity).inserted else { return [] }
      let facts = try store.facts(about: entity).map { stored in
        var fact = stored.fact
        if let path = stored.documentPath { fact.evidence?.document = path }
        return fact
      }
      known += facts
      return facts
    }
    for _ in 0..<max(0, depth) where !frontier.isEmpty && !truncated {
      var next: [String] = []
      for entity in frontier {
        for fact in try load(entity) where fact.predicate != typePredicate {
          guard case .entity(let object) = fact.object else { continue }
          for neighbour in [fact.subject, object] where reached.insert(neighbour).inserted {
            next.append(neighbour)
            order.append(neighbour)
          }
        }
        if reached.count > settings.pictureLimit {
          truncated = true
          break
        }
      }
      frontier = next
    }
    // The nearest entities only, when there were too many.
    if truncated { reached = Set(order.prefix(settings.pictureLimit)) }
    // The facts of the last ring too: their classes and the edges among them.
    for entity in order where reached.contains(entity) { _ = try load(entity) }
    if truncated { return Neighbourhood(facts: known.connecting(reached), truncated: true) }
    return Neighbourhood(facts: known.neighbourhood(of: name, depth: depth), truncated: false)
  }
}
