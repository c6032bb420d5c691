import CSQLite
import TupuDiagnostics
import TupuGraph

/// Answers query plans from a graph store file: names to term ids first, then one SQL
/// statement per plan with every id bound.
///
///     let engine = try QueryEngine(path: "tupu.sqlite")
///     let answer = try engine.run(plan)
public final class QueryEngine: GraphQuerying, @unchecked Sendable {
  let connection: QueryConnection
  /// Predicate and class term ids by text, read once (they are few).
  private var vocabularyIDs: (predicates: [String: Int64], classes: [String: Int64])?
  /// Time and row bounds for `run` (none by default).
  public var limits = QueryLimits()
  /// SQL by plan: the compiler is a pure function of the plan and the vocabulary's ids.
  private var compiledPlans: [QueryPlan: CompiledSQL] = [:]

  /// Opens the store at `path`, which must exist and hold a graph.
  public convenience init(path: String) throws {
    try self.init(connection: QueryConnection(path: path))
  }

  init(connection: QueryConnection) throws(QueryStoreError) {
    self.connection = connection
    guard try connection.tableExists("facts"), try connection.tableExists("terms") else {
      throw QueryStoreError(
        "\(connection.path) is not a Tupu graph store (no facts or terms table)",
        hint: "build one with `tupu ingest FILE…`, or pass --db PATH")
    }
  }

  public func interrupt() { sqlite3_interrupt(connection.handle) }

  public func run(_ plan: QueryPlan) throws -> QueryAnswer {
    guard let seconds = limits.seconds else { return try runUnbounded(plan) }
    let deadline = QueryDeadline(seconds: seconds)
    do {
      return try deadline.watch(connection.handle) { try runUnbounded(plan) }
    } catch let error as QueryStoreError where error.interrupted && deadline.expired {
      throw deadline.error
    }
  }

  /// The SQL of `plan`, compiled once per engine.
  func compiled(_ plan: QueryPlan) throws(QueryStoreError) -> CompiledSQL {
    if let known = compiledPlans[plan] { return known }
    let compiled = SQLCompiler.compile(plan, terms: try vocabularyTerms())
    if compiledPlans.count >= 256 { compiledPlans.removeAll() }
    compiledPlans[plan] = compiled
    return compiled
  }

  private func runUnbounded(_ plan: QueryPlan) throws -> QueryAnswer {
    if plan.period != nil { try checkDatesStored() }
    let compiled = try compiled(plan)
    var table = ResultTable(columns: compiled.columnNames)
    let rowLimit = plan.rowLimit ?? Int.max
    var truncated = false
    try connection.forEachRow(compiled.sql, compiled.parameters) { row throws(QueryStoreError) in
      guard table.rows.count < rowLimit else {
        truncated = true
        throw QueryConnection.stopReading
      }
      var cells: [ResultTable.Cell] = []
      cells.reserveCapacity(compiled.columns.count)
      var column: Int32 = 0
      for kind in compiled.columns {
        switch kind {
        case .term where row.isNull(column):
          cells.append(.empty)
          column += 3
        case .term:
          cells.append(
            .term(id: row.integer(column), kind: Int(row.integer(column + 1)), text: row.text(column + 2)))
          column += 3
        case .integer:
          cells.append(.integer(row.integer(column)))
          column += 1
        }
      }
      table.rows.append(cells)
    }
    // Names are looked up inside the statement; which ones the graph lacks is worth a second
    // look only when it can explain the answer: no rows, or a name under `not`.
    var notes: [QueryAnswer.MissingName] = []
    let negatedNames = !QueryPlan(steps: [], negations: plan.negations, outputs: []).names.isEmpty
    if table.rows.isEmpty || negatedNames {
      for name in try missingNames(in: plan) {
        notes.append(QueryAnswer.MissingName(name: name, nearest: try nearestNames(to: name)))
      }
    }
    var answer = QueryAnswer(table: table, missingNames: notes)
    if truncated { answer.rowLimit = rowLimit }
    if plan.period != nil { answer.undatedFacts = try undatedFacts(plan) }
    return answer
  }

  public func explain(_ plan: QueryPlan) throws -> QueryExplanation {
    let compiled = try compiled(plan)
    return QueryExplanation(
      sql: compiled.sql, parameters: compiled.parameters.map(\.description),
      queryPlan: try queryPlan(of: compiled))
  }

  /// SQLite's EXPLAIN QUERY PLAN for compiled SQL, one line per node, indented by depth.
  func queryPlan(of compiled: CompiledSQL) throws(QueryStoreError) -> [String] {
    var depth: [Int64: Int] = [:]
    var lines: [String] = []
    try connection.forEachRow("EXPLAIN QUERY PLAN " + compiled.sql, compiled.parameters) { row in
      let id = row.integer(0)
      let level = (depth[row.integer(1)] ?? -1) + 1
      depth[id] = level
      lines.append(String(repeating: "  ", count: level) + row.text(3))
    }
    return lines
  }

  /// Term ids of the predicates and classes (read once: they are few).
  func vocabularyTerms() throws(QueryStoreError) -> ResolvedTerms {
    if vocabularyIDs == nil { try loadVocabularyIDs() }
    var terms = ResolvedTerms()
    terms.predicates = vocabularyIDs?.predicates ?? [:]
    terms.classes = vocabularyIDs?.classes ?? [:]
    return terms
  }

