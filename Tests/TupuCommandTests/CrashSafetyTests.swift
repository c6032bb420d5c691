import Foundation
import Testing

/// Facts files made for the test: every document names five people of its own and a number of
/// meetings they attend that changes with each version, so versions differ in their line count.
final class FactsCorpus {
  let folder: ScratchFolder
  let files: Int
  /// Line counts of every version written, by the path `tupu ingest corpus` stores.
  private(set) var versions: [String: Set<Int>] = [:]
  private var generator = SystemRandomNumberGenerator()

  init(files: Int, in folder: ScratchFolder) throws {
    self.folder = folder
    self.files = files
    try FileManager.default.createDirectory(
      atPath: folder.file("corpus"), withIntermediateDirectories: true)
    for index in 0..<files { try write(index, meetings: 100 + index * 7) }
  }

  func path(_ index: Int) -> String { String(format: "corpus/doc%03d.tsv", index) }

  /// Writes a version of document `index` with `meetings` attendance lines.
  func write(_ index: Int, meetings: Int) throws {
    var lines = (0..<5).map { "人\(index)_\($0)\ttype\tPerson" }
    lines += (0..<meetings).map { "人\(index)_\($0 % 5)\tattends\t会\(index)_\($0)" }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: folder.file(path(index)), atomically: true, encoding: .utf8)
    versions[path(index), default: []].insert(lines.count)
  }

  /// Gives `count` random documents a new version.
  func change(_ count: Int) throws {
    for _ in 0..<count {
      let index = Int.random(in: 0..<files, using: &generator)
      try write(index, meetings: Int.random(in: 20...400, using: &generator))
    }
  }
}

/// What must hold of a store after any crash: SQLite's own check passes, and every stored
/// document is whole — as many evidence rows as its facts, a version that was really written —
/// with no evidence or asserted fact left over from a half-written one.
func storeProblems(_ database: String, corpus: FactsCorpus) throws -> [String] {
  let folder = corpus.folder.path
  guard FileManager.default.fileExists(atPath: corpus.folder.file(database)) else { return [] }
  var problems: [String] = []
  let integrity = try TupuRun.sqlite(
    database,
    "PRAGMA integrity_check; SELECT count(*) FROM sqlite_master WHERE name = 'documents'",
    in: folder)
  if !integrity.hasPrefix("ok\n") { problems.append("integrity_check: \(integrity)") }
  guard integrity.hasSuffix("\n1\n") else { return problems }
  let report = try TupuRun.sqlite(
    database,
    """
    SELECT d.path, d.fact_count, (SELECT count(*) FROM evidence e WHERE e.document = d.id)
    FROM documents d ORDER BY d.path;
    SELECT (SELECT count(*) FROM evidence WHERE document NOT IN (SELECT id FROM documents)),
      (SELECT count(*) FROM facts f WHERE derived = 0 AND NOT EXISTS (
        SELECT 1 FROM evidence e WHERE e.s = f.s AND e.p = f.p AND e.o = f.o));
    """, in: folder)
  var lines = report.split(separator: "\n")
  let leftovers = lines.popLast().map(String.init) ?? ""
  if leftovers != "0|0" { problems.append("orphan evidence | unevidenced facts: \(leftovers)") }
  for line in lines {
    let fields = line.split(separator: "|").map(String.init)
    guard fields.count == 3, let facts = Int(fields[1]), let evidence = Int(fields[2]) else {
      problems.append("unreadable row: \(line)")
      continue
    }
    if facts != evidence { problems.append("\(fields[0]): \(facts) facts, \(evidence) evidence") }
    if !(corpus.versions[fields[0]] ?? []).contains(facts) {
      problems.append("\(fields[0]): \(facts) facts, a version never written")
    }
  }
  return problems
}

/// Everything a store says, in an order that does not depend on how it was built.
func storeDump(_ database: String, in folder: String) throws -> String {
  try TupuRun.sqlite(
    database,
    """
    SELECT path, fact_count FROM documents ORDER BY path;
    SELECT s.text, p.text, o.text, f.derived FROM facts f JOIN terms s ON s.id = f.s
      JOIN terms p ON p.id = f.p JOIN terms o ON o.id = f.o ORDER BY 1, 2, 3;
    """, in: folder)
}

