import Foundation
import Testing
import TupuDiagnostics

@testable import TupuText

/// A big file is read in parts cut between pages; each part is read as the page it is, with
/// offsets and article numbers of the whole file.
@Suite("Big files in parts")
struct TextPartsTests {
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  /// The bundled page `copies` times, each with its own district name, pages parted by a form
  /// feed as pdftotext parts them.
  static func pages(_ copies: Int) throws -> String {
    let page = try String(contentsOfFile: Fixtures.bundledPagePath, encoding: .utf8)
    return (0..<copies).map { page.replacingOccurrences(of: "魏都区", with: "魏都区\($0)") }
      .joined(separator: "\u{0C}")
  }

  static func readParts(_ path: String, partBytes: Int) throws -> [ReadDocument] {
    var parts = try TextPipeline.parts(path: path, partBytes: partBytes)
    var read: [ReadDocument] = []
    while let part = try parts.next() { read.append(part) }
    return read
  }

  /// Article by article: number, kind, headline, byline, range, and every sentence.
  static func outline(_ articles: [Article]) -> [String] {
    articles.map { article in
      "\(article.index) \(article.kind) [\(article.start), \(article.end)) "
        + "\(article.headline ?? "-") / \(article.byline ?? "-") :: "
        + article.sentences.map { "\($0.index)[\($0.start),\($0.end))\($0.text)" }.joined(
          separator: " | ")
    }
  }

  /// The first line where two outlines differ, or nil (a whole outline is too long to print).
  static func firstDifference(_ a: [String], _ b: [String]) -> String? {
    for (x, y) in zip(a, b) where x != y { return "\(x.prefix(300))\n≠\n\(y.prefix(300))" }
    return a.count == b.count ? nil : "\(a.count) articles ≠ \(b.count)"
  }

  /// Offsets of every sentence of every part checked against the whole file's text.
  static func offsetViolations(_ parts: [ReadDocument], wholeText: String) -> [String] {
    let scalars = Array(wholeText.unicodeScalars)
    var problems: [String] = []
    for part in parts {
      let base = part.originalTextStart
      let own = Array(part.originalText.unicodeScalars)
      if Array(scalars[base..<(base + own.count)]) != own {
        problems.append("part at \(base) is not the file's text there")
      }
      for sentence in part.articles.flatMap(\.sentences) {
        let original = LayoutText.compacted(scalars[sentence.start..<sentence.end])
        if original != sentence.text { problems.append("\(original) ≠ \(sentence.text)") }
      }
    }
    return problems
  }

  @Test("parted at page breaks, a file gives exactly the articles and sentences of a whole read")
  func partsEqualWhole() throws {
    let text = try Self.pages(12)
    let path = try Fixtures.write(Array(text.utf8), named: "year.txt")
    let whole = try TextPipeline.read(path: path)
    let parts = try Self.readParts(path, partBytes: 40_000)
    #expect(parts.count > 3)
    #expect(
      Self.firstDifference(Self.outline(parts.flatMap(\.articles)), Self.outline(whole.articles))
        == nil)
    #expect(Self.offsetViolations(parts, wholeText: whole.originalText) == [])
    #expect(parts.allSatisfy { $0.contentHash == whole.contentHash })
    #expect(parts.first?.title == whole.title && parts.first?.date == whole.date)
  }

  @Test("a file no bigger than a part is one part, read as TextPipeline.read reads it")
  func smallFileIsOnePart() throws {
    var parts = try TextPipeline.parts(path: Fixtures.bundledPagePath)
    #expect(parts.isOnePart)
    let part = try #require(try parts.next())
    #expect(try parts.next() == nil)
    let whole = try Fixtures.bundledPage()
    #expect(Self.firstDifference(Self.outline(part.articles), Self.outline(whole.articles)) == nil)
    #expect(part.originalText == whole.originalText && part.contentHash == whole.contentHash)
  }

  @Test("GB18030 stays GB18030 in every part")
  func gb18030Parts() throws {
    let data = try #require(try Self.pages(8).data(using: Self.gb18030))
    let path = try Fixtures.write([UInt8](data), named: "gb.txt")
    let whole = try TextPipeline.read(path: path)
    let parts = try Self.readParts(path, partBytes: 20_000)
    #expect(parts.count > 2)
    #expect(parts.allSatisfy { $0.encoding == "GB18030" })
    #expect(
      Self.firstDifference(Self.outline(parts.flatMap(\.articles)), Self.outline(whole.articles))
        == nil)
  }

  @Test("a bad byte in a later part is reported at its place in the file")
  func badByteLater() throws {
    var bytes = Array(try Self.pages(8).utf8)
    let bad = bytes.count - 5_000
    // Keep the bytes around it whole characters: put the bad byte after an ASCII line break.
    let lineBreak = try #require(bytes[..<bad].lastIndex(of: UInt8(ascii: "\n")))
    bytes.insert(0xFF, at: lineBreak + 1)
    let path = try Fixtures.write(bytes, named: "damaged.txt")
    let error = try #require(throws: Diagnostic.self) {
      _ = try Self.readParts(path, partBytes: 30_000)
    }
    #expect(error.location?.byteOffset == lineBreak + 1)
    #expect(error.message.contains("not valid UTF-8 at byte \(lineBreak + 1)"))
  }

  @Test("without line breaks a part still ends between characters")
  func noLineBreaks() throws {
    let text = String(repeating: "何长成主持召开全区重点项目要素保障工作例会。", count: 3_000)
    let path = try Fixtures.write(Array(text.utf8), named: "one-line.txt")
    let parts = try Self.readParts(path, partBytes: 10_000)
    #expect(parts.count > 5)
    #expect(parts.map(\.originalText).joined() == text)
    #expect(Self.offsetViolations(parts, wholeText: text) == [])
  }
}
