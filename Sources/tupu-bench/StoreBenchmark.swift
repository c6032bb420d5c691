import ArgumentParser
import CSQLite
import Foundation
import TupuStore

/// `tupu-bench store`: loads one synthetic graph through the real `tupu ingest` and through
/// plain SQL inserts into the same schema, in the same run, and compares speed and size.
struct StoreBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Bulk-load speed and file size: `tupu ingest` against plain SQL inserts.")

  @Option(help: "Triples in the synthetic graph.")
  var triples = 100_000

  @Option(help: "Runs of each loader; the median is reported.")
  var runs = 3

  @Option(help: "Which loaders to run: both, tupu or plain (one alone is for profiling).")
  var loader = "both"

  @Option(help: "The tupu binary (default: next to tupu-bench).")
  var tupu: String?

  @Option(help: "Where to put the graph and the stores (default: a temporary folder).")
  var workDirectory: String?

  func run() throws {
    let binary = tupu ?? Self.siblingBinary("tupu")
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw ValidationError("no tupu binary at \(binary); build it or pass --tupu")
    }
    let folder =
      workDirectory
      ?? (NSTemporaryDirectory() as NSString).appendingPathComponent(
        "tupu-bench-store-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if workDirectory == nil { try? FileManager.default.removeItem(atPath: folder) } }

    let graph = SyntheticGraph(triples: triples)
    let tsvPath = (folder as NSString).appendingPathComponent("graph.tsv")
    try graph.tsv().write(toFile: tsvPath, atomically: false, encoding: .utf8)
    let tsvBytes = Self.fileSize(tsvPath)

    var tupuTimes: [Timing] = []
    var plainTimes: [Timing] = []
    var tupuSize = 0
    var plainSize = 0
    for run in 0..<runs {
      // Alternate the order so neither loader always runs on a warmer page cache.
      let order = run % 2 == 0 ? [true, false] : [false, true]
      for isTupu in order where loader == "both" || (loader == "tupu") == isTupu {
        let store = (folder as NSString).appendingPathComponent(
          isTupu ? "tupu-\(run).sqlite" : "plain-\(run).sqlite")
        Self.removeStore(store)
        if isTupu {
          tupuTimes.append(try Self.timeIngest(binary: binary, store: store, tsv: tsvPath))
          tupuSize = Self.storeSize(store)
        } else {
          plainTimes.append(try PlainLoad.time(store: store, tsv: tsvPath))
          plainSize = Self.storeSize(store)
        }
        Self.removeStore(store)
      }
    }
    report(
      tupu: tupuTimes, plain: plainTimes, tupuSize: tupuSize, plainSize: plainSize,
      tsvBytes: tsvBytes)
  }

  private func report(tupu: [Timing], plain: [Timing], tupuSize: Int, plainSize: Int, tsvBytes: Int)
  {
    let n = Double(triples)
    func rate(_ seconds: Double) -> String { String(format: "%.0fk", n / seconds / 1000) }
    func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
    func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
    let tupuWall = Self.median(tupu.map(\.wall))
    let plainWall = Self.median(plain.map(\.wall))
    let tupuCPU = Self.median(tupu.map(\.cpu))
    let plainCPU = Self.median(plain.map(\.cpu))
    func row(_ name: String, _ wall: Double, _ cpu: Double, _ size: Int) -> String {
      [
        Self.padRight(name, 18), Self.pad(seconds(wall), 8), Self.pad(rate(wall), 10),
        Self.pad(seconds(cpu), 8), Self.pad(rate(cpu), 10), Self.pad(mb(size), 8),
      ].joined(separator: " ")
    }
    print(
      """
      store load: \(triples) triples (TSV \(mb(tsvBytes)) MB), median of \(runs) run(s)
      loader                 wall s  triples/s    cpu s  triples/s  file MB
      \(row("tupu ingest", tupuWall, tupuCPU, tupuSize))
      \(row("plain SQL inserts", plainWall, plainCPU, plainSize))
      tupu / plain: wall time \(String(format: "%.2f", tupuWall / plainWall))x, \
      cpu time \(String(format: "%.2f", tupuCPU / plainCPU))x, \
      size \(String(format: "%.2f", Double(tupuSize) / Double(max(1, plainSize))))x
      runs, wall/cpu s: tupu \(tupu.map { seconds($0.wall) + "/" + seconds($0.cpu) }.joined(separator: " ")); \
      plain \(plain.map { seconds($0.wall) + "/" + seconds($0.cpu) }.joined(separator: " "))
      goal: >= 400k triples/s at 1e6, time ratio <= 1.3x, size ratio <= 1.5x
      """)
  }

  /// Wall and CPU (user + system) seconds of one `tupu ingest` process.
  static func timeIngest(binary: String, store: String, tsv: String) throws -> Timing {
    let arguments = [binary, "ingest", "--db", store, tsv]
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now()
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
      throw ValidationError("cannot start \(binary)")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    guard status == 0 else {
      throw ValidationError(
        "tupu ingest failed (status \(status)); run it by hand: \(arguments.joined(separator: " "))"
      )
    }
    return Timing(
      wall: wall, cpu: Timing.seconds(usage.ru_utime) + Timing.seconds(usage.ru_stime))
  }

  static func siblingBinary(_ name: String) -> String {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    return own.deletingLastPathComponent().appendingPathComponent(name).path
  }

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }

  /// The database file plus any WAL left behind.
  static func storeSize(_ path: String) -> Int {
    fileSize(path) + fileSize(path + "-wal")
  }

  static func removeStore(_ path: String) {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  static func padRight(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}

/// Elapsed and CPU seconds of one load.
struct Timing {
  var wall: Double
  var cpu: Double

  static func seconds(_ time: timeval) -> Double {
    Double(time.tv_sec) + Double(time.tv_usec) / 1e6
  }

  /// User + system CPU seconds this process has used so far.
  static func processCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
