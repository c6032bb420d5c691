import TupuGraph
import TupuOntology

extension SentenceRelations {
  /// Goods and money a verb of bringing may carry (送来口罩、酒精等防疫物资, 提供物资支援).
  static let broughtGifts = [
    "物资", "善款", "捐款", "捐助", "款物", "物品", "礼包", "慰问品", "慰问金", "口罩", "防护服",
    "消毒液", "消毒水", "图书", "书籍", "文具", "衣物", "大米", "食用油", "书包", "学习用品",
  ]

  /// Whether goods or money are named after a verb of bringing, before its clause ends.
  func isGiftFollowing(_ cueEnd: Int) -> Bool {
    let end = clauseEnd(after: cueEnd)
    guard cueEnd < end else { return false }
    return (cueEnd..<end).contains { position in
      Self.broughtGifts.contains { starts($0, at: position) }
        // 赠予的2000元: an amount of money.
        || text[position] == "元" && position > cueEnd
          // 一万五千元: an amount written in characters.
          && (SentenceReader.isDigit(text[position - 1])
            || "万千百".unicodeScalars.contains(text[position - 1]))
    }
  }
}

extension SentenceRelations {
  /// 某社区收到了几份捐助——甲赠予的消毒液、乙捐赠的2000元: when the cue is written as what its
  /// giver gave (甲捐赠的), right after the giver's name, the recipient is the one that 收到 earlier
  /// in the sentence; nil otherwise.
  func receivedEarlier(beforeGiftAt cue: (start: Int, end: Int, pattern: ExtractionPattern))
    -> String?
  {
    guard cue.end < text.count, text[cue.end] == "的",
      let giver = entities.last(where: { isGiver($0.className) && $0.mention.end == cue.start })
    else { return nil }
    // 某协会收到由某基金会提供的…: right after 收到, 由 says who gave; a body receives too.
    let by = giver.mention.start >= 3 && text[giver.mention.start - 1] == "由"
    let receive = lexicon.list(.receive)
    for position in stride(from: cue.start - 1, through: 0, by: -1)
    where receive.longestLength(in: text, at: position) != nil {
      let afterBy =
        by && receive.longest(in: text, at: position).map {
          position + $0.word.count == giver.mention.start - 1
        } == true
      return entities.last(where: {
        Self.recipientClasses.contains($0.className)
          && ($0.className != .organization || afterBy)
          && $0.mention.end == position
      })?.name
        ?? entities.last(where: {
          Self.recipientClasses.contains($0.className) && $0.mention.end + 1 == position
            && "也还已".unicodeScalars.contains(text[position - 1])
        })?.name
    }
    return nil
  }
}

extension SentenceRelations {
  /// 向某区某街道办事处某社区捐赠: where 向 (为, 给) stands before a chain of places that ends
  /// right at the cue, however long the chain; nil when no such chain and word stand there.
  func towardBeforePlaces(endingAt cueStart: Int, clauseStart: Int) -> Int? {
    let places: EntityClassSet = [.city, .district, .street, .community, .place]
    var position = cueStart
    var read = false
    func place(endingAt end: Int) -> SentenceEntity? {
      entities.last(where: {
        places.contains($0.className) && $0.mention.end == end && $0.mention.start < end
      })
    }
    while position > clauseStart {
      // 某街道办事处某社区: the office's name may or may not be part of the street's mention.
      if read, place(endingAt: position) == nil, ends("办事处", at: position) { position -= 3 }
      guard let place = place(endingAt: position) else { break }
      position = place.mention.start
      read = true
    }
    guard read, position > clauseStart,
      lexicon.list(.toward).longest(in: text, endingAt: position) != nil
    else { return nil }
    return position - 1
  }
}

extension SentenceRelations {
  /// What the gift is used for, right after a cue that names the gift (捐款主要用于…).
  static let useWords = ["主要用于", "全部用于", "将用于", "用于", "将全部用于"]

