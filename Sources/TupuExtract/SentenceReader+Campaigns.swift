import TupuOntology

extension SentenceReader {
  /// “某某工程”, “某某助老工程”, “某某工程·健康某某”: a work's word inside a quotation names a
  /// campaign or a slogan, not a work (“某某”工程 and 某村“某某”项目, quoted before the word, are
  /// works). Nor is a name one that a quotation mark cuts through (某某工程行动”集中).
  mutating func dropCampaignsAsWorks() {
    dropMentions(of: [.project]) { reader, range in
      reader.hasUnbalancedQuote(range)
        || Self.campaignWords.contains(where: { reader.ends($0, at: range.upperBound) })
          && reader.isInsideQuotation(range)
    }
  }

  /// 某某都认真听取项目, 并同意某年实事项目…征集, 某局负责人介绍某某建设项目情况, 某局提交的…,
  /// 某小学获得某某建设项目资金, 了解某某规划沙盘: a clause ran into the name (a hearing, a
  /// decision, a briefing, a submission, a grant, a look), and no work's name holds one, nor
  /// begins inside one (解某某… after 了). (以及 is left: dropping the item it joins lost a
  /// review read from the same list.)
  mutating func dropClausesAsWorks() {
    dropMentions(of: [.project]) { reader, range in
      Self.clauseInWork.contains { verb in
        let length = verb.unicodeScalars.count
        let first = max(0, range.lowerBound - length + 1)
        guard first <= range.upperBound - length else { return false }
        return (first...(range.upperBound - length)).contains { position in
          reader.starts(verb, at: position)
            // 察看了解放路改造工程: 解放 begins the name (a road, a street), after 了.
            && !reader.starts("了解放", at: position)
        }
      }
    }
  }

  static let clauseInWork = ["听取", "同意", "审议", "介绍", "提交", "获得", "了解"]

  /// 5个重大项目, 一批产业项目, 5大类项目, 两处公园: a count and its measure word begin a phrase
  /// that counts works or places, and no work's or place's name begins so (两河口, 五里 go on
  /// with no measure word).
  mutating func dropCountedWorks() {
    dropMentions(of: [.project, .place]) { reader, range in
      var position = range.lowerBound
      while position < range.upperBound,
        Self.isDigit(reader.text[position]) || Self.numerals.contains(reader.text[position])
      {
        position += 1
      }
      return position > range.lowerBound && position < range.upperBound - 1
        && Self.countMeasures.contains(where: { reader.starts($0, at: position) })
    }
  }

  /// Drops the kept mentions of `classes` whose span (within the sentence) `isNoName` refuses:
  /// the passes above differ only in that test, which reads the text alone.
  mutating func dropMentions(
    of classes: EntityClassSet, where isNoName: (SentenceReader, Range<Int>) -> Bool
  ) {
    var doomed: [Int] = []
    for index in mentions.indices
    where classes.contains(mentions[index].className) && mentions[index].visibility != .dropped {
      let range = mentions[index].start..<mentions[index].end
      guard range.lowerBound >= 0, range.upperBound <= text.count, !range.isEmpty else { continue }
      if isNoName(self, range) { doomed.append(index) }
    }
    for index in doomed { mentions[index].visibility = .dropped }
  }

  static let countMeasures = ["个", "处", "批", "类", "大类", "项"]

  static let campaignWords = ["工程", "项目", "行动", "计划"]
  static let numerals = ScalarChoice("一二三四五六七八九十百千万两".unicodeScalars)
  static let batchCharacters = ScalarChoice("等暨的了个讲和及与".unicodeScalars)
  static let batchWords = ["重点", "重大", "民生", "各类", "一批", "新开工", "观摩", "检查"]
  // Compared, not hashed: every sentence's every character is tested for a mark.
  static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool { scalar == "“" || scalar == "「" }
  static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool { scalar == "”" || scalar == "」" }

  /// Whether a quotation opens before the range and closes after it, with no mark inside it.
  func isInsideQuotation(_ range: Range<Int>) -> Bool {
    guard
      !range.contains(where: {
        Self.isOpeningQuote(text[$0]) || Self.isClosingQuote(text[$0])
      })
    else { return false }
    var before = range.lowerBound - 1
    while before >= max(0, range.lowerBound - 20), !Self.isClosingQuote(text[before]),
      text[before] != "。"
    {
      if Self.isOpeningQuote(text[before]) { break }
      before -= 1
    }
    guard before >= 0, Self.isOpeningQuote(text[before]) else { return false }
    var after = range.upperBound
    while after < min(text.count, range.upperBound + 20), !Self.isOpeningQuote(text[after]),
      text[after] != "。"
    {
      if Self.isClosingQuote(text[after]) { return true }
      after += 1
    }
    return false
  }

  /// A closing mark with no opening one before it in the name, or an opening one left open.
  func hasUnbalancedQuote(_ range: Range<Int>) -> Bool {
    var open = 0
    for index in range {
      if Self.isOpeningQuote(text[index]) { open += 1 }
      if Self.isClosingQuote(text[index]) {
        if open == 0 { return true }
        open -= 1
      }
    }
    return open > 0
  }
}

