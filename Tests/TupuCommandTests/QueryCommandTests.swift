import Foundation
import Testing

/// Runs the built `tupu` binary; returns exit status, stdout and stderr.
func runTupu(_ arguments: [String], stdin: String? = nil) throws -> (Int32, String, String) {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let binary = root.appendingPathComponent(".build/debug/tupu")
  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  var environment = ProcessInfo.processInfo.environment
  environment["LANG"] = "C.UTF-8"
  environment["TUPU_DB"] = nil
  process.environment = environment
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  let output = out.fileHandleForReading.readDataToEndOfFile()
  let errors = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (
    process.terminationStatus, String(decoding: output, as: UTF8.self),
    String(decoding: errors, as: UTF8.self)
  )
}

/// A store built by `tupu ingest` from a small facts file, in a fresh folder.
struct IngestedGraph {
  let folder: URL
  var db: String { folder.appendingPathComponent("graph.sqlite").path }

  static let facts = """
    魏都区\ttype\tDistrict
    魏北街道\ttype\tStreet
    魏北街道\tlocated-in\t魏都区
    金湾社区\ttype\tCommunity
    金湾社区\tlocated-in\t魏北街道
    许继社区\ttype\tCommunity
    许继社区\tlocated-in\t魏北街道
    环城甲\tlocated-in\t环城乙
    环城乙\tlocated-in\t环城甲
    何长成\ttype\tOfficial
    第7次例会\ttype\tMeeting
    何长成\tchairs\t第7次例会
    第7次例会\treviews\t微光夜视
    微光夜视\ttype\tProject
    a'b"; DROP TABLE facts; --\tsponsors\t金湾社区

    """

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-query-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let facts = folder.appendingPathComponent("graph.tsv")
    try Self.facts.write(to: facts, atomically: true, encoding: .utf8)
    let (status, _, errors) = try runTupu(["ingest", "--db", db, facts.path])
    guard status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: ["stderr": errors]) }
  }

  func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite("tupu query end to end")
struct QueryCommandTests {
  @Test("a query prints a TSV header of variable names and rows in a defined order")
  func tsvQuery() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let (status, output, _) = try runTupu([
      "query", "--db", graph.db, "--format", "tsv", "?c : Community, ?c located-in+ 魏都区",
    ])
    #expect(status == 0)
    #expect(output == "c\n许继社区\n金湾社区\n")
  }

  @Test("piped output without --format is TSV; CSV and JSON on request")
  func formats() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let query = "?x located-in+ 环城甲"
    #expect(try runTupu(["query", "--db", graph.db, query]).1 == "x\n环城乙\n环城甲\n")
    #expect(
      try runTupu(["query", "--db", graph.db, "--format", "csv", query]).1 == "x\r\n环城乙\r\n环城甲\r\n")
    #expect(
      try runTupu(["query", "--db", graph.db, "--format", "json", query]).1
        == "[\n  {\"x\": \"环城乙\"},\n  {\"x\": \"环城甲\"}\n]\n")
  }

  @Test("a name full of SQL is a name")
  func injection() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let (status, output, _) = try runTupu([
      "query", "--db", graph.db, #""a'b\"; DROP TABLE facts; --" sponsors ?c"#,
    ])
    #expect(status == 0)
    #expect(output == "c\n金湾社区\n")
    #expect(try runTupu(["query", "--db", graph.db, "count(?c : Community)"]).1 == "count\n2\n")
  }

  @Test("--explain shows the SQL and SQLite's plan")
  func explain() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let (status, output, _) = try runTupu([
      "query", "--db", graph.db, "--explain", "何长成 chairs ?m, ?m reviews ?p",
    ])
    #expect(status == 0)
    #expect(output.contains("CROSS JOIN facts AS f2"))
    #expect(output.contains("QUERY PLAN\nSEARCH f1 USING PRIMARY KEY (s=? AND p=?)"))
  }

  @Test("a script whose assertions hold exits 0; a failed one exits 1 naming file and line")
  func scripts() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let passing = try graph.write(
      "ok.tq", "# checks\nassert 何长成 chairs 第7次例会\nassert count(?c : Community) >= 2\n")
    let ok = try runTupu(["query", "--db", graph.db, "-f", passing])
    #expect(ok.0 == 0)
    #expect(ok.1 == "")
    let failing = try graph.write(
      "bad.tq",
      "assert count(?c : Community) >= 2\n\nassert count(?c : Community) > 5\nassert 何长成 chairs _\n"
    )
    let bad = try runTupu(["query", "--db", graph.db, "-f", failing])
    #expect(bad.0 == 1)
    #expect(
      bad.2
        == "error: assertion failed: expected count(?c : Community) > 5, found 2\n --> \(failing):3\n"
    )
  }

  @Test("a syntax error in a script exits 2 with a caret; --keep-going runs on")
  func syntaxError() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let script = try graph.write(
      "syntax.tq", "何长成 chairs ?m\n何长成 chaird ?m\nassert count(?c : Community) > 5\n")
    let stopped = try runTupu(["query", "--db", graph.db, "-f", script])
    #expect(stopped.0 == 2)
    #expect(stopped.1 == "m\n第7次例会\n")
    #expect(stopped.2.contains("\(script):2:5\n  |\n2 | 何长成 chaird ?m\n  |        ^^^^^^"))
    let keptGoing = try runTupu(["query", "--db", graph.db, "--keep-going", "-f", script])
    #expect(keptGoing.0 == 2)
    #expect(keptGoing.2.contains("found 2"))
  }

  @Test("a script can come on stdin")
  func stdinScript() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let (status, output, _) = try runTupu(
      ["query", "--db", graph.db], stdin: "何长成 chairs ?m\n\n?x reviews ?p\n")
    #expect(status == 0)
    // The ontology derives the chair's review.
    #expect(output == "m\n第7次例会\n\nx\tp\n何长成\t微光夜视\n第7次例会\t微光夜视\n")
  }

  @Test("a missing store exits 3 and says what to do")
  func missingStore() throws {
    let (status, _, errors) = try runTupu([
      "query", "--db", "/nonexistent/graph.sqlite", "?x chairs ?m",
    ])
    #expect(status == 3)
    #expect(errors.contains("no graph store at /nonexistent/graph.sqlite"))
  }
}
