import TupuGraph

extension DocumentReading {
  /// 某村史馆位于某村党群服务中心 (inside 某村): a thing stated to lie in two places of which one
  /// lies in the other keeps only the inner one; located-in is direct containment, the outer is
  /// reached through the inner (the rules of the graph).
  static func withoutOuterContainers(_ facts: [Fact]) -> [Fact] {
    // NB: keyed by the subject's bytes (a String key is hashed as NFC at every lookup).
    var containers: [ExactText: [String]] = [:]
    // NB: facts read in place by index (`for fact in` copies each one).
    for index in facts.indices where facts[index].predicate == "located-in" {
      containers[ExactText(facts[index].subject), default: []].append(facts[index].object.text)
    }
    // NB: most documents state one container per thing: nothing to drop, and no copy of the facts.
    guard containers.values.contains(where: { $0.count > 1 }) else { return facts }
    /// Whether `outer` is reached from `inner` through one or more located-in facts.
    func reaches(_ inner: String, _ outer: String) -> Bool {
      var seen: Set<ExactText> = [ExactText(inner)]
      var pending = [inner]
      while let place = pending.popLast() {
        for next in containers[ExactText(place)] ?? [] where seen.insert(ExactText(next)).inserted {
          if next == outer { return true }
          pending.append(next)
        }
      }
      return false
    }
    return facts.filter { fact in
      guard fact.predicate == "located-in", let others = containers[ExactText(fact.subject)],
        others.count > 1
      else { return true }
      let outer = fact.object.text
      return !others.contains { $0 != outer && reaches($0, outer) }
    }
  }
}
