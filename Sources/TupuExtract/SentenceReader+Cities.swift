import TupuOntology

extension SentenceReader {
  /// 今后两市, 小康三市, 中省市政策, 市城市规划: a numeral right before 市, or another level word
  /// (省, 市, 县) among its characters, makes 市 a word of counting or of levels, no city's
  /// suffix, unless the country's lists know the whole name.
  func isCityOfWords(_ name: Range<Int>, word: String) -> Bool {
    guard word == "市", name.count >= 3 else { return false }
    let own = name.lowerBound..<(name.upperBound - 1)
    let counted = Self.countNumerals.contains(text[own.upperBound - 1])
    let levels = own.contains { "省市县".unicodeScalars.contains(text[$0]) }
    guard counted || levels else { return false }
    return !lexicon.list(.prefecture).contains(text[name])
      && !lexicon.list(.countyCity).contains(text[name])
  }

  /// The short name of a prefecture the country's lists know as 某某地区, written right before its
  /// 地委 or 行署 (某某 + 地委), if one is.
  func prefectureNameBefore(_ own: Range<Int>, body: String) -> Range<Int>? {
    guard Self.prefectureBodies.contains(body), own.count >= 2 else { return nil }
    let prefectures = lexicon.list(.prefecture)
    for length in 2...min(4, own.count) {
      let name = (own.upperBound - length)..<own.upperBound
      if prefectures.contains((Array(text[name]) + Self.prefectureWord)[...]) { return name }
    }
    return nil
  }

  static let prefectureBodies: WordSet = ["地委", "行署"]
  static let prefectureWord = Array("地区".unicodeScalars)

  /// 三名县派第一书记, 三位某镇在外人士, 两处街道, 新一届镇人大: a count (a numeral and its
  /// classifier, or a term's 届) before a level word is no part of a division's name. Returns
  /// where the name starts after it (the start itself when no count stands inside).
  func startAfterCount(_ start: Int, index: Int) -> Int {
    var result = start
    // 第26期某市, 3批某镇: a classifier right after digits (which end the pending name) is no
    // part of the name either.
    if start > 0, start + 2 < index, Self.countClassifiers.contains(text[start]),
      Self.digits.contains(text[start - 1])
    {
      result = start + 1
    }
    var position = start + 1
    while position < index {
      if Self.countClassifiers.contains(text[position]),
        Self.countNumerals.contains(text[position - 1])
      {
        result = position + 1
      }
      position += 1
    }
    return result
  }

  static let countClassifiers = ScalarChoice("名位处届个批期".unicodeScalars)
  static let digits = ScalarChoice("0123456789０１２３４５６７８９".unicodeScalars)
  static let countNumerals = ScalarChoice("一二三四五六七八九十两几多".unicodeScalars)
}
