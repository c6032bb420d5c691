import Foundation

/// Runs the built `tupu` (and `sqlite3`) as a person would, for the end-to-end specifications.
enum TupuRun {
  struct Result {
    var status: Int32
    var reason: Process.TerminationReason
    var stdout: String
    var stderr: String
    var seconds: Double
  }

  /// The `tupu` executable beside the test bundle (`swift test` builds it).
  static var binary: String {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return folder.appendingPathComponent("tupu").path
  }

  /// A process of `executable` with `arguments`, its output going to files in `folder`.
  final class Running {
    let process = Process()
    let outPath: String
    let errPath: String
    let started = Date()

    /// - Parameter stdoutPath: where standard output goes instead of a file read afterwards
    ///   (`/dev/full` for a full disk).
    init(
      _ executable: String, _ arguments: [String], in folder: String, stdin: String? = nil,
      stdoutPath: String? = nil, stderrPath: String? = nil
    ) throws {
      let tag = UUID().uuidString
      outPath = (folder as NSString).appendingPathComponent(".out-\(tag)")
      errPath = (folder as NSString).appendingPathComponent(".err-\(tag)")
      FileManager.default.createFile(atPath: outPath, contents: nil)
      FileManager.default.createFile(atPath: errPath, contents: nil)
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = arguments
      process.currentDirectoryURL = URL(fileURLWithPath: folder)
      var environment = ProcessInfo.processInfo.environment
      environment["LANG"] = "C.UTF-8"
      environment.removeValue(forKey: "TUPU_DB")
      process.environment = environment
      process.standardOutput = FileHandle(forWritingAtPath: stdoutPath ?? outPath)
      process.standardError = FileHandle(forWritingAtPath: stderrPath ?? errPath)
      if let stdin {
        let pipe = Pipe()
        process.standardInput = pipe
        try process.run()
        pipe.fileHandleForWriting.write(Data(stdin.utf8))
        try pipe.fileHandleForWriting.close()
      } else {
        process.standardInput = FileHandle.nullDevice
        try process.run()
      }
    }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits until the process has written `text` to standard output; false at the time limit
    /// or when it exits without writing it.
    func waitForOutput(_ text: String, seconds: Double = 30) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        let written = FileManager.default.contents(atPath: outPath) ?? Data()
        if String(decoding: written, as: UTF8.self).contains(text) { return true }
        if !process.isRunning { return false }
        Thread.sleep(forTimeInterval: 0.01)
      }
      return false
    }

    /// What the process has written to standard output so far.
    var outputSoFar: String {
      String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
    }

    func wait() -> Result {
      process.waitUntilExit()
      let seconds = Date().timeIntervalSince(started)
      let read = { (path: String) in
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
      }
      defer {
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
      }
      return Result(
        status: process.terminationStatus, reason: process.terminationReason,
        stdout: read(outPath), stderr: read(errPath), seconds: seconds)
    }
  }

  static func tupu(_ arguments: [String], in folder: String) throws -> Result {
    try Running(binary, arguments, in: folder).wait()
  }

  /// `tupu` with standard output sent to `stdout` (a device such as `/dev/full`).
  static func tupu(_ arguments: [String], in folder: String, stdout: String) throws -> Result {
    try Running(binary, arguments, in: folder, stdoutPath: stdout).wait()
  }

  /// `tupu` with `stdin` piped to it.
  static func tupu(_ arguments: [String], in folder: String, stdin: String) throws -> Result {
    try Running(binary, arguments, in: folder, stdin: stdin).wait()
  }

  /// `sqlite3 -batch DB SQL` (the CLI, so that the check does not trust Tupu's own code).
  static func sqlite(_ database: String, _ sql: String, in folder: String) throws -> String {
    let result = try Running("/usr/bin/env", ["sqlite3", "-batch", database, sql], in: folder)
      .wait()
    if result.status != 0 {
      throw CheckFailure("sqlite3 failed (\(result.status)): \(result.stderr)")
    }
    return result.stdout
  }

  struct CheckFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
