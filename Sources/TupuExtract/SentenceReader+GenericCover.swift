extension SentenceReader {
  /// 人居环境整治 (人居环境 + 整治), 农村人居环境整治: an item written wholly in the words that
  /// say what kind of work it is names no work, however those words split (the longest word
  /// at each end may cut it wrongly: 人居|环境整治 leaves 人居).
  func isCoveredByGenericWords(_ item: Range<Int>) -> Bool {
    var end = item.upperBound
    while end > item.lowerBound, text[end - 1] == "等" { end -= 1 }
    guard end - item.lowerBound >= 2, end - item.lowerBound <= 16 else { return false }
    let generic = lexicon.list(.projectGeneric)
    // NB: the offsets reached as bits (16 at most), not a Set made per item.
    let base = item.lowerBound
    var reached: UInt32 = 1
    for start in base..<end where reached & (1 << UInt32(start - base)) != 0 {
      for stop in (start + 1)...min(end, start + 8) where generic.contains(text[start..<stop]) {
        reached |= 1 << UInt32(stop - base)
      }
    }
    return reached & (1 << UInt32(end - base)) != 0
  }
}

extension SentenceReader {
  /// 土地平整, 光伏发电, 服饰加工, 护砌: a short item that ends in what is done (an `activity-end`
  /// word) and holds no name of its own (a place, a firm's trade after a name) names a task, not
  /// a work. A longer name (某公司年产万吨饲料加工) is left to the others.
  func isActivityItem(_ item: Range<Int>) -> Bool {
    var end = item.upperBound
    while end > item.lowerBound, text[end - 1] == "等" { end -= 1 }
    let span = item.lowerBound..<end
    guard span.count >= 2, span.count <= 6, span.allSatisfy({ Self.isIdeograph(text[$0]) }),
      lexicon.list(.activityEnd).longest(in: text, endingAt: end) != nil
    else { return false }
    // 某某服饰加工: a firm's trade after a name names the firm's work; 服饰加工 alone, a trade.
    let kinds = lexicon.list(.workKind)
    if span.dropFirst().contains(where: { kinds.longestLength(in: text, at: $0) != nil }) { return false }
    if let suffix = lexicon.suffixes.longest(in: text, endingAt: end), suffix.word.count < span.count {
      return false
    }
    return !mentions.contains {
      $0.visibility != .dropped && $0.start >= span.lowerBound && $0.end <= span.upperBound
    }
  }
}
