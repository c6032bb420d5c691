import TupuGraph

/// `optional`, `or` and filters: a LEFT JOIN, a UNION, a condition on bound values.
extension SQLCompiler {
  /// `LEFT JOIN table ON (the group's conditions)` for a group of one table; a larger group
  /// is a table of its own answers joined on the variables bound before it. Either way the
  /// group's variables are NULL where it does not match.
  mutating func addOptional(_ group: [PlanStep], to scope: inout Scope) {
    var inner = scope.inner()
    for step in group { add(step, to: &inner) }
    // A group that binds nothing new cannot change the answers.
    guard !inner.tables.isEmpty else { return }
    if inner.tables.count == 1 {
      let on = inner.conditions.isEmpty ? "1" : inner.conditions.joined(separator: " AND ")
      scope.tables.append("LEFT JOIN \(inner.tables[0]) ON \(on)")
      for (name, column) in inner.variables where scope.variables[name] == nil {
        scope.variables[name] = column
        scope.nullable.insert(name)
      }
      scope.mayRepeat = scope.mayRepeat || inner.mayRepeat
      return
    }
    // NB: SQLite hides the aliases of a parenthesized join, so several tables go in a
    // subquery; it cannot see the columns around it, so it is planned on its own.
    var alone = Scope()
    alone.isTopLevel = true
    for step in group { add(step, to: &alone) }
    let variables = alone.variables.keys.sorted()
    let columns = variables.enumerated().map { "\(alone.variables[$1] ?? "NULL") AS o\($0)" }
    let o = alias("o")
    var on: [String] = []
    for (index, name) in variables.enumerated() {
      if let bound = scope.variables[name] {
        on.append("\(o).o\(index) = \(bound)")
      }
    }
    let table = "(\(select("DISTINCT " + columns.joined(separator: ", "), from: alone))) AS \(o)"
    scope.tables.append("LEFT JOIN \(table) ON \(on.isEmpty ? "1" : on.joined(separator: " AND "))")
    for (index, name) in variables.enumerated() where scope.variables[name] == nil {
      scope.variables[name] = "\(o).o\(index)"
      scope.nullable.insert(name)
      if alone.textVariables.contains(name) { scope.textVariables.insert(name) }
    }
  }

  /// Either group: a check (`EXISTS … OR EXISTS …`) when they bind nothing new, else a table
  /// of their answers (`SELECT … UNION SELECT …`) joined on the variables already bound.
  mutating func addUnion(_ groups: [[PlanStep]], to scope: inout Scope) {
    var variables: [String] = []
    for name in groups.flatMap({ $0.flatMap(\.variables) }) where !variables.contains(name) {
      variables.append(name)
    }
    if variables.allSatisfy({ scope.variables[$0] != nil }) {
      var checks: [String] = []
      for group in groups {
        var inner = scope.inner()
        for step in group { add(step, to: &inner) }
        checks.append("EXISTS (\(select("1", from: inner)))")
      }
      scope.conditions.append("(" + checks.joined(separator: " OR ") + ")")
      return
    }
    var branches: [String] = []
    var everywhere = Set(variables)
    var textVariables: Set<String> = []
    for group in groups {
      var inner = Scope()
      inner.isTopLevel = true
      for step in group { add(step, to: &inner) }
      everywhere.formIntersection(inner.variables.keys)
      textVariables.formUnion(inner.textVariables)
      let columns = variables.enumerated().map { index, name in
        "\(inner.variables[name] ?? "NULL") AS u\(index)"
      }
      branches.append(select(columns.joined(separator: ", "), from: inner))
    }
    let u = alias("u")
    scope.tables.append("(\(branches.joined(separator: " UNION "))) AS \(u)")
    for (index, name) in variables.enumerated() {
      if let bound = scope.variables[name] {
        scope.conditions.append("\(u).u\(index) = \(bound)")
      } else {
        scope.variables[name] = "\(u).u\(index)"
        if textVariables.contains(name) { scope.textVariables.insert(name) }
        if !everywhere.contains(name) { scope.nullable.insert(name) }
      }
    }
  }

  /// The condition a filter puts on the values bound in `scope`.
  mutating func condition(_ filter: PlanFilter, in scope: Scope) -> String {
    guard case .variable(let name) = filter.left else { return "1" }
    let left = column(of: name, in: scope.variables)
    func text(_ variable: String) -> String {
      let column = column(of: variable, in: scope.variables)
      return scope.textVariables.contains(variable)
        ? column : "(SELECT text FROM terms WHERE id = \(column))"
    }
    let leftText = text(name)
    if scope.textVariables.contains(name), case .name(let value) = filter.right,
      filter.op == .equal || filter.op == .notEqual
    {
      return "\(left) \(filter.op.rawValue) \(parameter(.text(value)))"
    }
    switch (filter.op, filter.right) {
    case (.equal, .variable(let other)):
      return "\(left) = \(column(of: other, in: scope.variables))"
    case (.notEqual, .variable(let other)):
      return "\(left) != \(column(of: other, in: scope.variables))"
    case (.equal, .name(let text)):
      return "\(left) IN (SELECT id FROM terms WHERE text = \(parameter(.text(text))))"
    case (.notEqual, .name(let text)):
      return "\(left) NOT IN (SELECT id FROM terms WHERE text = \(parameter(.text(text))))"
    default: break
    }
    let right: String
    switch filter.right {
    case .variable(let other):
      right = text(other)
    case .name(let text): right = parameter(.text(text))
    case .anything: return "1"
    }
    switch filter.op {
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      if case .name(let text) = filter.right, let date = StatedDate(iso: text), date.year != nil {
        return dateComparison(leftText, filter.op, date)
      }
      return "\(leftText) \(filter.op.rawValue) \(right)"
    case .contains:
      return "instr(\(leftText), \(right)) > 0"
    case .startsWith:
      return "substr(\(leftText), 1, length(\(right))) = \(right)"
    case .endsWith:
      return "(length(\(right)) = 0 OR substr(\(leftText), -length(\(right))) = \(right))"
    case .equal, .notEqual:
      return "1"
    }
  }

  /// `?d > 2019` against a date: compared to the date's precision, so 2019-06-20 is not after
  /// 2019 but within it (`>= 2019` keeps it). Values that are no dated ISO text — a `--06-20`
  /// with no year, a name — are neither before nor after any date, so they drop out.
  private mutating func dateComparison(
    _ leftText: String, _ op: PlanFilter.Operator, _ date: StatedDate
  ) -> String {
    let iso = date.iso
    return "(\(leftText) GLOB '[0-9][0-9][0-9][0-9]*' AND substr(\(leftText), 1, \(iso.count)) "
      + "\(op.rawValue) \(parameter(.text(iso))))"
  }
}
