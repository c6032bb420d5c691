import TupuOntology

extension SentenceReader {
  /// Items a list or a visit puts where works stand that name none: a sector closed by 等
  /// (民生项目、工业项目等进行视察), an aspect of works (项目施工组织), a bare kind of zone or
  /// facility (产业集聚区, 产业园区, 城市公园), a task or a plan (人居环境整治工作, 争取资金计划).
  func namesNoWork(_ item: Range<Int>) -> Bool {
    var end = item.upperBound
    while end > item.lowerBound, text[end - 1] == "等" { end -= 1 }
    guard end - item.lowerBound >= 2 else { return true }
    if starts("项目", at: item.lowerBound) { return true }
    if lexicon.list(.topicEnd).longest(in: text, endingAt: end) != nil { return true }
    var start = item.lowerBound
    let generic = lexicon.list(.projectGeneric)
    while start < end, let word = generic.longest(in: text, at: start),
      start + word.word.count <= end
    {
      start += word.word.count
    }
    // What is left is only a kind of place: 集聚区, 园区, 公园.
    for list in [lexicon.list(.existingSiteEnd), lexicon.list(.notASite)] {
      if let word = list.longest(in: text, at: start), start + word.word.count == end {
        return true
      }
    }
    return false
  }
}
