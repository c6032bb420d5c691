import TupuGraph

/// Time filters (`during`, `since`, `before`): a fact is dated by its meeting's `held-on` when
/// the subject or object is a meeting with one, else by the `published` date of each document
/// its evidence comes from. A fact passes when one of its dates lies in the period; class tests
/// and paths (places and kinds, which do not date) are not filtered.
extension SQLCompiler {
  /// The dates of the fact in `f`, one per row in column `d` (NULL for an undated document).
  private mutating func dates(of f: String) -> String {
    let heldOn = parameter(.integer(terms.predicates["held-on"] ?? Self.noTerm))
    let meeting = "h.p = \(heldOn) AND (h.s = \(f).s OR h.s = \(f).o)"
    return """
      SELECT t.text AS d FROM facts AS h CROSS JOIN terms AS t ON t.id = h.o WHERE \(meeting) \
      UNION ALL SELECT dd.published AS d FROM evidence AS e CROSS JOIN documents AS dd \
      ON dd.id = e.document WHERE e.s = \(f).s AND e.p = \(f).p AND e.o = \(f).o \
      AND NOT EXISTS (SELECT 1 FROM facts AS h WHERE \(meeting))
      """
  }

  /// ISO text with a year (`2023`, `2023-06`, `2023-06-20`; not `--06-20`).
  private static let hasYear = "d GLOB '[0-9][0-9][0-9][0-9]*'"
  /// Text that sorts after every day the date may stand for.
  private static let latest =
    "(CASE length(d) WHEN 4 THEN d || '-99-99' WHEN 7 THEN d || '-99' ELSE d END)"

  /// Keeps the fact in `f` only when one of its dates lies in the compiler's period.
  mutating func dated(_ f: String, in scope: inout Scope) {
    datedFacts.append(f)
    guard let period else { return }
    var conditions = [Self.hasYear]
    if let from = period.from { conditions.append("d >= \(parameter(.text(from.earliest)))") }
    if let through = period.through {
      conditions.append("\(Self.latest) <= \(parameter(.text(through.latest)))")
    }
    if let before = period.before {
      conditions.append("\(Self.latest) < \(parameter(.text(before.earliest)))")
    }
    let source = dates(of: f)
    scope.conditions.append(
      "EXISTS (SELECT 1 FROM (\(source)) WHERE \(conditions.joined(separator: " AND ")))")
  }

  /// One statement counting the distinct facts the plan's answers would rest on without its
  /// period that have no date with a year: what a time filter leaves out unseen.
  static func undatedFacts(_ plan: QueryPlan, terms: ResolvedTerms) -> CompiledSQL {
    var compiler = SQLCompiler(terms: terms)
    var untimed = plan
    untimed.period = nil
    var scope = Scope()
    for step in untimed.steps { compiler.add(step, to: &scope) }
    for group in untimed.negations {
      var inner = Scope(variables: scope.variables)
      for step in group { compiler.add(step, to: &inner) }
      scope.conditions.append("NOT EXISTS (\(compiler.select("1", from: inner)))")
    }
    let aliases = compiler.datedFacts.filter { alias in
      scope.tables.contains("facts AS \(alias)")
    }
    guard !aliases.isEmpty else {
      return CompiledSQL(sql: "SELECT 0", parameters: [], columns: [.integer], columnNames: ["n"])
    }
    var members: [String] = []
    for alias in aliases {
      var undated = scope
      let source = compiler.dates(of: alias)
      undated.conditions.append("NOT EXISTS (SELECT 1 FROM (\(source)) WHERE \(hasYear))")
      members.append(compiler.select("\(alias).s, \(alias).p, \(alias).o", from: undated))
    }
    let sql = compiler.withCTEs(
      "SELECT COUNT(*) FROM (" + members.joined(separator: " UNION ") + ")")
    return CompiledSQL(
      sql: sql, parameters: compiler.parameters, columns: [.integer], columnNames: ["n"])
  }
}

extension QueryEngine {
  /// A store written before documents kept their dates cannot answer a time filter: say so
  /// instead of failing in SQL.
  func checkDatesStored() throws {
    var found = false
    try connection.forEachRow(
      "SELECT 1 FROM pragma_table_info('documents') WHERE name = 'published'", []
    ) { _ throws(QueryStoreError) in found = true }
    guard found else {
      throw QueryStoreError(
        "this store was written by an older tupu and keeps no document dates",
        hint: "build it again with `tupu ingest` into a new --db to use during, since and before")
    }
  }

  /// How many facts a time filter left out for having no date (`SQLCompiler.undatedFacts`).
  func undatedFacts(_ plan: QueryPlan) throws -> Int {
    let compiled = SQLCompiler.undatedFacts(plan, terms: try vocabularyTerms())
    var count = 0
    try connection.forEachRow(compiled.sql, compiled.parameters) { row throws(QueryStoreError) in
      count = Int(row.integer(0))
    }
    return count
  }
}
