import Foundation
import Testing

@Suite("Readers and writers of one store")
struct ConcurrencyTests {
  @Test(
    "tupu query while tupu ingest writes: never 'locked', always whole documents (WAL snapshots)")
  func readersDuringIngest() throws {
    let folder = try ScratchFolder()
    // Enough documents, one transaction each, that the writer outlasts several readers.
    _ = try FactsCorpus(files: 160, in: folder)
    let ingest = try TupuRun.Running(
      TupuRun.binary, ["ingest", "--db", "store.sqlite", "--batch-size", "1", "corpus"],
      in: folder.path)
    // Query from the first stored document on, until the writer is done.
    let start = Date().addingTimeInterval(30)
    while Date() < start, ingest.process.isRunning {
      let stored = try? TupuRun.sqlite(
        "store.sqlite", "SELECT count(*) FROM documents", in: folder.path)
      if let stored, stored != "0\n", !stored.isEmpty { break }
      Thread.sleep(forTimeInterval: 0.01)
    }
    var counts: [Int] = []
    var failures: [String] = []
    repeat {
      let query = try TupuRun.tupu(
        ["query", "--db", "store.sqlite", "--format", "tsv", "count(?x : Person)"],
        in: folder.path)
      if query.status != 0 || query.stderr.lowercased().contains("locked") {
        failures.append("exit \(query.status): \(query.stderr)")
      } else if let count = Int(query.stdout.split(separator: "\n").last ?? "") {
        counts.append(count)
      } else {
        failures.append("unreadable answer: \(query.stdout)")
      }
    } while ingest.process.isRunning && failures.isEmpty
    let written = ingest.wait()
    #expect(written.status == 0, "\(written.stderr)")
    #expect(failures == [])
    #expect(counts.count >= 2, "the reader ran only \(counts.count) time(s) during the write")
    // Every document adds five people in one transaction: a reader sees all five or none.
    #expect(counts.allSatisfy { $0 % 5 == 0 }, "\(counts)")
    #expect(counts == counts.sorted(), "\(counts)")
    print("concurrency: \(counts.count) queries answered during the ingest: \(counts)")
  }

  /// Holds the store's write lock from the sqlite3 shell for `seconds`, and returns once the
  /// lock is held. Just before it commits, the shell prints the time (Unix seconds) as
  /// `releasing <time>`: a writer that waited for the lock cannot end before that moment.
  static func holdWriteLock(_ folder: ScratchFolder, seconds: Double) throws -> TupuRun.Running {
    let now = "((julianday('now') - 2440587.5) * 86400.0)"
    let holder = try TupuRun.Running(
      "/usr/bin/env", ["sqlite3", "-batch", "store.sqlite"], in: folder.path,
      stdin: """
        BEGIN IMMEDIATE;
        .print locked
        .system sleep \(seconds)
        SELECT 'releasing ' || \(now);
        COMMIT;

        """)
    // NB: not a fixed wait: on a loaded runner the shell may take the lock later than that.
    try #require(holder.waitForOutput("locked"), "sqlite3 did not take the lock")
    return holder
  }

  @Test("a second writer waits for the first")
  func secondWriterWaits() throws {
    let folder = try ScratchFolder()
    _ = try FactsCorpus(files: 2, in: folder)
    let first = try TupuRun.tupu(
      ["ingest", "--db", "store.sqlite", "corpus/doc000.tsv"], in: folder.path)
    try #require(first.status == 0, "\(first.stderr)")
    let holder = try Self.holdWriteLock(folder, seconds: 2)
    let second = try TupuRun.tupu(
      ["ingest", "--db", "store.sqlite", "corpus/doc001.tsv"], in: folder.path)
    let secondEnded = Date().timeIntervalSince1970
    let held = holder.wait()
    #expect(second.status == 0, "\(second.stderr)")
    let releasing = held.stdout.split(separator: "\n").first { $0.hasPrefix("releasing ") }
      .flatMap { Double($0.dropFirst("releasing ".count)) }
    let release = try #require(releasing, "the lock holder printed: \(held.stdout)")
    #expect(secondEnded > release, "it ended \(release - secondEnded) s before the lock was free")
    let documents = try TupuRun.sqlite(
      "store.sqlite", "SELECT count(*) FROM documents", in: folder.path)
    #expect(documents == "2\n")
  }

  @Test("a second writer that waits too long gets a clear error, and the store is unchanged")
  func secondWriterGivesUp() throws {
    let folder = try ScratchFolder()
    _ = try FactsCorpus(files: 2, in: folder)
    let first = try TupuRun.tupu(
      ["ingest", "--db", "store.sqlite", "corpus/doc000.tsv"], in: folder.path)
    try #require(first.status == 0, "\(first.stderr)")
    let holder = try Self.holdWriteLock(folder, seconds: 10)
    let second = try TupuRun.tupu(
      ["ingest", "--db", "store.sqlite", "corpus/doc001.tsv"], in: folder.path)
    _ = holder.wait()
    #expect(second.status == 3)
    #expect(
      second.stderr.contains("is locked by another writer (waited 5.0 s)"), "\(second.stderr)")
    #expect(second.stderr.contains("wait for the other `tupu ingest` to finish"))
    #expect(!second.stderr.contains("database is locked"))
    let documents = try TupuRun.sqlite(
      "store.sqlite", "SELECT count(*) FROM documents", in: folder.path)
    #expect(documents == "1\n")
  }
}
