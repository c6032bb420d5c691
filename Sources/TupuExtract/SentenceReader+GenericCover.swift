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
