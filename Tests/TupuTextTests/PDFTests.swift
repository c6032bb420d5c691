import Foundation
import Testing
import TupuDiagnostics

@testable import TupuText

/// PDFs made in the test from the bundled page: python3 with reportlab (its built-in CID font
/// STSong-Light needs no font files) draws the page's lines; poppler's pdftotext reads it back.
@Suite("PDF newspaper pages")
struct PDFTests {
  static let python = "/usr/bin/python3"

  /// Also needs poppler-data: without it pdftotext reads no character of a CID font (the
  /// reader then says so; `scripts/install-dependencies` installs it).
  static let canMakePDF: Bool = {
    guard PDFText.executable() != nil, FileManager.default.isExecutableFile(atPath: python),
      FileManager.default.fileExists(atPath: "/usr/share/poppler/cMap/Adobe-GB1")
    else {
      return false
    }
    return (try? run(python, ["-c", "import reportlab.pdfgen.canvas"])) == 0
  }()

  static let maker = """
    import sys
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = open(sys.argv[1], encoding="utf-8").read().split("\\n")
    page = canvas.Canvas(sys.argv[2])
    y = 800
    for line in lines:
        if y < 40:
            page.showPage()
            y = 800
        page.setFont("STSong-Light", 9)
        if line.strip():
            page.drawString(40, y, line)
            y -= 16
        else:
            y -= 30  # a blank line is a wider gap, which pdftotext reads as a paragraph break
    page.save()
    """

  @discardableResult
  static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test("a PDF of the bundled page reads the same articles and sentences", .enabled(if: canMakePDF))
  func bundledPageAsPDF() throws {
    let directory = try Fixtures.temporaryDirectory()
    let script = directory.appendingPathComponent("make.py")
    try Data(Self.maker.utf8).write(to: script)
    let pdf = directory.appendingPathComponent("page.pdf").path
    let status = try Self.run(Self.python, [script.path, Fixtures.bundledPagePath, pdf])
    try #require(status == 0)
    let fromPDF = try TextPipeline.read(path: pdf)
    let fromText = try Fixtures.bundledPage()
    #expect(fromPDF.format == "pdf")
    #expect(fromPDF.articles.map(\.headline) == fromText.articles.map(\.headline))
    #expect(fromPDF.articles.map(\.kind) == fromText.articles.map(\.kind))
    #expect(Fixtures.allSentences(fromPDF) == Fixtures.allSentences(fromText))
    #expect(Fixtures.offsetViolations(fromPDF) == [])
  }

  @Test("without pdftotext, reading a PDF says how to install it")
  func missingTool() throws {
    do {
      _ = try PDFText.extract(Array("%PDF-1.4".utf8), path: "page.pdf", searchPath: [])
      Issue.record("expected an error")
    } catch let error as Diagnostic {
      #expect(error.message.contains("pdftotext is not installed"))
      #expect(error.hint?.contains("poppler-utils") == true)
    }
  }

  @Test("a damaged PDF is a clear error", .enabled(if: PDFText.executable() != nil))
  func damagedPDF() throws {
    #expect(throws: Diagnostic.self) {
      try TextPipeline.read(bytes: Array("%PDF-1.4\nnot really a pdf".utf8), path: "broken.pdf")
    }
  }
}
