extension SentenceReader {
  /// 距离火车站、某公园等地: a site written as its kind word alone (火车站, 体育馆) says what kind
  /// of place, not which; no place is named.
  func isKindWordAlone(_ item: Range<Int>, suffix: [Unicode.Scalar]) -> Bool {
    item.count <= suffix.count
  }
}
