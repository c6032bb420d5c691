extension SentenceReader {
  static let firmEndings = ["股份有限公司", "有限责任公司", "有限公司"]

  /// 某再生能源(某县)有限公司: a firm's registered name holds the place it is registered in, in
  /// brackets before 有限公司; the scan stops at the bracket, so the whole name is read here.
  mutating func readFirmsWithBracketedPlace() {
    for close in positions(of: ")", or: "）") {
      guard let ending = Self.firmEndings.first(where: { starts($0, at: close + 1) }),
        let open = (max(0, close - 6)..<close).last(where: { text[$0] == "(" || text[$0] == "（" }),
        close - open - 1 >= 2, ((open + 1)..<close).allSatisfy({ Self.isIdeograph(text[$0]) })
      else { continue }
      var start = open
      while start > 0, isName(start - 1), open - start < 12 {
        if open - start >= 2, let stop = lexicon.list(.stop).longest(in: text, endingAt: start),
          stop.word.count >= 2 || "了的在对向到和与是为".unicodeScalars.contains(text[start - 1])
        {
          break
        }
        start -= 1
      }
      guard open - start >= 2 else { continue }
      let end = close + 1 + ending.unicodeScalars.count
      guard !mentions.contains(where: {
        $0.visibility != .dropped && ($0.isPerson || $0.start < start && $0.end > start)
          && $0.end > start && $0.start < end
      }) else { continue }
      for index in mentions.indices where mentions[index].start >= start && mentions[index].end <= end {
        mentions[index].visibility = .dropped
      }
      _ = addMention(
        Mention(
          start: start, end: end, className: .organization, name: string(start..<end),
          via: "suffix"))
    }
  }
}
