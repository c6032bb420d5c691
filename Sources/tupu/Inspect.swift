import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuText

/// `tupu inspect FILE…`: what Tupu read — documents → articles → sentences, with offsets.
struct Inspect: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Show what Tupu reads in files: documents, articles and sentences with offsets.",
    discussion: """
      Offsets are Unicode-scalar offsets [start, end) into the decoded text (for .html the \
      page's visible text, for .pdf pdftotext's output). The headline of an article is also \
      its first sentence, marked `headline`. With --format jsonl every line is one JSON \
      object: {"type":"document"…}, {"type":"article"…} or {"type":"sentence"…}.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @Argument(
    help: ArgumentHelp(
      "Text (.txt, UTF-8 or GB18030), .html or .pdf files, or folders of them.", valueName: "file"))
  var files: [String]

  @Option(name: .long, help: "Output format: text or jsonl.")
  var format: Format = .text

  @Flag(name: .long, help: "Also list the lines recognized as web-page boilerplate.")
  var showBoilerplate = false

  /// Bytes of a text file read at a time (tests make it small to read small files in parts).
  @Option(name: .customLong("part-bytes"), help: .hidden)
  var partBytes = 4 << 20

  func run() throws {
    var failures: [Diagnostic] = []
    for file in InspectReport.expand(files) {
      do {
        // Part by part: a big file is never held whole (see TextParts).
        var parts = try TextPipeline.parts(path: file, partBytes: partBytes)
        var first = true
        while let part = try parts.next() {
          switch format {
          case .text:
            try writeOutput(
              InspectReport.text(
                part, showBoilerplate: showBoilerplate, header: first, part: !parts.isOnePart)
                + "\n")
          case .jsonl:
            try writeOutput(
              InspectReport.jsonLines(part, header: first, part: !parts.isOnePart))
          }
          first = false
        }
      } catch let error as DiagnosticConvertible {
        failures.append(error.diagnostic)
      }
    }
    if !failures.isEmpty { throw report(failures, exit: ExitStatus.input) }
  }
}
