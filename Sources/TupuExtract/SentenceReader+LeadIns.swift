import TupuOntology

/// Words that lead into a meeting spoken of as the authority for something (经县政府常务会议研究
/// 同意, 根据县委常委会会议精神, 该方案已经区政府第25次常务会议审议通过): they are no part of the
/// meeting's name, and they name a meeting as surely as 召开 does.
extension SentenceReader {
  /// Where the name begins after a lead-in word near the start of `range` (read back from a kind
  /// word to the clause's start), or nil when there is none.
  func leadInEnd(in range: Range<Int>) -> Int? {
    // 该方案已经…: a few words of the clause may come before the lead-in, no more.
    let limit = min(range.upperBound - 2, range.lowerBound + 3)
    guard limit >= range.lowerBound else { return nil }
    for start in range.lowerBound...limit {
      for word in Self.leadIns where starts(word, at: start) {
        let end = start + word.unicodeScalars.count
        guard end < range.upperBound else { continue }
        if word == "经" {
          // 经济工作会议, 财经委员会: 经 inside or at the head of a word is no lead-in.
          if Self.wordsAfterJing.contains(text[end]) { continue }
          if start > range.lowerBound, !Self.beforeJing.contains(text[start - 1]) { continue }
        }
        return end
      }
    }
    return nil
  }

  static let leadIns = ["根据", "按照", "依照", "依据", "报请", "报经", "经过", "已经", "经"]
  /// The characters that make 经 the start of a word (经济, 经营, 经验, 经开区, 经常…).
  static let wordsAfterJing: ScalarChoice = [
    "济", "营", "验", "开", "贸", "费", "纬", "销", "理", "典", "常", "历", "办", "手", "发",
  ]
  /// What may stand before a lead-in 经 (已经, 须经, 并经, 报经).
  static let beforeJing: ScalarChoice = ["已", "并", "须", "需", "先", "再", "均", "要", "将", "拟", "未", "报"]
}
