import ArgumentParser
import CSQLite
import Foundation
import TupuGraph
import TupuOntology
import TupuQuery
import TupuStore

/// `tupu-bench query`: four queries on the synthetic graph, through the `tupu query` machinery
/// (parse, check, plan, resolve names, compile, run) against the same question hand-written in
/// SQL on the same file, in the same run; plus the whole `tupu query` process.
struct QueryBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Query latency: `tupu query` against hand-written SQL on the same store.")

  @Option(help: "Triples in the synthetic graph.")
  var triples = 1_000_000

  @Option(help: "Timed runs of each query; the median is reported.")
  var runs = 51

  @Option(help: "Timed runs of the `tupu query` process per query.")
  var processRuns = 11

  @Option(help: "A store to reuse (built there when missing).")
  var db: String?

  @Option(help: "Run only the named query (2-hop, path, aggregate, lookup).")
  var only: String?

  @Flag(help: "Also time the stages apart: plan (parse, check, order) and run (SQL and rows).")
  var stages = false

  @Option(help: "The tupu binary whose processes are timed (default: next to tupu-bench).")
  var tupu: String?

  func run() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-bench-query-\(triples)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = db ?? folder.appendingPathComponent("graph.sqlite").path
    let graph = SyntheticGraph(triples: triples)
    if !FileManager.default.fileExists(atPath: store) {
      let start = DispatchTime.now()
      try BenchStoreFile.build(at: store, from: graph)
      print(String(format: "built %@ (%d triples) in %.1f s", store, triples, seconds(since: start)))
    }
    let raw = try BenchStoreFile(path: store)
    // The vocabulary `tupu ingest` keeps in a store, so a query process reads it from there.
    try raw.execute(
      "CREATE TABLE IF NOT EXISTS store_settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) "
        + "WITHOUT ROWID")
    _ = try raw.rows(
      "INSERT OR REPLACE INTO store_settings(key, value) VALUES ('vocabulary-text', ?1)",
      [try Ontology.builtIn().vocabulary.storedText])
    // The official who chairs the most meetings among the sample (ties by name), so the 2-hop
    // query has answers; the first sample district.
    let official = try raw.strings(
      """
      SELECT t.text FROM facts f JOIN terms t ON t.id = f.s
      WHERE f.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'chairs')
      GROUP BY f.s ORDER BY count(*) DESC, t.text LIMIT 1
      """, [])[0]
    let district = graph.sampleDistricts[graph.sampleDistricts.count / 2]

    let cases: [(name: String, query: String, sql: String, parameters: [String])] = [
      (
        "2-hop", "find ?p where \(official) chairs ?m, ?m reviews ?p",
        """
        SELECT DISTINCT tp.text FROM facts c
        CROSS JOIN facts r ON r.s = c.o
          AND r.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'reviews')
        CROSS JOIN terms tp ON tp.id = r.o
        WHERE c.s = (SELECT id FROM terms WHERE kind = 0 AND text = ?1)
          AND c.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'chairs')
        ORDER BY tp.text
        """, [official]
      ),
      (
        "path", "count(?c : Community, ?c located-in+ \(district))",
        """
        WITH RECURSIVE inside(n) AS (
          SELECT s FROM facts WHERE p = (SELECT id FROM terms WHERE kind = 3 AND text = 'located-in')
            AND o = (SELECT id FROM terms WHERE kind = 0 AND text = ?1)
          UNION
          SELECT f.s FROM inside JOIN facts f ON f.o = inside.n
            AND f.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'located-in'))
        SELECT count(*) FROM inside JOIN facts t ON t.s = inside.n
          AND t.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'type')
          AND t.o = (SELECT id FROM terms WHERE kind = 2 AND text = 'Community')
        """, [district]
      ),
      (
        "aggregate", "find ?who, count(?m) where ?who chairs ?m order by count(?m) desc limit 10",
        """
        SELECT t.text, count(*) AS n FROM facts f JOIN terms t ON t.id = f.s
        WHERE f.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'chairs')
        GROUP BY f.s ORDER BY n DESC, t.text LIMIT 10
        """, []
      ),
      (
        "lookup", "\(official) ?p ?o",
        """
        SELECT tp.text, tv.text FROM facts f JOIN terms tp ON tp.id = f.p
        JOIN terms tv ON tv.id = f.o
        WHERE f.s = (SELECT id FROM terms WHERE kind = 0 AND text = ?1)
        ORDER BY tp.text, tv.text
        """, [official]
      ),
    ]

    let engine = try QueryEngine(path: store)
    let session = QuerySession(vocabulary: try engine.storedVocabulary(), graph: engine)
    let tupu = self.tupu ?? Self.siblingBinary("tupu")
    print("query latency on \(triples) triples, median of \(runs) runs (ms)")
    print(
      "query       rows   tupu-query  hand SQL  ratio   tupu process  sqlite3 process  ratio"
        + "   process CPU (tupu / sqlite3)")
    for benchCase in cases where only == nil || only == benchCase.name {
      // Same answer first: a fast wrong answer is no answer.
      guard case .rows(let table, _) = session.run(benchCase.query) else {
        throw ValidationError("\(benchCase.name): the query failed: \(benchCase.query)")
      }
      let ours = table.rows.map { $0.map(\.description) }
      let theirs = try raw.rows(benchCase.sql, benchCase.parameters)
      guard ours == theirs else {
        throw ValidationError(
          "\(benchCase.name): answers differ\n tupu: \(ours.prefix(5))\n  SQL: \(theirs.prefix(5))")
      }
      var tupuTimes: [Double] = []
      var sqlTimes: [Double] = []
      for run in 0..<(runs + 3) {
        // Alternate which goes first so neither always runs on a warmer cache.
        let order = run % 2 == 0 ? [true, false] : [false, true]
        for tupuFirst in order {
          let start = DispatchTime.now()
          if tupuFirst {
            _ = session.run(benchCase.query)
          } else {
            _ = try raw.rows(benchCase.sql, benchCase.parameters)
          }
          let elapsed = seconds(since: start) * 1000
          if run >= 3 {
            if tupuFirst { tupuTimes.append(elapsed) } else { sqlTimes.append(elapsed) }
          }
        }
      }
      var processTimes: [Double] = []
      var shellTimes: [Double] = []
      // CPU time beside wall: on a loaded machine wall time is mostly waiting for a core.
      var processCPU: [Double] = []
      var shellCPU: [Double] = []
      if FileManager.default.isExecutableFile(atPath: tupu) {
        // The sqlite3 shell with the same SQL and parameters, process against process.
        var shell: [String] = []
        for (index, value) in benchCase.parameters.enumerated() {
          let literal = "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
          shell += ["-cmd", ".parameter set ?\(index + 1) \(literal)"]
        }
        shell += [store, benchCase.sql]
        for run in 0..<processRuns {
          let order = run % 2 == 0 ? [true, false] : [false, true]
          for tupuFirst in order {
            if tupuFirst {
              let timing = try ProcessTiming.run(tupu, ["query", "--db", store, benchCase.query])
              processTimes.append(timing.wall * 1000)
              processCPU.append(timing.cpu * 1000)
            } else {
              let timing = try ProcessTiming.run("sqlite3", shell)
              shellTimes.append(timing.wall * 1000)
              shellCPU.append(timing.cpu * 1000)
            }
          }
        }
      }
      if stages {
        var planTimes: [Double] = []
        var runTimes: [Double] = []
        for _ in 0..<runs {
          let start = DispatchTime.now()
          let planned = try session.plan(benchCase.query)
          let middle = DispatchTime.now()
          _ = try engine.run(planned.plan)
          planTimes.append(Double(middle.uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
          runTimes.append(seconds(since: middle) * 1000)
        }
        print(
          String(
            format: "  %@ stages: plan %.3f ms, run %.3f ms", benchCase.name,
            Self.median(planTimes), Self.median(runTimes)))
      }
      let ours50 = Self.median(tupuTimes)
      let sql50 = Self.median(sqlTimes)
      print(
        Self.pad(benchCase.name, 10, left: true) + Self.pad(String(ours.count), 6)
          + Self.pad(String(format: "%.3f", ours50), 13) + Self.pad(String(format: "%.3f", sql50), 10)
          + Self.pad(String(format: "%.2fx", ours50 / max(sql50, 1e-9)), 7)
          + Self.pad(processTimes.isEmpty ? "-" : String(format: "%.1f", Self.median(processTimes)), 15)
          + Self.pad(shellTimes.isEmpty ? "-" : String(format: "%.1f", Self.median(shellTimes)), 17)
          + Self.pad(
            shellTimes.isEmpty
              ? "-" : String(format: "%.2fx", Self.median(processTimes) / Self.median(shellTimes)),
            7)
          + (shellCPU.isEmpty
            ? ""
            : String(
              format: "   %.1f / %.1f ms, %.2fx", Self.median(processCPU), Self.median(shellCPU),
              Self.median(processCPU) / max(Self.median(shellCPU), 1e-9))))
    }
    print("goal: tupu-query within 1.5x of hand SQL on each query, in process and as processes")
  }

  private func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }

  static func timeProcess(_ binary: String, _ arguments: [String]) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = DispatchTime.now()
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidationError("tupu \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
    }
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }

  static func siblingBinary(_ name: String) -> String {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent(name).path
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }

  static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + fill : fill + text
  }
}

