import Foundation
import TupuDiagnostics

/// Turns DOT into a picture with Graphviz's `dot`, when it is installed.
public struct GraphvizRenderer: Sendable {
  public enum PictureFormat: String, Sendable, CaseIterable {
    case svg, png
  }

  /// The `dot` program, found on `PATH`.
  public var executable: String

  /// - Parameter searchPath: the folders to look in (default: `$PATH`).
  /// - Throws: a `Diagnostic` saying how to install Graphviz when `dot` is not found.
  public init(searchPath: String? = nil) throws {
    let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let candidates = path.split(separator: ":").map { "\($0)/dot" }
    guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:))
    else {
      throw Diagnostic(
        "cannot draw the picture: Graphviz's `dot` is not installed",
        hint: "install it (Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew install "
          + "graphviz), or write DOT with --format dot -o FILE and render it elsewhere")
    }
    executable = found
  }

  /// Runs `dot -T<format> -o <file>` on `dot`; Graphviz's complaints become the error.
  public func render(_ dot: String, as format: PictureFormat, to file: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-T" + format.rawValue, "-o", file]
    let input = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw Diagnostic("cannot run \(executable): \(error.localizedDescription)")
    }
    // NB: read stderr on another thread: a chatty `dot` could fill the pipe while we write.
    nonisolated(unsafe) var message = Data()
    let reading = DispatchGroup()
    reading.enter()
    DispatchQueue.global().async {
      message = errors.fileHandleForReading.readDataToEndOfFile()
      reading.leave()
    }
    // NB: checked, not `write(_:)`, which traps when `dot` has gone; its exit status says why.
    try? input.fileHandleForWriting.write(contentsOf: Data(dot.utf8))
    try? input.fileHandleForWriting.close()
    reading.wait()
    process.waitUntilExit()
    let complaint = String(decoding: message, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard process.terminationStatus == 0 else {
      throw Diagnostic(
        "Graphviz could not draw \(file)" + (complaint.isEmpty ? "" : ": \(complaint)"),
        hint: "check that the folder of \(file) exists and is writable")
    }
  }
}
