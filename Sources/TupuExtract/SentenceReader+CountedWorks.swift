import TupuOntology

extension SentenceReader {
  /// 甲、乙和某生产线技改搬迁3个项目: where a count of the list's works (3个, 两个) begins when it
  /// stands right before `position`'s 项目, after at least two characters of a name from `lower`;
  /// nil when no count stands there. The count is no part of the last work's name.
  func countOfWorks(before position: Int, after lower: Int) -> Int? {
    guard position >= lower + 4, text[position - 1] == "个" else { return nil }
    let numerals = "0123456789０１２３４５６７８９一二三四五六七八九十两几多".unicodeScalars
    var start = position - 1
    while start > lower, numerals.contains(text[start - 1]) { start -= 1 }
    guard start < position - 1, start - lower >= 2 else { return nil }
    return start
  }
}

extension SentenceReader {
  /// 投资1亿8千万元的…: after a sum's 亿, the rest of it in digits and 千万元 or 万元; `position`
  /// itself when nothing of a sum follows.
  func afterAmountTail(_ position: Int, unit: String) -> Int {
    guard unit == "亿" else { return position }
    var end = position
    while end < text.count, Self.isDigit(text[end]) { end += 1 }
    guard end > position else { return position }
    for tail in ["千万元", "万元", "千万", "万"] where starts(tail, at: end) {
      return end + tail.unicodeScalars.count
    }
    return position
  }
}

extension SentenceReader {
  /// 研究了某村某某项目: where the words that announce a work stand, back over the places
  /// written in full at the head of its name (某镇某村).
  func beforePlacePrefix(_ start: Int) -> Int {
    var position = start
    while let place = visibleMention(endingAt: position), mentions[place].isDivision,
      mentions[place].start < position
    {
      position = mentions[place].start
    }
    return position
  }
}
