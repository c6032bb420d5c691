import TupuGraph

extension DocumentReading {
  /// 某村史馆位于某村党群服务中心 (inside 某村): a thing stated to lie in two places of which one
  /// lies in the other keeps only the inner one; located-in is direct containment, the outer is
  /// reached through the inner (the rules of the graph).
  static func withoutOuterContainers(_ facts: [Fact]) -> [Fact] {
    var containers: [String: [String]] = [:]
    for fact in facts where fact.predicate == "located-in" {
      containers[fact.subject, default: []].append(fact.object.text)
    }
    // NB: most documents state one container per thing: nothing to drop, and no copy of the facts.
    guard containers.values.contains(where: { $0.count > 1 }) else { return facts }
    /// Whether `outer` is reached from `inner` through one or more located-in facts.
    func reaches(_ inner: String, _ outer: String) -> Bool {
      var seen: Set<String> = [inner]
      var pending = [inner]
      while let place = pending.popLast() {
        for next in containers[place] ?? [] where seen.insert(next).inserted {
          if next == outer { return true }
          pending.append(next)
        }
      }
      return false
    }
    return facts.filter { fact in
      guard fact.predicate == "located-in", let others = containers[fact.subject], others.count > 1
      else { return true }
      let outer = fact.object.text
      return !others.contains { $0 != outer && reaches($0, outer) }
    }
  }
}
