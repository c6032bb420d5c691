import Testing

@testable import TupuText

/// The date reader's one pass over a page's top against the split, search and counts it
/// replaced, on generated text.
@Suite("Document dates: the lines of a page's top")
struct TopLineTests {
  static let pieces = [
    "\n", "\r", "\r\n", "\n\n", "2023", "年", "６", "月", "日", "发布时间：", " ", "　", "某区", "召开",
    "会议", "。", "A", "𠀀", "é", "一二三", "\u{4DFF}", "\u{4E00}", "\u{9FFF}", "\u{A000}", "\u{FF19}",
    "\u{FF1A}", "9", "0",
  ]

  @Test("each line, its digits, 年, its length and its CJK count are those of a plain split")
  func linesAgreeWithSplit() {
    var generator = Xorshift()
    func next(_ bound: Int) -> Int { generator.next(bound) }
    for round in 0..<300 {
      var text = ""
      for _ in 0..<next(80) { text += Self.pieces[next(Self.pieces.count)] }
      let limit = 1 + next(120)
      let expected = text.unicodeScalars.prefix(limit)
        .split(whereSeparator: { $0 == "\n" || $0 == "\r" })
      var lines: [DocumentDates.TopLine] = []
      DocumentDates.forEachTopLine(of: text, limit: limit) { line in
        lines.append(line)
        return true
      }
      #expect(lines.map { Array($0.scalars) } == expected.map { Array($0) }, "round \(round)")
      for (line, plain) in zip(lines, expected) {
        #expect(line.count == plain.count)
        #expect(line.cjk == DocumentDates.cjkCount(plain))
        #expect(line.hasYear == plain.contains("年"))
        #expect(
          line.hasDigit
            == plain.contains { DocumentDates.isDigit($0) || (0xFF10...0xFF19).contains($0.value) })
      }
    }
  }
}