/// The hand-written side: a raw SQLite connection with cached statements, and the loader that
/// builds the benchmark store (schema of the store contract, dictionary-encoded terms).
final class BenchStoreFile {
  let handle: OpaquePointer
  private var cache: [String: OpaquePointer] = [:]

  init(path: String) throws {
    var db: OpaquePointer?
    guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK,
      let db
    else { throw ValidationError("cannot open \(path)") }
    handle = db
  }

  deinit {
    for statement in cache.values { sqlite3_finalize(statement) }
    sqlite3_close_v2(handle)
  }

  func execute(_ sql: String) throws {
    guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
      throw ValidationError(String(cString: sqlite3_errmsg(handle)))
    }
  }

  private func prepared(_ sql: String, _ parameters: [String]) throws -> OpaquePointer {
    var statement = cache[sql]
    if statement == nil {
      guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
        throw ValidationError(String(cString: sqlite3_errmsg(handle)))
      }
      cache[sql] = statement
    }
    guard let statement else { throw ValidationError("no statement") }
    sqlite3_reset(statement)
    for (index, text) in parameters.enumerated() {
      sqlite3_bind_text(statement, Int32(index + 1), text, -1, benchTransient)
    }
    return statement
  }

  /// Every row as text cells.
  func rows(_ sql: String, _ parameters: [String]) throws -> [[String]] {
    let statement = try prepared(sql, parameters)
    defer { sqlite3_reset(statement) }
    var rows: [[String]] = []
    let columns = sqlite3_column_count(statement)
    while sqlite3_step(statement) == SQLITE_ROW {
      rows.append(
        (0..<columns).map { column in
          sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
        })
    }
    return rows
  }

  func strings(_ sql: String, _ parameters: [String]) throws -> [String] {
    try rows(sql, parameters).map { $0.first ?? "" }
  }

  /// Writes `graph` into a new store file with the contract schema.
  static func build(at path: String, from graph: SyntheticGraph) throws {
    let file = try BenchStoreFile(path: path)
    try file.execute(
      """
      PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144;
      CREATE TABLE terms(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL,
        UNIQUE(kind, text));
      CREATE TABLE facts(s INTEGER NOT NULL, p INTEGER NOT NULL, o INTEGER NOT NULL,
        derived INTEGER NOT NULL DEFAULT 0, rule INTEGER, PRIMARY KEY (s, p, o)) WITHOUT ROWID;
      CREATE TABLE class_ancestors(class INTEGER, ancestor INTEGER,
        PRIMARY KEY(class, ancestor)) WITHOUT ROWID;
      BEGIN;
      """)
    var ids: [String: Int64] = [:]
    let insertTerm = try file.prepared("INSERT INTO terms(id, kind, text) VALUES (?1, ?2, ?3)", [])
    func id(_ kind: Int, _ text: String) -> Int64 {
      let key = "\(kind)\u{1}\(text)"
      if let known = ids[key] { return known }
      let new = Int64(ids.count + 1)
      ids[key] = new
      sqlite3_reset(insertTerm)
      sqlite3_bind_int64(insertTerm, 1, new)
      sqlite3_bind_int64(insertTerm, 2, Int64(kind))
      sqlite3_bind_text(insertTerm, 3, text, -1, benchTransient)
      sqlite3_step(insertTerm)
      return new
    }
    let insertFact = try file.prepared("INSERT OR IGNORE INTO facts(s, p, o) VALUES (?1, ?2, ?3)", [])
    for triple in graph.triples {
      let objectKind = triple.predicate == typePredicate ? 2 : (triple.predicate == "title" ? 1 : 0)
      let s = id(0, triple.subject)
      let p = id(3, triple.predicate)
      let o = id(objectKind, triple.object)
      sqlite3_reset(insertFact)
      sqlite3_bind_int64(insertFact, 1, s)
      sqlite3_bind_int64(insertFact, 2, p)
      sqlite3_bind_int64(insertFact, 3, o)
      sqlite3_step(insertFact)
    }
    sqlite3_reset(insertTerm)
    sqlite3_reset(insertFact)
    try file.execute(
      """
      INSERT OR IGNORE INTO class_ancestors SELECT id, id FROM terms WHERE kind = 2;
      INSERT OR IGNORE INTO class_ancestors
        SELECT c.id, a.id FROM terms c, terms a
        WHERE c.kind = 2 AND c.text = 'Official' AND a.kind = 2 AND a.text = 'Person';
      COMMIT;
      CREATE INDEX facts_pos ON facts(p, o, s);
      CREATE INDEX facts_osp ON facts(o, s, p);
      """)
  }
}

private let benchTransient = unsafeBitCast(
  OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
