import ArgumentParser
import Foundation

/// `tupu-bench serve`: requests per second and latency of `tupu serve` for an entity page and
/// for a query, under concurrent clients of our own on loopback, against the same query
/// through the `tupu query` process, in the same run.
struct ServeBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Web explorer throughput and p99 latency against the same query by `tupu query`.")

  @Option(help: "A store to serve (default: one built from Examples/ by `tupu ingest`).")
  var db: String?

  @Option(help: "Requests per timed run, spread over the clients.")
  var requests = 2_000

  @Option(help: "Concurrent clients (one kept-alive connection each) for the loaded runs.")
  var clients = 20

  @Option(help: "Timed runs per case; the median run is reported.")
  var runs = 3

  @Option(help: "Timed runs of the `tupu query` process.")
  var processRuns = 21

  @Option(help: "Read connections of the server (tupu serve --readers).")
  var readers = 4

  func run() throws {
    let tupu = QueryBenchmark.siblingBinary("tupu")
    let store = try db ?? Self.exampleStore(tupu)
    defer {
      if db == nil {
        try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent)
      }
    }
    // The official who chairs the most meetings (ties by name): his page and his projects.
    let top = try Self.output(
      tupu,
      [
        "query", "--db", store, "--format", "tsv",
        "find ?who, count(?m) where ?who chairs ?m order by count(?m) desc, ?who limit 1",
      ])
    guard let name = top.split(separator: "\n").dropFirst().first?.split(separator: "\t").first
    else { throw ValidationError("\(store) has no official who chairs a meeting") }
    let query = "find ?p where \(name) chairs ?m, ?m reviews ?p"
    let expected = try Self.output(tupu, ["query", "--db", store, "--format", "json", query])

    let server = try BenchServer(tupu: tupu, store: store, readers: readers)
    defer { server.stop() }
    let casesToRun: [(String, String)] = [
      ("entity page /entity/NAME", "/entity/" + Self.encoded(String(name))),
      ("query /api/query?q=…", "/api/query?q=" + Self.encoded(query)),
    ]
    // The server answers the query exactly as the command does (checked once, not timed).
    let check = try LoopbackClient(port: server.port).get(casesToRun[1].1)
    guard check.status == 200, String(decoding: check.body, as: UTF8.self) == expected else {
      throw ValidationError("the server's answer differs from `tupu query`'s")
    }

    print("store: \(store)   entity: \(name)   query: \(query)")
    print(
      "server: tupu serve --readers \(readers); \(runs) runs of \(requests) requests; median run")
    print(
      Self.row(["case", "clients", "requests/s", "p50 ms", "p99 ms"], widths: [30, 8, 12, 9, 9]))
    var served: [String: Double] = [:]
    for (label, path) in casesToRun {
      for clientCount in [1, clients] {
        let result = try Self.load(
          port: server.port, path: path, clients: clientCount,
          requests: requests, runs: runs)
        served["\(label) \(clientCount)"] = result.rate
        print(
          Self.row(
            [
              label, String(clientCount), String(format: "%.0f", result.rate),
              String(format: "%.2f", result.p50 * 1000), String(format: "%.2f", result.p99 * 1000),
            ],
            widths: [30, 8, 12, 9, 9]))
      }
    }
    var times: [Double] = []
    for _ in 0..<processRuns {
      times.append(
        try QueryBenchmark.timeProcess(tupu, ["query", "--db", store, "--format", "json", query]))
    }
    times.sort()
    let processRate = 1 / QueryBenchmark.median(times)
    print(
      Self.row(
        [
          "query `tupu query` process", "1", String(format: "%.1f", processRate),
          String(format: "%.2f", QueryBenchmark.median(times) * 1000),
          String(format: "%.2f", Self.percentile(times, 0.99) * 1000),
        ],
        widths: [30, 8, 12, 9, 9]))
    let one = served["query /api/query?q=… 1"] ?? 0
    let many = served["query /api/query?q=… \(clients)"] ?? 0
    print(
      String(
        format: "the same query: server %.0fx the process's rate with 1 client, %.0fx with %d",
        one / processRate, many / processRate, clients))
  }

  struct Load {
    var rate: Double
    var p50: Double
    var p99: Double
  }

  /// `runs` timed runs of `requests` GETs of `path` from `clients` threads, each with a
  /// connection of its own, after a warm-up; the run with the median rate.
  static func load(port: Int, path: String, clients: Int, requests: Int, runs: Int) throws -> Load {
    let warm = try LoopbackClient(port: port)
    for _ in 0..<50 { _ = try warm.get(path) }
    var results: [Load] = []
    for _ in 0..<max(1, runs) {
      let perClient = max(1, requests / clients)
      let latencies = LatencyLog()
      let group = DispatchGroup()
      let start = DispatchTime.now()
      for _ in 0..<clients {
        group.enter()
        Thread.detachNewThread {
          defer { group.leave() }
          do {
            let client = try LoopbackClient(port: port)
            var mine: [Double] = []
            mine.reserveCapacity(perClient)
            for _ in 0..<perClient {
              let began = DispatchTime.now()
              let answer = try client.get(path)
              if answer.status != 200 { latencies.fail("HTTP \(answer.status)") }
              mine.append(
                Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9)
            }
            latencies.add(mine)
          } catch {
            latencies.fail("\(error)")
          }
        }
      }
      group.wait()
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
      let (all, failure) = latencies.result()
      if let failure { throw ValidationError("a request failed: \(failure)") }
      let sorted = all.sorted()
      results.append(
        Load(
          rate: Double(sorted.count) / elapsed, p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99)))
    }
    results.sort { $0.rate < $1.rate }
    return results[results.count / 2]
  }

  static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let index = min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)
    return sorted[max(0, index)]
  }

  static func exampleStore(_ tupu: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-bench-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = folder.appendingPathComponent("example.sqlite").path
    var examples = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { examples.deleteLastPathComponent() }
    _ = try output(
      tupu, ["ingest", "--db", store, examples.appendingPathComponent("Examples").path])
    return store
  }

  static func output(_ binary: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidationError(
        "tupu \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self)
  }

  static func encoded(_ text: String) -> String {
    let allowed = CharacterSet(
      charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }

  static func row(_ fields: [String], widths: [Int]) -> String {
    zip(fields, widths).enumerated().map { index, pair in
      QueryBenchmark.pad(pair.0, pair.1, left: index == 0)
    }.joined(separator: " ")
  }
}

/// Latencies gathered from the client threads.
private final class LatencyLog: @unchecked Sendable {
  private let lock = NSLock()
  private var latencies: [Double] = []
  private var failure: String?

  func add(_ values: [Double]) { lock.withLock { latencies += values } }
  func fail(_ message: String) { lock.withLock { failure = failure ?? message } }
  func result() -> ([Double], String?) { lock.withLock { (latencies, failure) } }
}

/// `tupu serve --port 0` in a process of its own, for the length of the benchmark.
final class BenchServer {
  let process = Process()
  let port: Int
  private let log: String

  init(tupu: String, store: String, readers: Int) throws {
    log =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "tupu-bench-serve-\(UUID().uuidString).out"
      ).path
    guard FileManager.default.createFile(atPath: log, contents: nil) else {
      throw ValidationError("cannot create the server's log file \(log): check the temporary folder")
    }
    process.executableURL = URL(fileURLWithPath: tupu)
    process.arguments = ["serve", "--db", store, "--port", "0", "--readers", String(readers)]
    process.standardOutput = FileHandle(forWritingAtPath: log)
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    var found: Int?
    for _ in 0..<600 where found == nil && process.isRunning {
      Thread.sleep(forTimeInterval: 0.1)
      let text = String(
        decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
      if let range = text.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
        found = Int(text[range].split(separator: ":")[1])
      }
    }
    guard let found else {
      process.terminate()
      throw ValidationError("tupu serve did not start")
    }
    port = found
  }

  func stop() {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(atPath: log)
  }
}
