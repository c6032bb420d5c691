import TupuGraph

/// Term ids of the vocabulary: predicates and classes by id.
struct ResolvedTerms: Sendable {
  var predicates: [String: Int64] = [:]
  var classes: [String: Int64] = [:]
}

/// One SQL statement with its parameters: what a plan compiles to.
struct CompiledSQL: Hashable, Sendable {
  /// How the columns read back into a `ResultTable`.
  enum Column: Hashable, Sendable {
    /// Three SQL columns: term id, kind, text.
    case term
    /// One SQL column: an integer.
    case integer
  }

  var sql: String
  var parameters: [SQLValue]
  var columns: [Column]
  var columnNames: [String]
}

/// Compiles a plan into ONE SQL statement over the store schema (terms, facts,
/// class_ancestors): each step a table in a fixed CROSS JOIN order, each path a recursive CTE
/// (UNION, so cycles end), each `not` a NOT EXISTS; every id a bound `?N` parameter.
struct SQLCompiler {
  let terms: ResolvedTerms
  /// An id no term has: what a missing name or predicate compares with, so it matches nothing.
  static let noTerm: Int64 = -1

  var parameters: [SQLValue] = []
  var ctes: [String] = []
  private var aliasCounter = 0
  var assertedOnly = false
  /// `during`/`since`/`before` (SQLCompiler+Time.swift), and the facts each triple step read.
  var period: DatePeriod?
  var datedFacts: [String] = []

  init(terms: ResolvedTerms) { self.terms = terms }

  /// The FROM list and WHERE conditions of a group of steps, and the variables it bound.
  struct Scope {
    var variables: [String: String] = [:]
    /// FROM items: tables (joined with CROSS JOIN, in order) or `LEFT JOIN (…) ON …` items.
    var tables: [String] = []
    var conditions: [String] = []
    /// True when two rows can carry the same bindings (a `_` position, a class join).
    var mayRepeat = false
    /// Variables whose column may be NULL: bound inside `optional`, or in one side of `or`.
    var nullable: Set<String> = []
    /// The statement's top level: no column of an enclosing query is in scope, so its tables
    /// can seed a walk in a CTE.
    var isTopLevel = false
    /// Variables bound to text (a document path, a sentence), not to a term id.
    var textVariables: Set<String> = []

    /// A scope inside this one (`not`, `optional`, `or … `): the variables bound so far.
    func inner() -> Scope {
      var scope = Scope(variables: variables)
      scope.nullable = nullable
      scope.textVariables = textVariables
      return scope
    }

    var fromClause: String {
      tables.enumerated().map { index, table in
        index == 0 || table.hasPrefix("LEFT JOIN ") ? table : "CROSS JOIN " + table
      }.joined(separator: " ")
    }
  }

  static func compile(_ plan: QueryPlan, terms: ResolvedTerms) -> CompiledSQL {
    var compiler = SQLCompiler(terms: terms)
    return compiler.compile(plan)
  }

