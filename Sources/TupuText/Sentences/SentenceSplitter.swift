/// Splits repaired text into sentences: at 。！？ (and ! ?) and a trailing ellipsis outside
/// quotes and brackets, and at ；where it ends a clause — not in the genre's enumerations
/// (要求，…；…；… or three or more parallel clauses), which stay one sentence.
struct SentenceSplitter {
  let values: [UInt32]

  func split(_ range: Range<Int>) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = range.lowerBound
    var depth = 0
    var semicolons: [Int] = []
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let v = values[i]
      if ScalarClass.isOpener(v) {
        depth += 1
      } else if ScalarClass.isCloser(v) {
        depth = max(0, depth - 1)
      } else if depth == 0 && (ScalarClass.isTerminal(v) || isEllipsisEnd(i, end)) {
        var stop = i + 1
        while stop < end, ScalarClass.isTerminal(values[stop]) || values[stop] == 0x2026 || isTrailingCloser(stop) {
          stop += 1
        }
        emit(start..<stop, semicolons: semicolons, into: &sentences)
        start = stop
        semicolons.removeAll()
        i = stop
        continue
      } else if depth == 0 && (v == 0xFF1B || v == 0x3B) {
        semicolons.append(i)
      }
      i += 1
    }
    if start < end { emit(start..<end, semicolons: semicolons, into: &sentences) }
    return sentences
  }

  /// A closing bracket right after the end of a sentence whose opener is not in the sentence
  /// (a stray closer of a broken quote): it belongs to the sentence it ends.
  private func isTrailingCloser(_ index: Int) -> Bool {
    let v = values[index]
    return v == 0x201D || v == 0x2019 || v == 0x300D || v == 0x300F
  }

  /// The last `…` of a `……` followed by more text (not by punctuation).
  private func isEllipsisEnd(_ i: Int, _ end: Int) -> Bool {
    guard values[i] == 0x2026, i > 0, values[i - 1] == 0x2026, i + 1 < end else { return false }
    let next = values[i + 1]
    return ScalarClass.isHan(next) || LayoutText.isASCIIWord(Unicode.Scalar(UInt8(truncatingIfNeeded: min(next, 0x7F))))
      && next < 0x80 || ScalarClass.isOpener(next)
  }

  private static let leadInCues: [[UInt32]] = [
    "要求", "强调", "指出", "表示", "提出", "认为", "明确", "部署", "介绍", "建议", "希望", "说", "称",
  ].map { $0.unicodeScalars.map(\.value) }

  private func emit(_ range: Range<Int>, semicolons: [Int], into sentences: inout [Range<Int>]) {
    var pieces: [Range<Int>] = [range]
    if !semicolons.isEmpty && !isEnumeration(range, semicolons: semicolons) {
      pieces = []
      var start = range.lowerBound
      for position in semicolons {
        pieces.append(start..<(position + 1))
        start = position + 1
      }
      if start < range.upperBound { pieces.append(start..<range.upperBound) }
    }
    for piece in pieces {
      if piece.isEmpty { continue }
      let hasContent = values[piece].contains { ScalarClass.isHan($0) || ($0 < 0x80 && LayoutText.isASCIIWord(Unicode.Scalar(UInt8($0)))) }
      if hasContent {
        sentences.append(piece)
      } else if let last = sentences.last, last.upperBound == piece.lowerBound {
        sentences[sentences.count - 1] = last.lowerBound..<piece.upperBound
      }
    }
  }

  /// Clauses joined by ；that list parallel items under one lead-in: keep them together.
  private func isEnumeration(_ range: Range<Int>, semicolons: [Int]) -> Bool {
    if semicolons.count >= 3 { return true }
    var bounds = [range.lowerBound]
    bounds.append(contentsOf: semicolons.map { $0 + 1 })
    bounds.append(range.upperBound)
    let firstClause = values[bounds[0]..<semicolons[0]]
    if firstClause.contains(0xFF1A) || firstClause.contains(0x3A) { return true }
    for cue in Self.leadInCues {
      var k = firstClause.startIndex
      while k + cue.count < firstClause.endIndex {
        if firstClause[k...].starts(with: cue) {
          let after = firstClause[k + cue.count]
          if after == 0xFF0C || after == 0x2C || after == 0xFF1A || after == 0x3A { return true }
        }
        k += 1
      }
    }
    let openings = (0..<(bounds.count - 1)).compactMap { index -> UInt32? in
      bounds[index] < bounds[index + 1] ? values[bounds[index]] : nil
    }
    if openings.count > 1 && Set(openings).count == 1 { return true }
    let average = range.count / (semicolons.count + 1)
    return average < 30
  }
}
