import Foundation
import Testing

@Suite("Runaway queries through the command line")
struct RunawayQueryTests {
  static func store(people: Int, in folder: ScratchFolder) throws {
    let lines = (0..<people).map { "人\($0)\ttype\tPerson" }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: folder.file("people.tsv"), atomically: true, encoding: .utf8)
    let ingest = try TupuRun.tupu(
      ["ingest", "--db", "store.sqlite", "people.tsv"], in: folder.path)
    try #require(ingest.status == 0, "\(ingest.stderr)")
  }

  @Test("tupu query --timeout stops a cross product with a message and exit 4, its own code")
  func timeout() throws {
    let folder = try ScratchFolder()
    try Self.store(people: 2_000, in: folder)
    let query = try TupuRun.tupu(
      [
        "query", "--db", "store.sqlite", "--timeout", "0.5",
        "find count(*) where ?a : Person, ?b : Person, ?c : Person",
      ], in: folder.path)
    #expect(query.status == 4)
    #expect(
      query.stderr.contains("the query ran longer than 0.5 s and was stopped"), "\(query.stderr)")
    #expect(query.seconds < 10)
  }

  @Test("a script piped to tupu repl has a time limit too: --timeout, 60 s unless told")
  func replScriptTimeout() throws {
    let folder = try ScratchFolder()
    try Self.store(people: 2_000, in: folder)
    let run = try TupuRun.Running(
      TupuRun.binary, ["repl", "--db", "store.sqlite", "--timeout", "0.5"], in: folder.path,
      stdin: "find count(*) where ?a : Person, ?b : Person, ?c : Person\n"
    ).wait()
    #expect(run.status == 4, "\(run.stderr)")
    #expect(run.stderr.contains("the query ran longer than 0.5 s and was stopped"), "\(run.stderr)")
    #expect(run.seconds < 10)
  }

  @Test("a table shows at most 10 000 rows and says so; TSV shows them all")
  func tableRowLimit() throws {
    let folder = try ScratchFolder()
    try Self.store(people: 10_050, in: folder)
    let table = try TupuRun.tupu(
      ["query", "--db", "store.sqlite", "--format", "table", "?x : Person"], in: folder.path)
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stderr.contains("showing the first 10000 rows; the rest were not read"))
    let tsv = try TupuRun.tupu(
      ["query", "--db", "store.sqlite", "--format", "tsv", "?x : Person"], in: folder.path)
    #expect(tsv.stdout.split(separator: "\n").count == 10_051)
    #expect(!tsv.stderr.contains("showing the first"))
  }
}
