extension SentenceReader {
  /// 省内外高端医院, 各级党委, 是所山区学校: a name whose every character but the first says only
  /// what kind it is (高端, 山区) names none; the first is a leftover of the word the left edge
  /// cut (省内、外, 各级), not a name of its own.
  func isFragmentBeforeKindWords(_ range: Range<Int>) -> Bool {
    guard range.count >= 3 else { return false }
    return isGeneric((range.lowerBound + 1)..<range.upperBound)
  }
}
