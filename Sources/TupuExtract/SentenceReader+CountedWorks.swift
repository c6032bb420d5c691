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

extension SentenceReader {
  /// 某建材有限公司水泥制品项目: after a firm's name, the product its work makes, up to 项目 (at
  /// most 12 characters, ideographs only, no verb, function word or 等, not only kind words);
  /// where the product ends, or nil. (某公司合作项目, 某公司等7个项目 name no product.)
  func productBeforeWork(from start: Int) -> Int? {
    var end = start
    while end < text.count, end - start <= 12, Self.isIdeograph(text[end]), text[end] != "等" {
      if starts("项目", at: end) { break }
      end += 1
    }
    guard end - start >= 2, end < text.count, starts("项目", at: end),
      !(start..<end).contains(where: { taken[$0] }),
      !holdsFunctionWord(start..<withoutBetterment(start..<end)),
      !["合作", "签署", "签约", "投资", "引进", "招商"].contains(where: { starts($0, at: start) }),
      !isGenericProject(start..<(end + 2))
    else { return nil }
    return end
  }
}

extension SentenceReader {
  /// 某石化公司产品结构优化提升项目, 某中学办学条件改善项目: what the work betters, then the words
  /// saying it is bettered (改善, 优化, 提升) right before 项目; where what is bettered ends. The
  /// words stay verbs elsewhere (优化营商环境), so only at the end of a name are they stepped over;
  /// at least two characters of what is bettered are left.
  func withoutBetterment(_ range: Range<Int>) -> Int {
    var end = range.upperBound
    while let word = Self.betterment.first(where: { ends($0, at: end) }),
      end - word.unicodeScalars.count - range.lowerBound >= 2
    {
      end -= word.unicodeScalars.count
    }
    return end
  }

  static let betterment = ["改善", "优化", "提升", "改造", "升级", "提质"]
}