extension SentenceReader {
  /// 某小学“某某校园”项目, “某某”工程, “十四五”某某养殖项目: a name quoted before the work's word
  /// (or before the rest of the work's name) is one work's name, quotation marks and all; a
  /// reading that cut it at a mark gives way to it. A division written right before the opening
  /// mark holds the work (某村“某某”项目).
  mutating func readQuotedWorks() {
    guard text.contains(where: Self.isClosingQuote) else { return }
    for close in text.indices where Self.isClosingQuote(text[close]) {
      // The rest of the name after the mark, up to 项目 or 工程.
      var tail = close + 1
      while tail < min(text.count, close + 14), Self.isIdeograph(text[tail]),
        !starts("项目", at: tail), !starts("工程", at: tail)
      {
        tail += 1
      }
      guard starts("项目", at: tail) || starts("工程", at: tail) else { continue }
      let end = tail + 2
      guard
        let open = stride(from: close - 1, through: max(0, close - 20), by: -1).first(where: {
          Self.isOpeningQuote(text[$0]) || Self.isClosingQuote(text[$0])
            || text[$0] == "。"
        }),
        Self.isOpeningQuote(text[open]), close - open >= 3,
        ((open + 1)..<close).allSatisfy({ Self.isIdeograph(text[$0]) || Self.isDigit(text[$0]) })
      else { continue }
      let quoted = open..<end
      // The divisions written before the mark begin the work's name (某市某县“某某”项目, 某街道某村
      // “某某”项目), with at most a few words of the work's own between them and the mark (某县乡村振兴
      // “某某”示范区项目); the last division holds the work.
      let owner = divisionOwning(quoteAt: open, workEnd: end)
      let work = (owner.map { leftmostDivision(endingWith: $0) } ?? open)..<end
      // A slogan that counts (“三个一批”项目, “四区”项目) is a campaign, unless the words after
      // it name the work (“十四五”某某养殖项目); those words name no batch of works (“某某”重大项目,
      // “某某”等多个项目, “某某”的亮点工程).
      let rest = (close + 1)..<tail
      if rest.isEmpty, Self.numerals.contains(text[open + 1]) || Self.isDigit(text[open + 1]) {
        continue
      }
      // Quoted alone before its word, the name is a work's where a place or a body owns it (某村,
      // 某小学“某某”项目) or it is listed after another work (…项目和“某某”工程); words after the
      // mark name a work only when they are more than its sector (“某某”旅游项目 is a campaign's).
      if rest.isEmpty, owner == nil, !isOwnedOrListedWork(before: open) { continue }
      if !rest.isEmpty, rest.count < 4 { continue }
      // Words after the mark that only say what kind of works (“某会”意向签约项目, “某某”重点
      // 招商项目): the works signed or courted at the quoted event, no one work's name.
      if !rest.isEmpty, isGenericProject(rest) { continue }
      if rest.contains(where: { Self.batchCharacters.contains(text[$0]) })
        || Self.batchWords.contains(where: { word in rest.contains { starts(word, at: $0) } })
      {
        continue
      }
      var replaced = false
      for index in mentions.indices
      where mentions[index].className == .project && mentions[index].visibility != .dropped
        && mentions[index].start < work.upperBound && mentions[index].end > work.lowerBound
      {
        if mentions[index].start == work.lowerBound && mentions[index].end == work.upperBound {
          replaced = true
          continue
        }
        mentions[index].visibility = .dropped
      }
      if replaced { continue }
      let container = owner
      for index in quoted { taken[index] = true }
      _ = addMention(
        Mention(
          start: work.lowerBound, end: work.upperBound, className: .project,
          name: string(work), container: container, via: "quoted-work"))
    }
  }

  /// The division whose name ends right before the opening mark `open`; or, where a list item is
  /// already one work running from a division to `end`, that division with up to four of the
  /// work's words before the mark (某县乡村振兴“某某”示范区项目、…). Outside such an item the words
  /// may be a verb or a time (某村实施“某某”工程, 某县今年“某某”项目): the work starts at the mark.
  func divisionOwning(quoteAt open: Int, workEnd end: Int) -> Int? {
    if let division = visibleMention(endingAt: open), mentions[division].isDivision {
      return division
    }
    for gap in 1...4 where open - gap > 0 {
      let words = (open - gap)..<open
      guard
        words.allSatisfy({ Self.isIdeograph(text[$0]) && !Self.quoteGapStops.contains(text[$0]) })
      else { return nil }
      guard let division = visibleMention(endingAt: open - gap), mentions[division].isDivision
      else { continue }
      let item = mentions.contains {
        $0.className == .project && $0.visibility != .dropped && $0.via == "list"
          && $0.start <= mentions[division].start && $0.end == end
      }
      return item ? division : nil
    }
    return nil
  }

  static let quoteGapStops = ScalarChoice("在到至了的和及与等暨为是对向从赴把将由".unicodeScalars)

  /// The start of the chain of divisions written one after another and ending with `division`.
  func leftmostDivision(endingWith division: Int) -> Int {
    var first = division
    while let before = visibleMention(endingAt: mentions[first].start), before != first,
      mentions[before].isDivision, mentions[before].start < mentions[first].start
    {
      first = before
    }
    return mentions[first].start
  }

  /// Whether a division or a body's name ends right before `open`, or a work's word and a joiner.
  func isOwnedOrListedWork(before open: Int) -> Bool {
    if let owner = visibleMention(endingAt: open),
      mentions[owner].isDivision || mentions[owner].className == .organization
    {
      return true
    }
    guard open >= 3, "和及、与".unicodeScalars.contains(text[open - 1]) else { return false }
    return ends("项目", at: open - 1) || ends("工程", at: open - 1)
  }
}
