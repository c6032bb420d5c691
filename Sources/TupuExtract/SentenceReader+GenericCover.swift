extension SentenceReader {
  /// 人居环境整治 (人居环境 + 整治), 农村人居环境整治: an item written wholly in the words that
  /// say what kind of work it is names no work, however those words split (the longest word
  /// at each end may cut it wrongly: 人居|环境整治 leaves 人居).
  func isCoveredByGenericWords(_ item: Range<Int>) -> Bool {
    var end = item.upperBound
    while end > item.lowerBound, text[end - 1] == "等" { end -= 1 }
    guard end - item.lowerBound >= 2, end - item.lowerBound <= 16 else { return false }
    let generic = lexicon.list(.projectGeneric)
    var reached = Set([item.lowerBound])
    for start in item.lowerBound..<end where reached.contains(start) {
      for stop in (start + 1)...min(end, start + 8) where generic.contains(text[start..<stop]) {
        reached.insert(stop)
      }
    }
    return reached.contains(end)
  }
}