@Suite("Crash safety of tupu ingest", .serialized)
struct CrashSafetyTests {
  @Test("SIGKILL at 50 random points leaves a sound store of whole documents; a rerun completes it")
  func killedIngests() throws {
    let folder = try ScratchFolder()
    let corpus = try FactsCorpus(files: 16, in: folder)
    let clean = try TupuRun.tupu(
      ["ingest", "--db", "clean.sqlite", "--batch-size", "3", "corpus"], in: folder.path)
    try #require(clean.status == 0, "\(clean.stderr)")
    // How long a run lasts when left alone: kills are spread over that time.
    var runLength = clean.seconds

    var kills = 0
    var storedAtKill: [String: Int] = [:]  // documents in the store after a kill → kills
    var finished = 0
    var round = 0
    while kills < 50 && round < 150 {
      round += 1
      if round % 8 == 0 {
        // A fresh store now and then: kills then land in the first, bulk-loading batches.
        for suffix in ["", "-wal", "-shm"] {
          try? FileManager.default.removeItem(atPath: folder.file("killed.sqlite" + suffix))
        }
      }
      try corpus.change(3)
      let ingest = try TupuRun.Running(
        TupuRun.binary, ["ingest", "--db", "killed.sqlite", "--batch-size", "3", "corpus"],
        in: folder.path)
      Thread.sleep(forTimeInterval: Double.random(in: 0.01...max(0.05, runLength)))
      ingest.signal(SIGKILL)
      let result = ingest.wait()
      if result.reason == .uncaughtSignal {
        kills += 1
      } else {
        finished += 1
        runLength = result.seconds
      }
      if round % 8 == 7 { runLength = clean.seconds }  // the next round starts empty
      let problems = try storeProblems("killed.sqlite", corpus: corpus)
      if result.reason == .uncaughtSignal {
        let stored = try? TupuRun.sqlite(
          "killed.sqlite", "SELECT count(*) FROM documents", in: folder.path)
        storedAtKill[
          stored?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "no store", default: 0] += 1
      }
      #expect(
        problems.isEmpty,
        "after round \(round) (killed: \(result.reason == .uncaughtSignal)): \(problems)")
      if !problems.isEmpty { break }
    }
    #expect(
      kills >= 50, "only \(kills) kills landed in \(round) rounds (\(finished) runs finished)")

    // Rerun to the end: the result equals a clean ingest of the same files.
    let rerun = try TupuRun.tupu(
      ["ingest", "--db", "killed.sqlite", "--batch-size", "3", "corpus"], in: folder.path)
    #expect(rerun.status == 0, "\(rerun.stderr)")
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: folder.file("clean.sqlite" + suffix))
    }
    let reference = try TupuRun.tupu(["ingest", "--db", "clean.sqlite", "corpus"], in: folder.path)
    try #require(reference.status == 0)
    #expect(
      try storeDump("killed.sqlite", in: folder.path) == storeDump("clean.sqlite", in: folder.path))
    print(
      "crash safety: \(kills) SIGKILLs survived in \(round) rounds (\(finished) runs finished "
        + "first); documents stored at the kills: "
        + storedAtKill.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(
          separator: " "))
  }

  @Test("SIGKILL in a first bulk load (rollback journal) leaves an empty store or a whole one")
  func killedFirstLoads() throws {
    let folder = try ScratchFolder()
    let corpus = try FactsCorpus(files: 1, in: folder)
    try corpus.write(0, meetings: 60_000)  // past GraphStore.bulkLoadFacts
    let arguments = ["ingest", "--db", "killed.sqlite", "corpus"]
    let whole = try TupuRun.tupu(arguments, in: folder.path)
    try #require(whole.status == 0, "\(whole.stderr)")
    #expect(try TupuRun.sqlite("killed.sqlite", "PRAGMA journal_mode", in: folder.path) == "wal\n")
    var outcomes: [String: Int] = [:]
    for round in 1...12 {
      for suffix in ["", "-wal", "-shm", "-journal"] {
        try? FileManager.default.removeItem(atPath: folder.file("killed.sqlite" + suffix))
      }
      let ingest = try TupuRun.Running(TupuRun.binary, arguments, in: folder.path)
      Thread.sleep(forTimeInterval: Double.random(in: 0.02...max(0.05, whole.seconds)))
      ingest.signal(SIGKILL)
      let result = ingest.wait()
      let hotJournal = FileManager.default.fileExists(atPath: folder.file("killed.sqlite-journal"))
      let problems = try storeProblems("killed.sqlite", corpus: corpus)
      #expect(problems.isEmpty, "after round \(round): \(problems)")
      let stored = try? TupuRun.sqlite(
        "killed.sqlite", "SELECT count(*) FROM documents", in: folder.path)
      let outcome =
        result.reason != .uncaughtSignal
        ? "finished" : hotJournal ? "rolled back" : "documents \(stored ?? "-")"
      outcomes[outcome.trimmingCharacters(in: .whitespacesAndNewlines), default: 0] += 1
    }
    // And the next run completes the store, back in WAL mode.
    let rerun = try TupuRun.tupu(arguments, in: folder.path)
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(try storeProblems("killed.sqlite", corpus: corpus) == [])
    #expect(try TupuRun.sqlite("killed.sqlite", "PRAGMA journal_mode", in: folder.path) == "wal\n")
    print(
      "first-load kills: "
        + outcomes.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ")
    )
  }

  @Test("Ctrl-C stops after the current batch, says what was stored, and a rerun reads the rest")
  func interruptedIngest() throws {
    let folder = try ScratchFolder()
    // NB: enough documents that a fast machine is still mid-way when the signal lands; with 40
    // a CI runner had stored them all between two polls.
    let corpus = try FactsCorpus(files: 160, in: folder)
    let ingest = try TupuRun.Running(
      TupuRun.binary, ["ingest", "--db", "store.sqlite", "--batch-size", "1", "corpus"],
      in: folder.path)
    // Interrupt once the store holds a document, so that the run is surely mid-way.
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      let stored = try? TupuRun.sqlite(
        "store.sqlite", "SELECT count(*) FROM documents", in: folder.path)
      if let stored, let count = Int(stored.trimmingCharacters(in: .whitespacesAndNewlines)),
        count > 0
      {
        break
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    ingest.signal(SIGINT)
    let result = ingest.wait()
    #expect(result.status == 130, "\(result.stderr)")
    #expect(result.stderr.contains("interrupted: stored what was read before Ctrl-C"))
    #expect(result.stderr.contains("run the same command again"))
    #expect(try storeProblems("store.sqlite", corpus: corpus) == [])
    let stored = try TupuRun.sqlite(
      "store.sqlite", "SELECT count(*) FROM documents", in: folder.path)
    #expect(Int(stored.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 < 160)

    let rerun = try TupuRun.tupu(["ingest", "--db", "store.sqlite", "corpus"], in: folder.path)
    #expect(rerun.status == 0, "\(rerun.stderr)")
    let all = try TupuRun.sqlite("store.sqlite", "SELECT count(*) FROM documents", in: folder.path)
    #expect(all == "160\n")
  }
}
