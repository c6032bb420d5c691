import TupuText

extension SentenceReader {
  /// Whether a space of the original text, removed by the repair, parts two words at `index`
  /// (记者 甲某 乙某某, 甲某某 某某公司 总经理): a space stood there, between ideographs, and a run of two
  /// or more ideographs touches it on one side. A space inside a name written to a fixed width
  /// (张 英, 赵 顺) or between the letters of a letter-spaced line (县 委 书 记) parts nothing: one
  /// ideograph stands on each side.
  func spaceSeparates(at index: Int) -> Bool {
    guard index > 0, index < spaces.count, spaces[index], Self.isIdeograph(text[index]),
      Self.isIdeograph(text[index - 1])
    else { return false }
    return wordRun(endingAt: index) >= 2 || wordRun(startingAt: index) >= 2
  }

  /// The ideographs before `index` back to the previous space (at most two counted).
  private func wordRun(endingAt index: Int) -> Int {
    var count = 0
    var position = index - 1
    while position >= 0, count < 2, Self.isIdeograph(text[position]) {
      count += 1
      if spaces[position] { break }
      position -= 1
    }
    return count
  }

  /// The ideographs from `index` on up to the next space (at most two counted).
  private func wordRun(startingAt index: Int) -> Int {
    var count = 0
    var position = index
    while position < text.count, count < 2, Self.isIdeograph(text[position]) {
      count += 1
      position += 1
      if position < spaces.count, spaces[position] { break }
    }
    return count
  }

  /// For each scalar of the repaired `original` (as `LayoutText.compacted` gives it), whether a
  /// space or tab stood before it there; empty when the repair's length is not `count` (a text
  /// folded otherwise). Line breaks are no such space: a name may wrap.
  static func spaces(in original: ArraySlice<Unicode.Scalar>, count: Int) -> [Bool] {
    // NB: most sentences hold no space at all; they need no table (no space parts anything).
    guard original.contains(where: isWordSpace) else { return [] }
    var spaces: [Bool] = []
    spaces.reserveCapacity(count)
    var pendingLayout = false
    var pendingSpace = false
    var previousIsWord = false
    for scalar in original {
      if LayoutText.isLayoutSpace(scalar) {
        pendingLayout = true
        if isWordSpace(scalar) { pendingSpace = true }
        continue
      }
      let v = LayoutText.fold(scalar).value
      let isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
      if pendingLayout && previousIsWord && isWord { spaces.append(false) }
      spaces.append(pendingSpace)
      pendingLayout = false
      pendingSpace = false
      previousIsWord = isWord
    }
    return spaces.count == count ? spaces : []
  }

  /// A space, a tab, a no-break or an ideographic space: what parts words in a line.
  private static func isWordSpace(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x3000
  }
}