  /// The names of `plan` that are no entity, literal or class of the graph.
  func missingNames(in plan: QueryPlan) throws(QueryStoreError) -> [String] {
    var missing: [String] = []
    for name in plan.names {
      var found = false
      try connection.forEachRow(
        "SELECT 1 FROM terms WHERE kind IN (0, 1, 2) AND text = ?1 LIMIT 1", [.text(name)]
      ) { _ in found = true }
      if !found { missing.append(name) }
    }
    return missing
  }

  private func loadVocabularyIDs() throws(QueryStoreError) {
    var predicates: [String: Int64] = [:]
    var classes: [String: Int64] = [:]
    try connection.forEachRow("SELECT id, kind, text FROM terms WHERE kind IN (2, 3)", []) { row in
      if row.integer(1) == 3 {
        predicates[row.text(2)] = row.integer(0)
      } else {
        classes[row.text(2)] = row.integer(0)
      }
    }
    vocabularyIDs = (predicates, classes)
  }

  /// Entity and literal names of the graph nearest to `name` by edit distance.
  ///
  /// Candidates come from four index ranges, never a scan: names beginning with the first or
  /// the second character of `name`, and names whose rest (after their first character)
  /// begins with the first or second character — so one typo, insertion or deletion anywhere
  /// is found.
  func nearestNames(to name: String, limit: Int = 3) throws(QueryStoreError) -> [String] {
    let characters = Array(name)
    guard let first = characters.first else { return [] }
    let length = characters.count
    let wanted = Set(characters)
    let probes = characters.count > 1 ? [first, characters[1]] : [first]
    var candidates = Set<String>()
    let lengths: [SQLValue] = [.integer(Int64(max(1, length - 3))), .integer(Int64(length + 3))]
    for column in ["text", "substr(text, 2)"] {
      for character in probes {
        let prefix = String(character)
        try connection.forEachRow(
          """
          SELECT text FROM terms WHERE kind IN (0, 1) AND \(column) >= ?3 AND \(column) < ?4
          AND length(text) BETWEEN ?1 AND ?2 LIMIT 20000
          """,
          lengths + [.text(prefix), .text(prefix + "\u{10FFFF}")]
        ) { row in
          let text = row.text(0)
          if text.contains(where: wanted.contains) { candidates.insert(text) }
        }
      }
    }
    // Only the nearest: a note naming far names too reads as noise.
    let sorted = candidates.sorted()
    let nearest = Suggestions.nearest(to: name, in: sorted, limit: limit)
    let distance = { (text: String) in Suggestions.editDistance(Array(name), Array(text)) }
    guard let best = nearest.map(distance).min() else { return [] }
    return nearest.filter { distance($0) == best }
  }
}

extension QueryEngine {
  /// The classes (with their parents, from class_ancestors) and predicates the store holds:
  /// enough to check queries by id when no ontology can be loaded.
  public func storedVocabulary() throws -> Vocabulary {
    if let asIngested = try vocabularyAsIngested() { return asIngested }
    var ancestors: [String: [String]] = [:]
    try connection.forEachRow(
      """
      SELECT c.text, a.text FROM terms AS c LEFT JOIN class_ancestors AS x ON x.class = c.id
      LEFT JOIN terms AS a ON a.id = x.ancestor WHERE c.kind = 2 ORDER BY c.text, a.text
      """, []
    ) { row in
      ancestors[row.text(0), default: []].append(row.isNull(1) ? row.text(0) : row.text(1))
    }
    // The parent is the ancestor with the most ancestors of its own (the nearest one).
    let classes = ancestors.keys.sorted().map { name -> Vocabulary.ClassInfo in
      let parent = ancestors[name, default: []].filter { $0 != name }
        .max { (ancestors[$0]?.count ?? 0, $1) < (ancestors[$1]?.count ?? 0, $0) }
      return Vocabulary.ClassInfo(id: name, label: "", parent: parent)
    }
    var predicates: [Vocabulary.PredicateInfo] = []
    try connection.forEachRow("SELECT text FROM terms WHERE kind = 3 ORDER BY text", []) { row in
      if row.text(0) != typePredicate { predicates.append(.init(id: row.text(0), label: "")) }
    }
    return Vocabulary(classes: classes, predicates: predicates)
  }

  /// The whole vocabulary (labels, aliases, rules) the store was last given by `tupu ingest`,
  /// or nil for a store written before stores kept it.
  public func vocabularyAsIngested() throws -> Vocabulary? {
    var text: String?
    try connection.forEachRow(
      "SELECT value FROM store_settings WHERE key = 'vocabulary-text'", []
    ) { row in text = row.text(0) }
    return text.flatMap { Vocabulary(storedText: $0) }
  }
}

extension QueryEngine {
  /// Entities per class (stated `type` facts, subclasses not included): one count on the
  /// (p, o) index per class, for the planner's choice of where a walk starts.
  public func classSizes(_ classes: [String]) -> [String: Int] {
    guard let terms = try? vocabularyTerms(), let type = terms.predicates[typePredicate] else {
      return [:]
    }
    var sizes: [String: Int] = [:]
    for name in classes {
      guard let id = terms.classes[name] else { continue }
      try? connection.forEachRow(
        "SELECT count(*) FROM facts WHERE p = ?1 AND o = ?2", [.integer(type), .integer(id)]
      ) { sizes[name] = Int($0.integer(0)) }
    }
    return sizes
  }
}
