import Foundation
import TupuDiagnostics

extension GraphvizRenderer {
  /// The picture `dot` draws of `dot`, in memory (for a web server, which has no file to
  /// write). `dot` is stopped after `seconds`: a huge graph must not hold a request forever.
  public func picture(_ dot: String, as format: PictureFormat, seconds: Double = 20) throws
    -> Data
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-T" + format.rawValue]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw Diagnostic("cannot run \(executable): \(error.localizedDescription)")
    }
    // NB: both pipes are read on other threads while we write, so that neither fills.
    nonisolated(unsafe) var picture = Data()
    nonisolated(unsafe) var message = Data()
    let reading = DispatchGroup()
    for (pipe, isPicture) in [(output, true), (errors, false)] {
      reading.enter()
      DispatchQueue.global().async {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        if isPicture { picture = data } else { message = data }
        reading.leave()
      }
    }
    input.fileHandleForWriting.write(Data(dot.utf8))
    try? input.fileHandleForWriting.close()
    if reading.wait(timeout: .now() + seconds) == .timedOut {
      process.terminate()
      reading.wait()
      process.waitUntilExit()
      throw Diagnostic(
        "Graphviz took longer than \(Int(seconds)) s to draw the picture and was stopped",
        hint: "draw less: a smaller depth")
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let complaint = String(decoding: message, as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      throw Diagnostic(
        "Graphviz could not draw the picture" + (complaint.isEmpty ? "" : ": \(complaint)"))
    }
    return picture
  }
}
