/// Splits repaired text into sentences: at 。！？ (and ! ?) and a trailing ellipsis outside
/// quotes and brackets, and at ；where it ends a clause — not in the genre's enumerations
/// (要求，…；…；… or three or more parallel clauses), which stay one sentence.
struct SentenceSplitter {
  let values: [UInt32]

  let table: [UInt8] = ScalarTable.bits

  /// Openers in `range` that are never closed in it (a quote running on into the next
  /// paragraph, as Chinese print does, or a broken dump): they must not hold a sentence open.
  /// Closers without an opener in `range` are the end of a quote begun in an earlier
  /// paragraph: the sentence they close goes on to its attribution (…。”书记说。).
  private func unmatchedBrackets(_ range: Range<Int>) -> (openers: Set<Int>, closers: Set<Int>) {
    var stack: [Int] = []
    var closers: Set<Int> = []
    for i in range {
      let v = values[i]
      guard v < 0x10000 else { continue }
      let flags = table[Int(v)]
      if flags & ScalarTable.opener != 0 {
        stack.append(i)
      } else if flags & ScalarTable.closer != 0 {
        if stack.isEmpty { closers.insert(i) } else { stack.removeLast() }
      }
    }
    return (Set(stack), closers)
  }

  func split(_ range: Range<Int>) -> [Range<Int>] {
    // NB: most paragraphs balance their brackets; only the others pay for the bracket analysis.
    if let sentences = split(range, unmatched: [], strayClosers: [], checked: false) {
      return sentences
    }
    let brackets = unmatchedBrackets(range)
    return split(range, unmatched: brackets.openers, strayClosers: brackets.closers, checked: true)
      ?? []
  }

  /// nil when `checked` is false and the brackets turn out unbalanced.
  private func split(
    _ range: Range<Int>, unmatched: Set<Int>, strayClosers: Set<Int>, checked: Bool
  ) -> [Range<Int>]? {
    var sentences: [Range<Int>] = []
    var start = range.lowerBound
    var depth = 0
    var semicolons: [Int] = []
    var i = range.lowerBound
    let end = range.upperBound
    let marks = ScalarTable.opener | ScalarTable.closer | ScalarTable.terminal
    while i < end {
      let v = values[i]
      let flags = v < 0x10000 ? table[Int(v)] : 0
      if flags & marks == 0 && v != 0x2026 && v != 0xFF1B && v != 0x3B {
        i += 1
        continue
      }
      if flags & ScalarTable.opener != 0 {
        if unmatched.isEmpty || !unmatched.contains(i) { depth += 1 }
      } else if flags & ScalarTable.closer != 0 {
        if depth == 0 && !checked { return nil }
        depth = max(0, depth - 1)
      } else if depth == 0 && (flags & ScalarTable.terminal != 0 || isEllipsisEnd(i, end)) {
        var stop = i + 1
        var closesStrayQuote = false
        while stop < end,
          ScalarClass.isTerminal(values[stop]) || values[stop] == 0x2026 || isTrailingCloser(stop)
        {
          if isTrailingCloser(stop) && !checked { return nil }
          if strayClosers.contains(stop) { closesStrayQuote = true }
          stop += 1
        }
        if closesStrayQuote && stop < end {
          i = stop
          continue
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
    if depth > 0 && !checked { return nil }
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
    let isWord = next < 0x80 && LayoutText.isASCIIWord(Unicode.Scalar(UInt8(next)))
    return ScalarClass.isHan(next) || isWord || ScalarClass.isOpener(next)
  }

  private static let leadInCues: [[UInt32]] = [
    "要求", "强调", "指出", "表示", "提出", "认为", "明确", "部署", "介绍", "建议", "希望", "说", "称",
  ].map { $0.unicodeScalars.map(\.value) }

  private func emit(_ range: Range<Int>, semicolons: [Int], into sentences: inout [Range<Int>]) {
    guard !semicolons.isEmpty && !isEnumeration(range, semicolons: semicolons) else {
      add(range, into: &sentences)
      return
    }
    var start = range.lowerBound
    for position in semicolons {
      add(start..<(position + 1), into: &sentences)
      start = position + 1
    }
    if start < range.upperBound { add(start..<range.upperBound, into: &sentences) }
  }

  /// A piece with letters or digits is a sentence; punctuation alone joins the one before.
  private func add(_ piece: Range<Int>, into sentences: inout [Range<Int>]) {
    if piece.isEmpty { return }
    let content = ScalarTable.han | ScalarTable.asciiWord
    let hasContent = values[piece].contains { $0 >= 0x10000 || table[Int($0)] & content != 0 }
    if hasContent {
      sentences.append(piece)
    } else if let last = sentences.last, last.upperBound == piece.lowerBound {
      sentences[sentences.count - 1] = last.lowerBound..<piece.upperBound
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
