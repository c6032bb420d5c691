import TupuGraph

/// Orders the steps of a checked query into the join order the store will follow.
///
/// SQLite's own choice for triple joins can be 100–400× off and flips with ANALYZE (see
/// SWIFT-NOTES.md), so the order is fixed here, greedily: next comes the step whose positions
/// are most bound (constants and variables bound by earlier steps), ties in written order.
struct Planner {
  func plan(_ query: Checker.CheckedQuery) -> QueryPlan {
    let steps = order(query.steps, bound: [])
    let bound = Set(steps.flatMap(\.variables))
    return QueryPlan(
      steps: steps, negations: query.negations.map { order($0, bound: bound) },
      outputs: query.outputs, groupBy: query.groupBy, orderBy: query.orderBy, limit: query.limit,
      assertedOnly: query.assertedOnly)
  }

  func order(_ steps: [PlanStep], bound initial: Set<String>) -> [PlanStep] {
    var remaining = steps
    var bound = initial
    var ordered: [PlanStep] = []
    while !remaining.isEmpty {
      var best = 0
      for index in remaining.indices.dropFirst()
      where cost(remaining[index], bound) < cost(remaining[best], bound) {
        best = index
      }
      let step = remaining.remove(at: best)
      ordered.append(step)
      bound.formUnion(step.variables)
    }
    return ordered
  }

  /// A rank of how many rows a step yields per row of the steps before it (lower is fewer).
  func cost(_ step: PlanStep, _ bound: Set<String>) -> Int {
    func isBound(_ node: PlanNode) -> Bool {
      switch node {
      case .name: return true
      case .variable(let name): return bound.contains(name)
      case .anything: return false
      }
    }
    func isConstant(_ node: PlanNode) -> Bool {
      if case .name = node { true } else { false }
    }
    switch step {
    case .classTest(let subject, _):
      return isBound(subject) ? 0 : 6
    case .triple(let subject, let predicate, let object):
      let subjectBound = isBound(subject)
      let objectBound = isBound(object)
      let predicateBound: Bool
      var isType = false
      switch predicate {
      case .fixed(let id):
        predicateBound = true
        isType = id == typePredicate
      case .variable(let name): predicateBound = bound.contains(name)
      }
      if subjectBound && objectBound { return predicateBound ? 0 : 1 }
      if subjectBound { return predicateBound ? 2 : 3 }
      // A class as object (`?x type Official`) is a whole extent, not one entity's neighbours.
      if objectBound { return isType ? 6 : (predicateBound ? 2 : 3) }
      return predicateBound ? 7 : 9
    case .path(let subject, _, _, let object):
      if isBound(subject) && isBound(object) { return 1 }
      if isConstant(subject) || isConstant(object) { return 4 }
      return 8
    }
  }
}
