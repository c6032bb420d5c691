import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The built `tupu` run as a person runs it: `tupu serve` on a free loopback port, asked over
/// real HTTP, stopped with SIGTERM.
final class ServerUnderTest: @unchecked Sendable {
  let process = Process()
  let folder: String
  /// `http://127.0.0.1:PORT`, without a trailing slash.
  let base: String
  private let outPath: String
  private let errPath: String

  /// Starts `tupu serve --db STORE --port 0 EXTRA…` and waits (at most a minute) for the line
  /// that names the address.
  init(store: String, _ extra: [String] = []) throws {
    folder = (store as NSString).deletingLastPathComponent
    let tag = UUID().uuidString
    outPath = (folder as NSString).appendingPathComponent(".serve-out-\(tag)")
    errPath = (folder as NSString).appendingPathComponent(".serve-err-\(tag)")
    FileManager.default.createFile(atPath: outPath, contents: nil)
    FileManager.default.createFile(atPath: errPath, contents: nil)
    process.executableURL = URL(fileURLWithPath: Tupu.binary)
    process.arguments = ["serve", "--db", store, "--port", "0"] + extra
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment["TUPU_DB"] = nil
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: outPath)
    process.standardError = FileHandle(forWritingAtPath: errPath)
    try process.run()
    var found: String?
    for _ in 0..<600 where found == nil && process.isRunning {
      Thread.sleep(forTimeInterval: 0.1)
      let text = String(
        decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
      if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
        found = String(text[range])
      }
    }
    guard let found else {
      process.terminate()
      let errors = String(
        decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
      throw Failure("tupu serve did not start: \(errors)")
    }
    base = found
  }

  deinit { stop() }

  var errors: String {
    String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
  }

  /// Stops the server as Ctrl-C would, and waits for it to end.
  func stop() {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(atPath: outPath)
    try? FileManager.default.removeItem(atPath: errPath)
  }

  struct Answer: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
      headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
  }

  /// GET `path` (already percent-encoded where it must be).
  func get(_ path: String, session: URLSession = .shared) async throws -> Answer {
    guard let url = URL(string: base + path) else { throw Failure("not a URL: \(base + path)") }
    var request = URLRequest(url: url)
    request.timeoutInterval = 60
    let (data, response) = try await session.data(for: request)
    guard let http = response as? HTTPURLResponse else { throw Failure("no HTTP answer") }
    var headers: [String: String] = [:]
    for (key, value) in http.allHeaderFields {
      headers["\(key)"] = "\(value)"
    }
    return Answer(status: http.statusCode, headers: headers, body: data)
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}

/// Percent-encodes a query value or path segment as the explorer's own links do.
func encoded(_ text: String) -> String {
  var allowed = CharacterSet.alphanumerics.intersection(
    CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
  allowed.insert(charactersIn: "-._~")
  return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}

/// The built `tupu`, and stores made by its `ingest`.
enum Tupu {
  static var binary: String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("tupu").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    var root = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { root.deleteLastPathComponent() }
    return root.appendingPathComponent(".build/debug/tupu").path
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `tupu` in the repository's folder (so that documents have their relative paths).
  static func run(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.currentDirectoryURL = URL(fileURLWithPath: repository)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment["TUPU_DB"] = nil
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    nonisolated(unsafe) var errors = Data()
    let reading = DispatchGroup()
    reading.enter()
    DispatchQueue.global().async {
      errors = err.fileHandleForReading.readDataToEndOfFile()
      reading.leave()
    }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    reading.wait()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self))
  }

  /// A fresh folder holding `graph.sqlite`, built by `tupu ingest` from `inputs`.
  static func store(from inputs: [String]) throws -> String {
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "tupu-serve-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = (folder as NSString).appendingPathComponent("graph.sqlite")
    let run = try run(["ingest", "--db", store] + inputs)
    guard run.status == 0 else { throw ServerUnderTest.Failure("ingest failed: \(run.stderr)") }
    return store
  }

  /// The store of the bundled example page.
  static func exampleStore() throws -> String {
    try store(from: ["Examples/weidu-district-news-page.txt"])
  }

  static var repository: String {
    var root = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { root.deleteLastPathComponent() }
    return root.path
  }

  static func removeStore(_ store: String) {
    try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent)
  }
}
