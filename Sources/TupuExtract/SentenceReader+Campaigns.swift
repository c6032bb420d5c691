extension SentenceReader {
  /// “某某工程”, “某某助老工程”, “某某工程·健康某某”: a work's word inside a quotation names a
  /// campaign or a slogan, not a work (“某某”工程 and 某村“某某”项目, quoted before the word, are
  /// works). Nor is a name one that a quotation mark cuts through (某某工程行动”集中).
  mutating func dropCampaignsAsWorks() {
    for index in mentions.indices
    where mentions[index].className == "Project" && mentions[index].visibility != .dropped {
      let range = mentions[index].start..<mentions[index].end
      guard range.lowerBound >= 0, range.upperBound <= text.count, !range.isEmpty else { continue }
      if hasUnbalancedQuote(range)
        || Self.campaignWords.contains(where: { ends($0, at: range.upperBound) })
          && isInsideQuotation(range)
      {
        mentions[index].visibility = .dropped
      }
    }
  }

  static let campaignWords = ["工程", "项目", "行动", "计划"]
  static let openingQuotes: Set<Unicode.Scalar> = ["“", "「"]
  static let closingQuotes: Set<Unicode.Scalar> = ["”", "」"]

  /// Whether a quotation opens before the range and closes after it, with no mark inside it.
  func isInsideQuotation(_ range: Range<Int>) -> Bool {
    guard
      !range.contains(where: {
        Self.openingQuotes.contains(text[$0]) || Self.closingQuotes.contains(text[$0])
      })
    else { return false }
    var before = range.lowerBound - 1
    while before >= max(0, range.lowerBound - 20), !Self.closingQuotes.contains(text[before]),
      text[before] != "。"
    {
      if Self.openingQuotes.contains(text[before]) { break }
      before -= 1
    }
    guard before >= 0, Self.openingQuotes.contains(text[before]) else { return false }
    var after = range.upperBound
    while after < min(text.count, range.upperBound + 20), !Self.openingQuotes.contains(text[after]),
      text[after] != "。"
    {
      if Self.closingQuotes.contains(text[after]) { return true }
      after += 1
    }
    return false
  }

  /// A closing mark with no opening one before it in the name, or an opening one left open.
  func hasUnbalancedQuote(_ range: Range<Int>) -> Bool {
    var open = 0
    for index in range {
      if Self.openingQuotes.contains(text[index]) { open += 1 }
      if Self.closingQuotes.contains(text[index]) {
        if open == 0 { return true }
        open -= 1
      }
    }
    return open > 0
  }
}
