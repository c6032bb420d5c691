extension SentenceReader {
  /// 甲某某、乙某、丙某某在主席台就座: names alone listed as the rostrum's seats are the
  /// meeting's officials, when at least two are listed and every item reads as a name. A seat
  /// on the rostrum says no attendance (the gold sets disagree), so only the names are read.
  mutating func readRostrumLists() {
    for stage in text.indices where text[stage] == "主" && starts("主席台", at: stage) {
      guard seatEnd(after: stage + 3) != nil else { continue }
      // 在主席台就座的有：甲、乙 is the colon lists' (readColonNameLists).
      // 甲、乙在主席台就座: the list ends right before 在, or before 及 and the others seated
      // (甲、乙及县政协常委会组成人员在主席台就座).
      let seat = stage - 1
      guard seat >= 3, text[seat] == "在" else { continue }
      for end in listEnds(before: seat) {
        var led = false
        guard isName(end - 1) || isPersonEnding(at: end),
          let items = listedNames(endingAt: end, ledByLeaders: &led, notes: true), items.count >= 2
        else { continue }
        for item in items { _ = personMention(item, official: true, via: "rostrum-list") }
        break
      }
    }
  }

  /// Where a list seated on the rostrum may end: right before 在, or at a 及 or 和 that joins
  /// others (no names) in the same clause.
  private func listEnds(before seat: Int) -> [Int] {
    var ends = [seat]
    var index = seat - 1
    while index > 0, seat - index <= 16, Self.isIdeograph(text[index]) {
      if text[index] == "及" || text[index] == "和" { ends.append(index) }
      index -= 1
    }
    return ends
  }

  /// Where 就座 (or 就坐) ends after the rostrum, past 前排 or 上; nil when the seat is not said.
  private func seatEnd(after index: Int) -> Int? {
    for between in ["", "前排", "上"] {
      let at = index + between.unicodeScalars.count
      guard starts(between, at: index) || between.isEmpty else { continue }
      if starts("就座", at: at) || starts("就坐", at: at) { return at + 2 }
    }
    return nil
  }

  private func isPersonEnding(at end: Int) -> Bool {
    mentions.contains { $0.end == end && $0.isPerson && $0.visibility != .dropped }
  }
}

extension SentenceReader {
  /// Where a group of leaders ends that closes a list of names after 等: a group word
  /// (等区领导), levels joined before it (等市、区领导), or leaders said without a level
  /// (等领导同志, 等有关领导, 等领导); nil when none follows.
  func leadersGroupEnd(after index: Int) -> Int? {
    var start = index
    while start + 2 < text.count, "省市州盟县旗区镇乡".unicodeScalars.contains(text[start]),
      text[start + 1] == "、"
    {
      start += 2
    }
    if let group = lexicon.groups.longest(in: text, at: start) {
      return start + group.word.count
    }
    guard start == index else { return nil }
    for word in ["有关领导同志", "有关领导", "相关领导", "领导同志", "领导"] where starts(word, at: index) {
      return index + word.unicodeScalars.count
    }
    return nil
  }
}
