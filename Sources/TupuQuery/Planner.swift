import TupuGraph

/// Orders the steps of a checked query into the join order the store will follow.
///
/// SQLite's own choice for triple joins can be 100–400× off and flips with ANALYZE (see
/// SWIFT-NOTES.md), so the order is fixed here, greedily: next comes the step whose positions
/// are most bound (constants and variables bound by earlier steps), ties in written order.
struct Planner {
  /// Entities per class, asked only when a path has both ends variable: then, of two class
  /// tests that tie, the smaller class goes first, so the walk starts from the smaller side.
  var classSizes: (([String]) -> [String: Int])? = nil

  func plan(_ query: Checker.CheckedQuery) -> QueryPlan {
    let steps = order(query.steps, bound: [], sizes: sizes(for: query.steps))
    let bound = Set(steps.flatMap(\.variables))
    var plan = QueryPlan(
      steps: steps, negations: query.negations.map { order($0, bound: bound) },
      outputs: query.outputs, groupBy: query.groupBy, orderBy: query.orderBy, limit: query.limit,
      assertedOnly: query.assertedOnly)
    plan.offset = query.offset
    plan.having = query.having
    plan.columnAliases = query.columnAliases
    return plan
  }

  /// The size of each class test's extent, when a path has both ends variable.
  private func sizes(for steps: [PlanStep]) -> [[String]: Int] {
    guard let classSizes else { return [:] }
    let openPath = steps.contains { step in
      switch step {
      case .path(.variable, _, _, .variable), .boundedPath(.variable, _, _, .variable): true
      default: false
      }
    }
    guard openPath else { return [:] }
    let tests = steps.compactMap { step -> [String]? in
      if case .classTest(.variable, let classes) = step { classes } else { nil }
    }
    guard tests.count > 1 else { return [:] }
    let counts = classSizes(Array(Set(tests.flatMap { $0 })))
    var sizes: [[String]: Int] = [:]
    for classes in tests {
      let known = classes.compactMap { counts[$0] }
      if known.count == classes.count { sizes[classes] = known.reduce(0, +) }
    }
    return sizes
  }

  func order(_ steps: [PlanStep], bound initial: Set<String>, sizes: [[String]: Int] = [:])
    -> [PlanStep]
  {
    var remaining = steps
    var bound = initial
    var ordered: [PlanStep] = []
    func size(_ step: PlanStep) -> Int? {
      if case .classTest(_, let classes) = step { sizes[classes] } else { nil }
    }
    while !remaining.isEmpty {
      var best = 0
      for index in remaining.indices.dropFirst() {
        let (mine, theirs) = (cost(remaining[index], bound), cost(remaining[best], bound))
        if mine < theirs {
          best = index
        } else if mine == theirs, let a = size(remaining[index]), let b = size(remaining[best]),
          a < b
        {
          best = index
        }
      }
      let step = remaining.remove(at: best)
      // Groups inside a step are ordered knowing what the steps before them bound.
      switch step {
      case .negation(let inner): ordered.append(.negation(order(inner, bound: bound)))
      case .optional(let inner): ordered.append(.optional(order(inner, bound: bound)))
      case .union(let groups): ordered.append(.union(groups.map { order($0, bound: bound) }))
      default: ordered.append(step)
      }
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
    switch step {
    case .classTest(let subject, _):
      return isBound(subject) ? 0 : 6
    case .sourced(let subject, let predicate, let object, _, _):
      // As the fact alone: the evidence rows of one fact are few.
      return cost(.triple(subject: subject, predicate: .fixed(predicate), object: object), bound)
    case .triple(let subject, let predicate, let object):
      let subjectBound = isBound(subject)
      let objectBound = isBound(object)
      let predicateBound: Bool
      var isType = false
      switch predicate {
      case .fixed(let id):
        predicateBound = true
        isType = id == typePredicate
      case .oneOf:
        predicateBound = true
      case .variable(let name): predicateBound = bound.contains(name)
      }
      if subjectBound && objectBound { return predicateBound ? 0 : 1 }
      if subjectBound { return predicateBound ? 2 : 3 }
      // A class as object (`?x type Official`) is a whole extent, not one entity's neighbours.
      if objectBound { return isType ? 6 : (predicateBound ? 2 : 3) }
      return predicateBound ? 7 : 9
    case .path(let subject, _, _, let object), .boundedPath(let subject, _, _, let object):
      if isBound(subject) && isBound(object) { return 1 }
      // A walk from a bound end (a name, or a variable earlier steps bound) reaches few
      // nodes per start; with both ends open it is the whole closure.
      if isBound(subject) || isBound(object) { return 4 }
      return 8
    case .union(let groups):
      let variables = Set(groups.flatMap { $0.flatMap(\.variables) })
      return variables.isSubset(of: bound) ? 1 : 5
    // Filters and `not` only remove answers: last, when every variable has its value;
    // `optional` adds to answers the other steps found.
    case .optional: return 50
    case .filter, .negation: return 100
    }
  }
}
