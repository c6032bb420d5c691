import Foundation
import TupuDiagnostics

/// A PDF's text through poppler's `pdftotext` (reading order, like the bundled page).
enum PDFText {
  static let installHint =
    "install poppler's pdftotext: `apt-get install poppler-utils` (Debian/Ubuntu), "
    + "`dnf install poppler-utils` (Fedora) or `brew install poppler` (macOS); "
    + "or save the page's text yourself and give Tupu the .txt"

  /// Where to look for `pdftotext`: `$PATH`, then the usual places.
  static var searchPath: [String] {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map(String.init) + [
      "/usr/bin", "/usr/local/bin", "/opt/homebrew/bin",
    ]
  }

  static func executable(in directories: [String] = searchPath) -> String? {
    for directory in directories {
      let candidate = "\(directory)/pdftotext"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static func extract(_ bytes: [UInt8], path: String, searchPath: [String] = searchPath) throws
    -> String
  {
    guard let tool = executable(in: searchPath) else {
      throw Diagnostic("cannot read \(path): pdftotext is not installed", hint: installHint)
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("tupu-pdf-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("page.pdf")
    let output = directory.appendingPathComponent("page.txt")
    do {
      try Data(bytes).write(to: input)
    } catch {
      throw Diagnostic("cannot read \(path): could not write a temporary copy for pdftotext")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = ["-enc", "UTF-8", "-eol", "unix", input.path, output.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw Diagnostic("cannot run \(tool) on \(path): \(error)", hint: installHint)
    }
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(
        in: .whitespacesAndNewlines)
      throw Diagnostic(
        "pdftotext could not read \(path)" + (detail.isEmpty ? "" : ": \(detail)"),
        hint: "check that the file is a PDF and not damaged or password-protected")
    }
    guard let data = FileManager.default.contents(atPath: output.path) else {
      throw Diagnostic("pdftotext gave no output for \(path)")
    }
    // pdftotext ends pages with a form feed: a page break is a paragraph break.
    let text = String(decoding: data, as: UTF8.self).replacingOccurrences(
      of: "\u{0C}", with: "\n\n")
    if !text.unicodeScalars.contains(where: { !LayoutText.isLayoutSpace($0) }) {
      // NB: without poppler-data, pdftotext reads no character of a PDF whose Chinese font
      // uses Adobe's CJK mappings (Adobe-GB1), and only says so on stderr.
      if String(decoding: message, as: UTF8.self).contains("Missing language pack") {
        throw Diagnostic(
          "pdftotext cannot read the Chinese fonts of \(path): its language pack is missing",
          hint: "install poppler-data (apt-get install poppler-data) and read the file again")
      }
      throw Diagnostic(
        "\(path) has no text layer (a scanned image?)",
        hint: "run OCR on it first (e.g. `ocrmypdf --language chi_sim in.pdf out.pdf`)")
    }
    return text
  }
}
