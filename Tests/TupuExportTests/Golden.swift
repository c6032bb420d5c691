import Foundation
import Testing

/// Golden files under `Tests/TupuExportTests/Golden/`: the test compares output with the file;
/// with `TUPU_RECORD_GOLDEN=1` in the environment it writes the file instead (review the diff).
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["TUPU_RECORD_GOLDEN"] == "1"
  }

  static func check(
    _ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "no golden file \(name): run with TUPU_RECORD_GOLDEN=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(
      actual == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
  }
}