  /// A cue read as the gift itself, not someone's act of giving: praised after 对…的 (对某某的
  /// 捐资助学表示赞扬) or before what it is used for (捐款主要用于…). Neither names a giver and a
  /// recipient in the clause.
  func isGiftNoun(_ cue: (start: Int, end: Int, pattern: ExtractionPattern)) -> Bool {
    // 某社区收到某公司的捐款: received, the gift still names both ends.
    let receive = lexicon.list(.receive)
    let clause = clauseStart(before: cue.start)..<cue.start
    if clause.contains(where: { receive.longestLength(in: text, at: $0) != nil }) { return false }
    // 对某某的捐资助学表示赞扬: praise of a gift (投入…的帮扶资金，支持某县 still gives).
    if cue.start > 0, text[cue.start - 1] == "的", clause.contains(where: { text[$0] == "对" }) {
      return true
    }
    return Self.useWords.contains { starts($0, at: cue.end) }
  }
}

extension SentenceRelations {
  /// 甲、乙将十万元现金交到某校校长某某手中: a gift handed over. The gift stands between 将 (把)
  /// and the verb, the givers before 将 in the clause, and the recipient (a place, school or firm,
  /// not a body) right after the verb. Nothing when no gift is named (将材料交到某局).
  mutating func readHandedGifts() {
    for cue in cueOccurrences("giver-handed-recipient") {
      let start = clauseStart(before: cue.start)
      // 将口罩交到了某社区: 了 may close the verb.
      let after = cue.end < text.count && text[cue.end] == "了" ? cue.end + 1 : cue.end
      guard
        let handle = (start..<cue.start).last(where: { text[$0] == "将" || text[$0] == "把" }),
        isGift(in: (handle + 1)..<cue.start),
        let recipient = innermost(
          firstEntity(where: {
            $0.mention.start == after && Self.recipientClasses.contains($0.className)
              && !$0.mention.isBody
          }))
      else { continue }
      addGivers(in: start..<handle, to: recipient.name, pattern: cue.pattern, intermediaries: false)
    }
  }

  /// The giver of each list segment of `range`, for `recipient`: its last person, or else its
  /// last organization; `intermediaries: false` passes over bodies that only hand money on.
  mutating func addGivers(
    in range: Range<Int>, to recipient: String, pattern: ExtractionPattern, intermediaries: Bool
  ) {
    for segment in segments(range) {
      let inside = entities.filter {
        $0.mention.start >= segment.lowerBound && $0.mention.end <= segment.upperBound
          && (intermediaries || !isIntermediary($0.mention))
      }
      guard
        let giver = inside.last(where: { isPerson($0.className) })
          ?? inside.last(where: { $0.className == .organization }),
        giver.name != recipient
      else { continue }
      add(giver.name, pattern.predicate, recipient, pattern.id)
    }
  }

  /// Whether goods or an amount of money are named in `range` (十万元现金, 一批防疫物资).
  func isGift(in range: Range<Int>) -> Bool {
    range.contains { position in
      Self.broughtGifts.contains { starts($0, at: position) } || starts("现金", at: position)
        || text[position] == "元" && position > range.lowerBound
          // 一万五千元: an amount written in characters.
          && (SentenceReader.isDigit(text[position - 1])
            || "万千百".unicodeScalars.contains(text[position - 1]))
    }
  }
}

extension SentenceRelations {
  /// 甲公司与乙协会签订捐赠协议: a gift agreed with its recipient. Only a gift's agreement (捐赠,
  /// 捐资助教), never an investment's (Rulings: sponsors).
  mutating func readDonationAgreements() {
    let gifts = ["捐赠", "捐资", "捐助", "捐款", "认捐"]
    for cue in cueOccurrences("giver-cue-recipient")
    where gifts.contains(where: { starts($0, at: cue.start) }) {
      // 捐赠协议, 捐资助教协议书: the agreement a few characters on.
      guard (cue.end...(cue.end + 3)).contains(where: { starts("协议", at: $0) }) else { continue }
      let signing = ["签订了", "签署了", "签订", "签署"].first { ends($0, at: cue.start) }
      guard let signing else { continue }
      let signed = cue.start - signing.unicodeScalars.count
      guard
        let recipient = entities.last(where: {
          Self.recipientClasses.contains($0.className) && $0.mention.end == signed
            && $0.mention.start > 0 && text[$0.mention.start - 1] == "与"
        })
      else { continue }
      let with = recipient.mention.start - 1
      addGivers(
        in: clauseStart(before: with)..<with, to: recipient.name, pattern: cue.pattern,
        intermediaries: true)
    }
  }
}
