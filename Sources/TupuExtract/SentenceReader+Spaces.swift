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
  /// folded otherwise). A line break is no such space (a name may wrap); a blank line, which
  /// ends a paragraph, is.
  static func spaces(in original: ArraySlice<Unicode.Scalar>, count: Int) -> [Bool] {
    // NB: most sentences hold no space at all; they need no table (no space parts anything).
    guard original.contains(where: { isWordSpace($0) || $0 == "\n" }) else { return [] }
    var spaces: [Bool] = []
    spaces.reserveCapacity(count)
    var pendingLayout = false
    var pendingSpace = false
    var previousIsWord = false
    var lineBreaks = 0
    for scalar in original {
      if LayoutText.isLayoutSpace(scalar) {
        pendingLayout = true
        if isWordSpace(scalar) { pendingSpace = true }
        if scalar == "\n" {
          lineBreaks += 1
          if lineBreaks >= 2 { pendingSpace = true }
        }
        continue
      }
      lineBreaks = 0
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

extension SentenceText {
  /// Whether a break in the layout right before `index` parts a headline's lead from the name of
  /// an event that opens there with its edition or its year (某某 第十一届某某节开幕, 某某,某某
  /// followed by a blank line and 第七届某某节开幕式): a space or a blank line stood there (`spaces`,
  /// as `SentenceReader.spaces(in:count:)` gives them) after an ideograph.
  func leadEnds(before index: Int, spaces: [Bool]) -> Bool {
    guard index > 0, index < spaces.count, index < text.count, spaces[index],
      SentenceReader.isIdeograph(text[index - 1]),
      // 柳塘县 第三届某某节: a division written before the space is the name's own.
      !divisionEnds.contains(text[index - 1])
    else { return false }
    return opensWithEdition(at: index)
  }

  /// Whether a name opens at `index` with its edition (首届, 第十一届) or its year (2024某某节,
  /// 2024年某某节).
  func opensWithEdition(at index: Int) -> Bool {
    if index + 1 < text.count, text[index] == "首", text[index + 1] == "届" { return true }
    if text[index] == "第" {
      var position = index + 1
      while position < text.count, position - index <= 4,
        SentenceReader.isDigit(text[position]) || SentenceReader.termDigits.contains(text[position])
      {
        position += 1
      }
      return position > index + 1 && position < text.count && text[position] == "届"
    }
    var digits = index
    while digits < text.count, SentenceReader.isDigit(text[digits]) { digits += 1 }
    return digits - index == 4 && (text[index] == "1" || text[index] == "2")
      && digits < text.count && SentenceReader.isIdeograph(text[digits])
  }
}

/// The level words a division written before an event's name ends with (某某县, 某某镇); not 州,
/// 乡 or 村, which end slogans too (五彩某州, 美丽乡村).
private let divisionEnds: ScalarChoice = ["省", "市", "县", "区", "镇"]