  mutating func compile(_ plan: QueryPlan) -> CompiledSQL {
    assertedOnly = plan.assertedOnly
    period = plan.period
    var scope = Scope()
    scope.isTopLevel = true
    for step in plan.steps { add(step, to: &scope) }
    for group in plan.negations { add(.negation(group), to: &scope) }

    let allVariables = plan.boundVariables
    let columnNames = plan.columnNames
    if plan.outputs.isEmpty {
      let sql = withCTEs(select("1", from: scope) + " LIMIT 1")
      return CompiledSQL(sql: sql, parameters: parameters, columns: [], columnNames: [])
    }

    // The inner query yields one column per output: term ids and counts, named c0, c1, …
    var inner: String
    if plan.aggregates {
      var source = scope
      var expression: [String: String] = scope.variables
      var fromClause = ""
      if scope.mayRepeat {
        // Count over distinct solutions: collapse repeats first.
        let columns = allVariables.enumerated().map { "\(column(of: $0.element, in: scope.variables)) AS v\($0.offset)" }
        fromClause = "(\(select("DISTINCT " + columns.joined(separator: ", "), from: scope))) AS s"
        expression = Dictionary(
          uniqueKeysWithValues: allVariables.enumerated().map { ($0.element, "s.v\($0.offset)") })
        source = Scope()
      }
      func count(_ name: String?) -> String {
        guard let name else { return "COUNT(*)" }
        // Rows are distinct solutions; when the groups and the counted variable cover every
        // variable, each row has a distinct value and DISTINCT would only cost time.
        let covers = Set(plan.groupBy + [name]).isSuperset(of: allVariables)
          && !scope.nullable.contains(name)
        return "COUNT(\(covers ? "" : "DISTINCT ")\(column(of: name, in: expression)))"
      }
      var columns: [String] = []
      for (index, output) in plan.outputs.enumerated() {
        switch output {
        case .variable(let name):
          columns.append("\(column(of: name, in: expression)) AS c\(index)")
        case .count(let name):
          columns.append("\(count(name)) AS c\(index)")
        }
      }
      var grouping = plan.groupBy.isEmpty
        ? "" : " GROUP BY " + plan.groupBy.map { column(of: $0, in: expression) }.joined(separator: ", ")
      if !plan.having.isEmpty {
        var conditions: [String] = []
        for condition in plan.having {
          guard case .count(let name) = condition.count else { continue }
          conditions.append(
            "\(count(name)) \(condition.op) \(parameter(.integer(Int64(condition.value))))")
        }
        grouping += " HAVING " + conditions.joined(separator: " AND ")
      }
      if fromClause.isEmpty {
        inner = select(columns.joined(separator: ", "), from: source) + grouping
      } else {
        inner = "SELECT \(columns.joined(separator: ", ")) FROM \(fromClause)\(grouping)"
      }
    } else {
      let projected = plan.outputs.compactMap { if case .variable(let n) = $0 { n } else { nil } }
      let distinct = scope.mayRepeat || !Set(projected).isSuperset(of: allVariables)
      let columns = projected.enumerated().map { "\(column(of: $0.element, in: scope.variables)) AS c\($0.offset)" }
      inner = select((distinct ? "DISTINCT " : "") + columns.joined(separator: ", "), from: scope)
    }

    // The outer query turns ids into text and puts the rows in a defined order.
    var selected: [String] = []
    var joins: [String] = []
    var order: [String] = []
    var tieBreak: [String] = []
    var kinds: [CompiledSQL.Column] = []
    for (index, output) in plan.outputs.enumerated() {
      switch output {
      case .variable(let name) where scope.textVariables.contains(name):
        // Text, not a term: no id (0 where there is a value), the kind of a literal.
        selected.append("CASE WHEN q.c\(index) IS NULL THEN NULL ELSE 0 END, 1, q.c\(index)")
        tieBreak.append("q.c\(index)")
        kinds.append(.term)
      case .variable(let name):
        selected.append("q.c\(index), t\(index).kind, t\(index).text")
        // NB: a variable of `optional` or one side of `or` may be empty: LEFT JOIN keeps it.
        let join = scope.nullable.contains(name) ? "LEFT JOIN" : "CROSS JOIN"
        joins.append("\(join) terms AS t\(index) ON t\(index).id = q.c\(index)")
        tieBreak.append("t\(index).text, t\(index).kind")
        kinds.append(.term)
      case .count:
        selected.append("q.c\(index)")
        tieBreak.append("q.c\(index)")
        kinds.append(.integer)
      }
    }
    for key in plan.orderBy {
      guard let index = plan.outputs.firstIndex(of: key.output) else { continue }
      let column: String
      if case .variable(let name) = key.output, !scope.textVariables.contains(name) {
        column = "t\(index).text"
      } else {
        column = "q.c\(index)"
      }
      order.append(column + (key.descending ? " DESC" : ""))
    }
    var sql = "SELECT \(selected.joined(separator: ", ")) FROM (\(inner)) AS q"
    if !joins.isEmpty { sql += " " + joins.joined(separator: " ") }
    // Ties broken by every column, so the same graph always gives the same bytes.
    let keys = order + tieBreak.filter { key in !order.contains { $0.hasPrefix(key) } }
    sql += " ORDER BY " + keys.joined(separator: ", ")
    if let limit = plan.limit {
      sql += " LIMIT \(parameter(.integer(Int64(limit))))"
    } else if plan.offset != nil {
      sql += " LIMIT -1"
    }
    if let offset = plan.offset { sql += " OFFSET \(parameter(.integer(Int64(offset))))" }
    return CompiledSQL(
      sql: withCTEs(sql), parameters: parameters, columns: kinds, columnNames: columnNames)
  }

