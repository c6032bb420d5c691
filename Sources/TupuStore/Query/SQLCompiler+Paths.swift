import TupuGraph

/// Paths as recursive CTEs. A path with a bound end walks from that end only: from a name, or
/// from the values earlier steps gave a variable (one walk carrying its start, never the whole
/// closure checked pair by pair). Only a path with both ends open builds the closure.
extension SQLCompiler {
  mutating func addPath(
    subject: PlanNode, predicates: [String], bounds: PathBounds, object: PlanNode,
    to scope: inout Scope
  ) {
    let ids = predicates.map(predicateID)
    let r = alias("r")
    let depth = bounds.repetition == nil
    if case .name(let start) = subject {
      ctes.append(walk(r, seeds: nameSeed(start), carriesSeed: false, ids, bounds, forward: true))
      scope.tables.append(r)
      bind(object, to: "\(r).n", in: &scope)
    } else if case .name(let end) = object {
      ctes.append(walk(r, seeds: nameSeed(end), carriesSeed: false, ids, bounds, forward: false))
      scope.tables.append(r)
      bind(subject, to: "\(r).n", in: &scope)
    } else if scope.isTopLevel, let (variable, forward) = boundEnd(subject, object, in: scope),
      let column = scope.variables[variable]
    {
      // Seeds: the distinct values the steps so far give the bound end.
      let seeds = select("DISTINCT \(column) AS x", from: scope)
      ctes.append(walk(r, seeds: seeds, carriesSeed: true, ids, bounds, forward: forward))
      scope.tables.append(r)
      scope.conditions.append("\(r).s = \(column)")
      bind(forward ? object : subject, to: "\(r).n", in: &scope)
    } else {
      // Both ends open (or bound only outside this group): every start the predicates have.
      let from = ids.map { parameter(.integer($0)) }.joined(separator: ", ")
      var seeds = "SELECT s AS x FROM facts WHERE p IN (\(from))"
        + (assertedOnly ? " AND derived = 0" : "")
      if bounds.minimum == 0 { seeds += " UNION SELECT id FROM terms WHERE kind = 0" }
      ctes.append(walk(r, seeds: seeds, carriesSeed: true, ids, bounds, forward: true))
      scope.tables.append(r)
      bind(subject, to: "\(r).s", in: &scope)
      bind(object, to: "\(r).n", in: &scope)
    }
    // A node reached at several depths is one row per depth.
    if depth { scope.mayRepeat = true }
    if depth && bounds.minimum > 0 {
      scope.conditions.append("\(r).d >= \(parameter(.integer(Int64(bounds.minimum))))")
    }
  }

  /// The variable end to walk from when earlier steps bound it, and whether that is forward
  /// (from the subject). With both ends bound, from the subject.
  private func boundEnd(_ subject: PlanNode, _ object: PlanNode, in scope: Scope)
    -> (String, Bool)?
  {
    if case .variable(let name) = subject, scope.variables[name] != nil { return (name, true) }
    if case .variable(let name) = object, scope.variables[name] != nil { return (name, false) }
    return nil
  }

  private mutating func nameSeed(_ name: String) -> String {
    "SELECT id AS x FROM terms WHERE kind IN (0, 1, 2) AND text = \(parameter(.text(name)))"
  }

  /// `r(s, n)` (or `r(n)` without `carriesSeed`), plus `d`, the steps taken, when the bounds
  /// are not `+` or `*`: every node `n` reached from seed `s` along the predicates (backwards
  /// when not `forward`). UNION drops repeats, so a cycle ends the walk; the depth stops at the
  /// maximum, or saturates at the minimum when there is none, so it ends too.
  private mutating func walk(
    _ r: String, seeds: String, carriesSeed: Bool, _ predicates: [Int64], _ bounds: PathBounds,
    forward: Bool
  ) -> String {
    let (from, to) = forward ? ("s", "o") : ("o", "s")
    let derived = assertedOnly ? " AND w.derived = 0" : ""
    let seedColumn = carriesSeed ? "seed.x, " : ""
    let carried = carriesSeed ? "\(r).s, " : ""
    let columns = (carriesSeed ? "s, n" : "n")
    if bounds.repetition == .oneOrMore {
      let start = "SELECT \(seedColumn)w.\(to) FROM (\(seeds)) AS seed CROSS JOIN facts AS w"
        + " ON w.\(from) = seed.x WHERE \(equals("w.p", predicates))\(derived)"
      let step = "SELECT \(carried)w.\(to) FROM \(r) CROSS JOIN facts AS w"
        + " ON w.\(from) = \(r).n WHERE \(equals("w.p", predicates))\(derived)"
      return "\(r)(\(columns)) AS (\(start) UNION \(step))"
    }
    if bounds.repetition == .zeroOrMore {
      let start = "SELECT \(seedColumn)seed.x FROM (\(seeds)) AS seed"
      let step = "SELECT \(carried)w.\(to) FROM \(r) CROSS JOIN facts AS w"
        + " ON w.\(from) = \(r).n WHERE \(equals("w.p", predicates))\(derived)"
      return "\(r)(\(columns)) AS (\(start) UNION \(step))"
    }
    let next: String
    var limit = ""
    if let maximum = bounds.maximum {
      next = "\(r).d + 1"
      limit = " AND \(r).d < \(parameter(.integer(Int64(maximum))))"
    } else {
      next = "min(\(r).d + 1, \(parameter(.integer(Int64(bounds.minimum)))))"
    }
    let start = "SELECT \(seedColumn)seed.x, 0 FROM (\(seeds)) AS seed"
    let step = "SELECT \(carried)w.\(to), \(next) FROM \(r) CROSS JOIN facts AS w"
      + " ON w.\(from) = \(r).n WHERE \(equals("w.p", predicates))\(derived)\(limit)"
    return "\(r)(\(columns), d) AS (\(start) UNION \(step))"
  }
}
