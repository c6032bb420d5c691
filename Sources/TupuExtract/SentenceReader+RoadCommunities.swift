import TupuOntology

extension SentenceReader {
  /// 某路东社区, 某大道西村: a community named after the road it lies by and a direction. When only
  /// the direction stands between a road just read and 社区 or 村, the community's name begins
  /// with the road, and the road is no entity of its own (it is inside the name). Returns where
  /// the name begins, or nil when the form is not this one.
  mutating func roadBeforeDirection(_ name: Range<Int>, className: EntityClass) -> Int? {
    guard className == .community, name.count == 1,
      "东西南北".unicodeScalars.contains(text[name.lowerBound]),
      let road = visibleMention(endingAt: name.lowerBound), mentions[road].className == .road
    else { return nil }
    mentions[road].visibility = .dropped
    return mentions[road].start
  }
}