  /// The SQL expression a variable is bound to (the checker guarantees it is bound).
  func column(of variable: String, in variables: [String: String]) -> String {
    variables[variable] ?? "NULL"
  }

  func withCTEs(_ sql: String) -> String {
    ctes.isEmpty ? sql : "WITH RECURSIVE " + ctes.joined(separator: ", ") + " " + sql
  }

  func select(_ columns: String, from scope: Scope) -> String {
    // NB: a group of checks only (`王建国 : Official`) has no table: SELECT without FROM.
    var sql = "SELECT \(columns)" + (scope.tables.isEmpty ? "" : " FROM " + scope.fromClause)
    if !scope.conditions.isEmpty { sql += " WHERE " + scope.conditions.joined(separator: " AND ") }
    return sql
  }

  mutating func parameter(_ value: SQLValue) -> String {
    parameters.append(value)
    return "?\(parameters.count)"
  }

  mutating func alias(_ prefix: String) -> String {
    aliasCounter += 1
    return "\(prefix)\(aliasCounter)"
  }

  /// `column = ?N`, or `column IN (?N, ?M)` for several ids (a class and its subclasses).
  mutating func equals(_ column: String, _ ids: [Int64]) -> String {
    let ids = ids.isEmpty ? [Self.noTerm] : ids
    if ids.count == 1 { return "\(column) = \(parameter(.integer(ids[0])))" }
    return "\(column) IN (\(ids.map { parameter(.integer($0)) }.joined(separator: ", ")))"
  }

  /// Which terms a name may stand for where it is written.
  enum NameRole {
    /// A subject: an entity.
    case subject
    /// The object of `type`: a class.
    case classObject
    /// Any other object: an entity, literal or class.
    case object
  }

  /// `column` matches the term(s) named `name`. The name is a bound parameter looked up in the
  /// same statement (the (kind, text) index), so a query is one statement and one read.
  mutating func matches(_ column: String, name: String, _ role: NameRole) -> String {
    let text = parameter(.text(name))
    switch role {
    case .subject: return "\(column) = (SELECT id FROM terms WHERE kind = 0 AND text = \(text))"
    case .classObject: return "\(column) = (SELECT id FROM terms WHERE kind = 2 AND text = \(text))"
    case .object:
      return "\(column) IN (SELECT id FROM terms WHERE kind IN (0, 1, 2) AND text = \(text))"
    }
  }

  func predicateID(_ id: String) -> Int64 { terms.predicates[id] ?? Self.noTerm }

  /// Constrains or binds `column` by `node`.
  mutating func bind(
    _ node: PlanNode, to column: String, in scope: inout Scope, as role: NameRole = .object
  ) {
    switch node {
    case .name(let name):
      scope.conditions.append(matches(column, name: name, role))
    case .variable(let name):
      if let bound = scope.variables[name] {
        scope.conditions.append("\(column) = \(bound)")
      } else {
        scope.variables[name] = column
      }
    case .anything:
      scope.mayRepeat = true
    }
  }

  func isBound(_ node: PlanNode, in scope: Scope) -> Bool {
    switch node {
    case .name: return true
    case .variable(let name): return scope.variables[name] != nil
    case .anything: return false
    }
  }

