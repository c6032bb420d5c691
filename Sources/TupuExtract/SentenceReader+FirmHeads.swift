extension SentenceReader {
  /// 某镇甲乙木业负责人, 甲乙物流相关负责人, 某市甲乙水产董事长: a firm written by its short name
  /// and its trade (the firm-trade list), with no 公司 after it, is named as a firm when its head
  /// follows right after. It swallows the places written in full right before it, as any firm's
  /// name does (suffix kind enterprise). The short name is two to four free name characters.
  mutating func readFirmsBeforeHeads() {
    let trades = lexicon.list(.firmTrade)
    var index = 0
    while index < text.count {
      defer { index += 1 }
      // NB: the first character asked first: this runs at every position of every sentence.
      guard Self.firmHeadStarts.contains(text[index]),
        let head = Self.firmHeadWords.first(where: { starts($0, at: index) })
      else { continue }
      var tradeEnd = index
      if ends("相关", at: tradeEnd) || ends("有关", at: tradeEnd) { tradeEnd -= 2 }
      guard let trade = trades.longest(in: text, endingAt: tradeEnd) else { continue }
      let tradeStart = tradeEnd - trade.word.count
      guard isFree(tradeStart..<tradeEnd) else { continue }
      guard let own = shortFirmName(before: tradeStart), isFirmPosition(own.lowerBound) else {
        continue
      }
      var start = own.lowerBound
      // 太和县某镇甲乙木业: the places written in full right before the firm are in its name.
      while let place = mentions.last(where: { isDivisionWrittenInFull($0) && $0.end == start }) {
        start = place.start
      }
      let firm = addMention(
        Mention(
          start: start, end: tradeEnd, className: .organization, name: string(start..<tradeEnd),
          via: "firm-head"))
      if tradeEnd == index {
        readHeadNamed(after: index + head.unicodeScalars.count, of: firm, at: index)
      }
      index = tradeEnd + head.unicodeScalars.count - 1
    }
  }

  /// 甲乙木业负责人某某, 甲乙物流董事长某某: the one name written right after the head of a firm
  /// just read (the scan ran before it was a firm) is a Person of that firm (the Official or
  /// Person ruling: company managers, no title). The name passes the person-name checks.
  mutating func readHeadNamed(after end: Int, of firm: Int, at start: Int) {
    guard end < text.count else { return }
    let person: Int
    if let known = mentions.indices.first(where: {
      mentions[$0].start == end && mentions[$0].visibility != .dropped
    }) {
      guard mentions[known].className == .person else { return }
      person = known
    } else {
      guard let name = nameList(at: end).first, isFree(name) else { return }
      person = personMention(name, official: false, via: "post-name")
    }
    // 甲乙木业董事长某某: the scan read the role before the firm was one, with no unit.
    if let post = posts.firstIndex(where: {
      $0.person == person && $0.start == start && $0.units.isEmpty && !$0.official
    }) {
      posts[post].units = [.mention(firm)]
      return
    }
    guard !posts.contains(where: { $0.person == person }) else { return }
    posts.append(
      PostLink(
        person: person, title: nil, units: [.mention(firm)], official: false, start: start,
        end: end))
  }

  /// The two to four free name characters of a short firm name written before its trade at
  /// `tradeStart` (甲乙 of 甲乙木业), back to a mention, a list joiner, a stop or boundary word.
  func shortFirmName(before tradeStart: Int) -> Range<Int>? {
    var start = tradeStart
    while start > 0, tradeStart - start < 4, Self.isIdeograph(text[start - 1]), !taken[start - 1],
      !"、和及与的".unicodeScalars.contains(text[start - 1]),
      !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < start && $0.end >= start
      })
    {
      // 他是当地餐饮负责人: a stop or boundary word (当地, 辖区) ends what a short name may hold.
      if let stop = lexicon.list(.stop).longest(in: text, endingAt: start)
        ?? lexicon.list(.enterpriseBoundary).longest(in: text, endingAt: start),
        stop.word.count >= 2
      {
        break
      }
      start -= 1
    }
    start = startAfterLeadingVerb(start, index: tradeStart, minimum: 2)
    let own = start..<tradeStart
    // 商贸物流: a trade before the trade names a field, not a firm.
    guard own.count >= 2, !isGeneric(own), !inList(.commonWordNotName, own), !inList(.stop, own),
      lexicon.list(.firmTrade).longest(in: text, endingAt: tradeStart) == nil
    else { return nil }
    return own
  }

  /// 深入甲乙实业、丙丁钢构公司车间, 走访丙丁集团、甲乙超市和某花园: a short firm name (name and
  /// trade) written in a list right beside a firm named with its suffix is a firm too.
  mutating func readFirmsBesideFirms() {
    let trades = lexicon.list(.firmTrade)
    for tradeEnd in 1..<max(text.count, 1) where Self.listJoiners.contains(text[tradeEnd]) {
      guard let trade = trades.longest(in: text, endingAt: tradeEnd) else { continue }
      let tradeStart = tradeEnd - trade.word.count
      guard isFree(tradeStart..<tradeEnd), let own = shortFirmName(before: tradeStart) else {
        continue
      }
      let firmAfter = mentions.contains {
        $0.visibility != .dropped && $0.className == .organization && $0.start == tradeEnd + 1
          && isFirmWithSuffix($0)
      }
      let firmBefore =
        own.lowerBound > 0 && Self.listJoiners.contains(text[own.lowerBound - 1])
        && mentions.contains {
          $0.visibility != .dropped && $0.className == .organization
            && $0.end == own.lowerBound - 1 && isFirmWithSuffix($0)
        }
      guard firmAfter || firmBefore else { continue }
      _ = addMention(
        Mention(
          start: own.lowerBound, end: tradeEnd, className: .organization,
          name: string(own.lowerBound..<tradeEnd), via: "firm-beside-firm"))
    }
  }

  /// Whether a mention ends in a firm's suffix (公司, 集团, 有限公司, 煤矿 read before).
  func isFirmWithSuffix(_ mention: Mention) -> Bool {
    if let suffix = lexicon.suffixes.longest(in: text, endingAt: mention.end),
      suffix.payload.kind == .enterprise
    {
      return true
    }
    return mention.via == "firm-head" || mention.via == "firm-beside-firm"
  }

  static let listJoiners = ScalarChoice("、和及与".unicodeScalars)

  /// Where a short firm name may begin: at the head of a clause (上午,甲乙木业负责人…), right
  /// after a place written in full (某镇甲乙木业), or as an item after 、和及与 of a list whose
  /// earlier item is a body (某区慈善总会、…和甲乙物流). A field's head inside a clause (全县冷链物流
  /// 负责人, 组织电商物流负责人座谈) stands in none of them.
  func isFirmPosition(_ start: Int) -> Bool {
    if start == 0 || Self.clauseBreaks.contains(text[start - 1]) { return true }
    if mentions.contains(where: { isDivisionWrittenInFull($0) && $0.end == start }) { return true }
    guard start > 0, Self.listJoiners.contains(text[start - 1]) else { return false }
    var position = start - 1
    while position > 0, !Self.clauseBreaks.contains(text[position - 1]) {
      position -= 1
      if text[position] == "、",
        mentions.contains(where: {
          $0.visibility != .dropped && $0.className == .organization && $0.end == position
        })
      {
        return true
      }
    }
    return false
  }

  static let clauseBreaks = ScalarChoice(",，。;；:：!！?？".unicodeScalars)

  /// The heads of a firm written right after its name (某某木业负责人, 某某物流董事长).
  static let firmHeadWords = ["负责人", "董事长", "总经理"]
  static let firmHeadStarts = ScalarChoice(firmHeadWords.compactMap(\.unicodeScalars.first))
}
