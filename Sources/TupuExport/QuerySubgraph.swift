import TupuGraph

extension Array where Element == Fact {
  /// The facts a query's answer stands on: for each row of `answers`, the facts that match the
  /// steps of `plan` with the row's variables bound (a variable the answer does not show
  /// matches anything; a path step contributes every fact on a walk between its ends), plus the
  /// `type` and literal facts of every entity involved, so a picture can style and label them.
  ///
  /// This is what `tupu export --query` and the REPL's `.dot` draw.
  public func matching(_ plan: QueryPlan, answers: ResultTable) -> [Fact] {
    let index = FactIndex(self)
    var chosen = Set<Int>()
    for row in answers.rows {
      var bindings: [String: String] = [:]
      for (output, cell) in zip(plan.outputs, row) {
        if case .variable(let name) = output, case .term(_, _, let text) = cell {
          bindings[name] = text
        }
      }
      for step in plan.steps {
        chosen.formUnion(index.matches(step, bindings: bindings))
      }
    }
    var entities = Set<String>()
    for position in chosen {
      entities.insert(self[position].subject)
      if case .entity(let name) = self[position].object { entities.insert(name) }
    }
    for entity in entities {
      for position in index.bySubject[entity] ?? [] {
        if case .entity = self[position].object { continue }
        chosen.insert(position)
      }
    }
    return chosen.sorted().map { self[$0] }
  }
}

/// Positions of facts by subject, object and predicate, for matching plan steps.
private struct FactIndex {
  let facts: [Fact]
  var bySubject: [String: [Int]] = [:]
  var byObject: [String: [Int]] = [:]
  var byPredicate: [String: [Int]] = [:]

  init(_ facts: [Fact]) {
    self.facts = facts
    for (position, fact) in facts.enumerated() {
      bySubject[fact.subject, default: []].append(position)
      byObject[fact.object.text, default: []].append(position)
      byPredicate[fact.predicate, default: []].append(position)
    }
  }

  func matches(_ step: PlanStep, bindings: [String: String]) -> [Int] {
    func value(_ node: PlanNode) -> String? {
      switch node {
      case .name(let name): return name
      case .variable(let name): return bindings[name]
      case .anything: return nil
      }
    }
    switch step {
    case .triple(let subject, let predicate, let object):
      var fixedPredicate: String?
      switch predicate {
      case .fixed(let id): fixedPredicate = id
      case .variable(let name): fixedPredicate = bindings[name]
      case .oneOf(let ids):
        return ids.flatMap {
          candidates(subject: value(subject), predicate: $0, object: value(object))
        }
      }
      return candidates(subject: value(subject), predicate: fixedPredicate, object: value(object))
    case .classTest(let subject, let classes):
      let wanted = Set(classes)
      return candidates(subject: value(subject), predicate: typePredicate, object: nil)
        .filter { wanted.contains(facts[$0].object.text) }
    case .path(let subject, let predicate, _, let object):
      return walk(from: value(subject), to: value(object), over: predicate)
    case .boundedPath(let subject, let predicates, _, let object):
      return predicates.flatMap { walk(from: value(subject), to: value(object), over: $0) }
    case .optional(let steps):
      return steps.flatMap { matches($0, bindings: bindings) }
    case .union(let groups):
      return groups.flatMap { $0.flatMap { matches($0, bindings: bindings) } }
    case .sourced(let subject, let predicate, let object, _, _):
      return candidates(subject: value(subject), predicate: predicate, object: value(object))
    case .filter, .negation:
      return []
    }
  }

  private func candidates(subject: String?, predicate: String?, object: String?) -> [Int] {
    let pool: [Int]
    if let subject {
      pool = bySubject[subject] ?? []
    } else if let object {
      pool = byObject[object] ?? []
    } else if let predicate {
      pool = byPredicate[predicate] ?? []
    } else {
      pool = Array(facts.indices)
    }
    return pool.filter { position in
      let fact = facts[position]
      return (subject == nil || fact.subject == subject)
        && (predicate == nil || fact.predicate == predicate)
        && (object == nil || fact.object.text == object)
    }
  }

  /// Every `predicate` fact on some walk from `start` to `end` (either end open: every walk
  /// from or to the other).
  private func walk(from start: String?, to end: String?, over predicate: String) -> [Int] {
    let edges = byPredicate[predicate] ?? []
    var forward: [String: [Int]] = [:]
    var backward: [String: [Int]] = [:]
    for position in edges {
      forward[facts[position].subject, default: []].append(position)
      backward[facts[position].object.text, default: []].append(position)
    }
    func reach(_ from: String, _ next: [String: [Int]], _ far: (Fact) -> String) -> Set<String> {
      var seen: Set<String> = [from]
      var frontier = [from]
      while let node = frontier.popLast() {
        for position in next[node] ?? [] where seen.insert(far(facts[position])).inserted {
          frontier.append(far(facts[position]))
        }
      }
      return seen
    }
    let fromStart = start.map { reach($0, forward, { $0.object.text }) }
    let toEnd = end.map { reach($0, backward, { $0.subject }) }
    return edges.filter { position in
      (fromStart?.contains(facts[position].subject) ?? true)
        && (toEnd?.contains(facts[position].object.text) ?? true)
    }
  }
}
