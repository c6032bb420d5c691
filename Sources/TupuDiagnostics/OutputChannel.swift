import Foundation

/// Where results are written — standard output or a file — with every write and the close
/// checked, so that a full disk or a closed device is an error a person sees, never a crash or
/// a silent loss.
///
///     try OutputChannel.standardOutput.write("a\tb\n")
///     // error: cannot write standard output: no space left on device
public struct OutputChannel: Sendable {
  /// The file descriptor written to.
  public let descriptor: Int32
  /// How messages name it: "standard output" or the file's path.
  public let name: String

  public init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
  }

  public static let standardOutput = OutputChannel(
    descriptor: STDOUT_FILENO, name: "standard output")
  public static let standardError = OutputChannel(
    descriptor: STDERR_FILENO, name: "standard error")

  /// Opens `path` for writing, created or truncated in place.
  ///
  /// NB: not through a temporary file renamed over the path: `/dev/null` run as root would be
  /// replaced by a plain file.
  public static func create(_ path: String) throws(OutputFailure) -> OutputChannel {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputFailure(name: path, code: errno) }
    return OutputChannel(descriptor: descriptor, name: path)
  }

  /// Writes all of `text`, retrying short writes; throws on the first failure.
  public func write(_ text: String) throws(OutputFailure) {
    var bytes = Array(text.utf8)
    try write(bytes: &bytes)
  }

  public func write(bytes: inout [UInt8]) throws(OutputFailure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.write(descriptor, base + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputFailure(name: name, code: errno)
      }
      offset += written
    }
  }

  /// Closes a file opened with `create`; a failed close (NFS, a full disk) loses data too.
  public func close() throws(OutputFailure) {
    if Foundation.close(descriptor) != 0 { throw OutputFailure(name: name, code: errno) }
  }
}

/// A write that failed: which output, and the system's reason.
public struct OutputFailure: Error, DiagnosticConvertible, Hashable, Sendable {
  public var name: String
  public var reason: String

  public init(name: String, code: Int32) {
    self.name = name
    let text = String(cString: strerror(code))
    // "No space left on device" reads as part of our sentence: lower-case its first letter.
    reason = text.prefix(1).lowercased() + text.dropFirst()
  }

  public init(name: String, reason: String) {
    self.name = name
    self.reason = reason
  }

  public var diagnostic: Diagnostic {
    Diagnostic(
      "cannot write \(name): \(reason)",
      hint: name == "standard output"
        ? "the output was cut short; send it somewhere with room (another disk, a pipe)"
        : "check that the folder exists, is writable and has room")
  }
}
