import Foundation

/// A command-line tool the tests drive when it is installed (Graphviz `dot`, raptor's `rapper`).
struct ExternalTool {
  struct Run {
    var status: Int32
    var output: String
    var errors: String
  }

  var path: String

  /// The tool on `PATH`, or nil when it is not installed.
  init?(_ name: String) {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    guard
      let found = directories.map({ "\($0)/\(name)" }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { return nil }
    path = found
  }

  /// A tool at a known path.
  init(path: String) { self.path = path }

  static func isInstalled(_ name: String) -> Bool { ExternalTool(name) != nil }

  /// Runs the tool with `input` on stdin; output and errors are read concurrently so a large
  /// output cannot block the tool.
  func run(_ arguments: [String], input: String = "") throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var output = Data()
    nonisolated(unsafe) var errors = Data()
    group.enter()
    DispatchQueue.global().async {
      output = stdout.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errors = stderr.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      errors: String(decoding: errors, as: UTF8.self))
  }
}
