import ArgumentParser
import Foundation

/// `tupu-bench start`: how long a whole `tupu query` process takes for a trivial query, against
/// the sqlite3 shell answering the same from the same store, in the same run.
struct StartBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "start",
    abstract: "Query process start: a trivial `tupu query` against the sqlite3 shell.")

  @Option(help: "Runs of each process; the median is reported.")
  var runs = 31

  @Option(help: "The tupu binary (default: next to tupu-bench).")
  var tupu: String?

  @Option(help: "The text to ingest first (default: the bundled page).")
  var file: String?

  func run() throws {
    let binary = tupu ?? StoreBenchmark.siblingBinary("tupu")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-bench-start-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("graph.sqlite").path
    let page = file ?? IngestBenchmark.bundledPage()
    _ = try ProcessTiming.run(binary, ["ingest", "--db", store, page])
    let ontologyFolder = URL(fileURLWithPath: page).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Ontology").path
    let cases: [(name: String, tupu: [String], sql: String)] = [
      (
        "count", ["query", "--db", store, "count(?p : Project)"],
        """
        SELECT count(*) FROM facts f JOIN class_ancestors a ON a.class = f.o
        WHERE f.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'type')
          AND a.ancestor = (SELECT id FROM terms WHERE kind = 2 AND text = 'Project')
        """
      ),
      (
        "lookup by label", ["query", "--db", store, "何长成 主持 ?m"],
        """
        SELECT t.text FROM facts f JOIN terms t ON t.id = f.o
        WHERE f.s = (SELECT id FROM terms WHERE kind = 0 AND text = '何长成')
          AND f.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'chairs') ORDER BY t.text
        """
      ),
      (
        // What every query process did before stores kept their vocabulary.
        "count, --ontology",
        ["query", "--db", store, "--ontology", ontologyFolder, "count(?p : Project)"],
        """
        SELECT count(*) FROM facts f JOIN class_ancestors a ON a.class = f.o
        WHERE f.p = (SELECT id FROM terms WHERE kind = 3 AND text = 'type')
          AND a.ancestor = (SELECT id FROM terms WHERE kind = 2 AND text = 'Project')
        """
      ),
    ]
    print("process start on a store of the bundled page, median of \(runs) runs (ms)")
    print("query               tupu wall   cpu   sqlite3 wall   cpu   ratio")
    for entry in cases {
      let ours = try ProcessTiming.median(runs: runs) { try ProcessTiming.run(binary, entry.tupu) }
      let shell = try ProcessTiming.median(runs: runs) {
        try ProcessTiming.run("sqlite3", [store, entry.sql])
      }
      print(
        StoreBenchmark.padRight(entry.name, 18)
          + StoreBenchmark.pad(String(format: "%.1f", ours.wall * 1000), 11)
          + StoreBenchmark.pad(String(format: "%.1f", ours.cpu * 1000), 6)
          + StoreBenchmark.pad(String(format: "%.1f", shell.wall * 1000), 15)
          + StoreBenchmark.pad(String(format: "%.1f", shell.cpu * 1000), 6)
          + StoreBenchmark.pad(String(format: "%.2fx", ours.wall / max(shell.wall, 1e-9)), 8))
    }
    print("goal: a trivial tupu query <= 20 ms wall")
  }
}
