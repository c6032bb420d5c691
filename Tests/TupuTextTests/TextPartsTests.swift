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
  /// feed as pdftotext parts them (or by `separator`).
  static func pages(_ copies: Int, separator: String = "\u{0C}") throws -> String {
    let page = try String(contentsOfFile: Fixtures.bundledPagePath, encoding: .utf8)
    return (0..<copies).map { page.replacingOccurrences(of: "魏都区", with: "魏都区\($0)") }
      .joined(separator: separator)
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
    // The first few say enough; a shifted offset makes every later sentence differ.
    return problems.count <= 3 ? problems : problems.prefix(3) + ["… \(problems.count) in all"]
  }

  /// Article numbers unique and rising through the file, part after part.
  static func numberedOn(_ parts: [ReadDocument]) -> Bool {
    let numbers = parts.flatMap { $0.articles.map(\.index) }
    return zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }
      && zip(parts, parts.dropFirst()).allSatisfy {
        $1.firstArticleIndex >= $0.boilerplateArticleIndex
      }
  }

  @Test("parted at page breaks, a file gives exactly the articles and sentences of a whole read")
  func partsEqualWhole() throws {
    let text = try Self.pages(20)
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
    #expect(Self.numberedOn(parts))
  }

  @Test("pages joined with blank lines between them: parts end there, as at page breaks")
  func partsAtGaps() throws {
    // The page ends in two blank lines and has single ones inside, even inside a sentence.
    let text = try Self.pages(20, separator: "")
    let path = try Fixtures.write(Array(text.utf8), named: "year.txt")
    let whole = try TextPipeline.read(path: path)
    let parts = try Self.readParts(path, partBytes: 30_000)
    #expect(parts.count > 5)
    #expect(parts.dropLast().allSatisfy { $0.originalText.hasSuffix("\n\n\n") })
    #expect(
      Self.firstDifference(Self.outline(parts.flatMap(\.articles)), Self.outline(whole.articles))
        == nil)
    #expect(Self.offsetViolations(parts, wholeText: whole.originalText) == [])
  }

  @Test("with single blank lines only, a part ends at one, and offsets still count in the file")
  func partsAtBlankLines() throws {
    let page = try String(contentsOfFile: Fixtures.bundledPagePath, encoding: .utf8)
    let text = try Self.pages(20, separator: "").replacingOccurrences(of: "\n\n\n", with: "\n\n")
    #expect(page.contains("\n\n\n") && !text.contains("\n\n\n"))
    let path = try Fixtures.write(Array(text.utf8), named: "year.txt")
    let whole = try TextPipeline.read(path: path)
    let parts = try Self.readParts(path, partBytes: 30_000)
    #expect(parts.count > 5)
    #expect(parts.dropLast().allSatisfy { $0.originalText.hasSuffix("\n\n") })
    #expect(Self.offsetViolations(parts, wholeText: whole.originalText) == [])
    #expect(Self.numberedOn(parts))
    let last = try #require(parts.last)
    #expect(
      last.originalTextStart + last.originalText.unicodeScalars.count
        == whole.originalText.unicodeScalars.count)
  }

  @Test("files joined with their byte-order marks: a later mark is a character, offsets hold")
  func concatenatedByteOrderMarks() throws {
    // `cat *.txt > year.txt` of files saved with a BOM: a part may begin with EF BB BF.
    let text = "\u{FEFF}" + (try Self.pages(12, separator: "\u{0C}\u{FEFF}"))
    let path = try Fixtures.write(Array(text.utf8), named: "joined.txt")
    let whole = try TextPipeline.read(path: path)
    let parts = try Self.readParts(path, partBytes: 30_000)
    #expect(parts.dropFirst().contains { $0.originalText.hasPrefix("\u{FEFF}") })
    #expect(Self.offsetViolations(parts, wholeText: whole.originalText) == [])
    #expect(
      Self.firstDifference(Self.outline(parts.flatMap(\.articles)), Self.outline(whole.articles))
        == nil)
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
    #expect(Self.offsetViolations(parts, wholeText: whole.originalText) == [])
  }

  @Test("an ASCII preface leaves the encoding to the first part with Chinese in it")
  func asciiPrefaceThenGB18030() throws {
    let preface = (0..<2_000).map { "Archive index, line \($0)\n" }.joined()
    let data = try #require(try (preface + "\u{0C}" + Self.pages(4)).data(using: Self.gb18030))
    let path = try Fixtures.write([UInt8](data), named: "archive.txt")
    let whole = try TextPipeline.read(path: path)
    let parts = try Self.readParts(path, partBytes: 10_000)
    #expect(whole.encoding == "GB18030")
    let first = try #require(parts.first)
    #expect(first.originalText.utf8.count == first.originalText.unicodeScalars.count, "all ASCII")
    #expect(parts.count > 3 && parts.last?.encoding == "GB18030")
    #expect(Self.offsetViolations(parts, wholeText: whole.originalText) == [])
  }

  @Test(
    "a bad byte in a later part is reported at its place in the file",
    arguments: ["UTF-8", "GB18030"])
  func badByteLater(encoding: String) throws {
    let text = try Self.pages(8)
    var bytes =
      encoding == "UTF-8"
      ? Array(text.utf8) : [UInt8](try #require(text.data(using: Self.gb18030)))
    let bad = bytes.count - 5_000
    // Keep the bytes around it whole characters: put the bad byte after an ASCII line break.
    let lineBreak = try #require(bytes[..<bad].lastIndex(of: UInt8(ascii: "\n")))
    bytes.insert(0xFF, at: lineBreak + 1)
    let path = try Fixtures.write(bytes, named: "damaged.txt")
    let error = try #require(throws: Diagnostic.self) {
      _ = try Self.readParts(path, partBytes: 30_000)
    }
    #expect(error.location?.source == path)
    #expect(error.location?.byteOffset == lineBreak + 1)
    // UTF-8: "… is not valid UTF-8 at byte N"; GB18030: "… is not GB18030 (invalid at byte N)".
    #expect(error.message.contains("\(encoding)"), "\(error.message)")
    #expect(error.message.contains("at byte \(lineBreak + 1)"), "\(error.message)")
  }

  /// One, two, three and four bytes a character in UTF-8: 36 bytes. With no line break a part
  /// would end at 2 × its size: 20_000 is inside 召, 20_004 inside 开, 20_006 inside é,
  /// 20_014 inside 。, 20_026 and 20_028 inside 𠮷 (20_000 = 555 × 36 + 20).
  static let mixedWidths = "何长成𠮷主持召开é会议。"

  @Test(
    "without line breaks a part still ends between characters, wherever the part size lands",
    arguments: [10_000, 10_002, 10_003, 10_007, 10_013, 10_014])
  func noLineBreaks(partBytes: Int) throws {
    let text = String(repeating: Self.mixedWidths, count: 2_000)
    let path = try Fixtures.write(Array(text.utf8), named: "one-line.txt")
    let parts = try Self.readParts(path, partBytes: partBytes)
    #expect(parts.count > 2)
    #expect(parts.map(\.originalText).joined() == text)
    #expect(Self.offsetViolations(parts, wholeText: text) == [])
  }

  @Test("in GB18030 a part ends only at a line break, however long the line")
  func gb18030LongLines() throws {
    let line = String(repeating: Self.mixedWidths, count: 800) + "\n"
    let text = String(repeating: line, count: 3)
    let data = try #require(text.data(using: Self.gb18030))
    let path = try Fixtures.write([UInt8](data), named: "lines-gb.txt")
    let parts = try Self.readParts(path, partBytes: 4_096)
    #expect(parts.count == 3)
    #expect(parts.allSatisfy { $0.encoding == "GB18030" && $0.originalText == line })
    #expect(Self.offsetViolations(parts, wholeText: text) == [])
  }
}