  mutating func add(_ step: PlanStep, to scope: inout Scope) {
    switch step {
    case .triple(let subject, let predicate, let object):
      let f = alias("f")
      scope.tables.append("facts AS \(f)")
      bind(subject, to: "\(f).s", in: &scope, as: .subject)
      switch predicate {
      case .fixed(let id):
        scope.conditions.append("\(f).p = \(parameter(.integer(predicateID(id))))")
      case .oneOf(let ids):
        scope.conditions.append(equals("\(f).p", ids.map(predicateID)))
      case .variable(let name):
        bind(.variable(name), to: "\(f).p", in: &scope)
      }
      if assertedOnly { scope.conditions.append("\(f).derived = 0") }
      if predicate == .fixed(typePredicate), case .variable = object {
        // `X : ?c` ranges over every class X belongs to: its stated class and their ancestors.
        let a = alias("a")
        scope.tables.append("class_ancestors AS \(a)")
        scope.conditions.append("\(a).class = \(f).o")
        bind(object, to: "\(a).ancestor", in: &scope, as: .classObject)
        scope.mayRepeat = true
        return
      }
      let objectRole: NameRole = predicate == .fixed(typePredicate) ? .classObject : .object
      bind(object, to: "\(f).o", in: &scope, as: objectRole)
      if predicate != .fixed(typePredicate) { dated(f, in: &scope) }

    case .classTest(let subject, let classes):
      let classIDs = classes.compactMap { terms.classes[$0] }
      if isBound(subject, in: scope) {
        // A check on a bound subject: a semi-join, so an entity with two matching types
        // still counts once.
        let t = alias("k")
        var inner = scope.inner()
        inner.tables.append("facts AS \(t)")
        bind(subject, to: "\(t).s", in: &inner, as: .subject)
        inner.conditions.append("\(t).p = \(parameter(.integer(predicateID(typePredicate))))")
        inner.conditions.append(equals("\(t).o", classIDs))
        if assertedOnly { inner.conditions.append("\(t).derived = 0") }
        scope.conditions.append("EXISTS (\(select("1", from: inner)))")
      } else {
        let f = alias("f")
        scope.tables.append("facts AS \(f)")
        scope.conditions.append("\(f).p = \(parameter(.integer(predicateID(typePredicate))))")
        scope.conditions.append(equals("\(f).o", classIDs))
        if assertedOnly { scope.conditions.append("\(f).derived = 0") }
        bind(subject, to: "\(f).s", in: &scope, as: .subject)
        if classIDs.count > 1 { scope.mayRepeat = true }
      }

    case .path(let subject, let predicate, let repetition, let object):
      addPath(
        subject: subject, predicates: [predicate], bounds: PathBounds(repetition), object: object,
        to: &scope)

    case .boundedPath(let subject, let predicates, let bounds, let object):
      addPath(subject: subject, predicates: predicates, bounds: bounds, object: object, to: &scope)

    case .filter(let filter):
      scope.conditions.append(condition(filter, in: scope))

    case .negation(let group):
      var inner = scope.inner()
      for step in group { add(step, to: &inner) }
      scope.conditions.append("NOT EXISTS (\(select("1", from: inner)))")

    case .optional(let group):
      addOptional(group, to: &scope)

    case .union(let groups):
      addUnion(groups, to: &scope)

    case .sourced(let subject, let predicate, let object, let document, let sentence):
      let f = alias("f")
      scope.tables.append("facts AS \(f)")
      bind(subject, to: "\(f).s", in: &scope, as: .subject)
      scope.conditions.append("\(f).p = \(parameter(.integer(predicateID(predicate))))")
      bind(object, to: "\(f).o", in: &scope, as: .object)
      let e = alias("e")
      scope.tables.append("evidence AS \(e)")
      scope.conditions.append("\(e).s = \(f).s AND \(e).p = \(f).p AND \(e).o = \(f).o")
      // Several sentences may state a fact: one answer each.
      scope.mayRepeat = true
      if let document {
        bindText(document, "(SELECT path FROM documents WHERE id = \(e).document)", in: &scope)
      }
      if let sentence {
        // NB: a facts-file line keeps no sentence text: the line is the fact itself.
        bindText(
          sentence,
          "coalesce((SELECT text FROM sentences WHERE document = \(e).document"
            + " AND article = \(e).article AND sentence = \(e).sentence),"
            + " (SELECT text FROM terms WHERE id = \(f).s) || char(9) || "
            + parameter(.text(predicate))
            + " || char(9) || (SELECT text FROM terms WHERE id = \(f).o))",
          in: &scope)
      }
    }
  }

  /// Binds `variable` to a text expression (or compares it, when already bound).
  mutating func bindText(_ variable: String, _ expression: String, in scope: inout Scope) {
    if let bound = scope.variables[variable] {
      scope.conditions.append("\(bound) = \(expression)")
    } else {
      scope.variables[variable] = expression
      scope.textVariables.insert(variable)
    }
  }
}
