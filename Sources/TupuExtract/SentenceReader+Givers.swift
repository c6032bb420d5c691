extension SentenceReader {
  // MARK: Givers named in a giving frame

  /// Cues of giving whose giver is written right before them, or before 向/为/给 and the
  /// recipient (甲向某社区捐赠, 甲赠予的消毒液, 甲投资3亿元建设某项目).
  static let givingCues = [
    "捐赠", "捐献", "捐助", "捐资", "捐建", "捐款", "出资", "资助", "援建", "赞助", "赠予", "赠送",
    "送来", "提供物资", "投资",
  ]
  static let cueInitials: ScalarChoice = ["捐", "出", "资", "援", "赞", "赠", "送", "提", "投"]
  /// What a giver's name ends with when no suffix of the lexicon says it is a body or a firm:
  /// 某某慈善会, 某某服务中心, 某某篮球俱乐部, 某某酒店, 某某企业.
  static let giverEndings = [
    "会", "中心", "俱乐部", "酒店", "宾馆", "饭店", "超市", "商行", "商场", "药房", "药店", "企业",
    "工作室", "门店", "酒厂", "厂",
  ]
  /// Words that begin a generic giver, no name (爱心企业, 相关商会, 社会各界, 8家单位).
  static let genericGiverStarts = [
    "爱心", "相关", "有关", "各", "社会", "该", "本", "此", "全体", "部分", "多家", "辖区", "广大",
    "企业", "其他", "其它", "众多", "一些", "当地", "所有", "受", "全",
  ]
  /// Endings of common words that only look like a giver's (全社会, 大会, 晚会).
  static let genericGiverEnds = ["社会", "大会", "全会", "晚会", "聚会", "机会", "都会", "例会"]
  /// Verbs that only ask others to give (鼓励企业投资); those of the stop list are read there.
  static let verbsBeforeGivers = ["鼓励", "吸引", "欢迎", "邀请", "倡导", "倡议", "呼吁", "感谢"]
  /// Words after which a shop or firm is named by its bare name (爱心商家某某鲜向…捐赠).
  static let giverLeads = ["爱心商家", "爱心商户", "爱心店铺"]

  /// 某某慈善会捐赠…, 甲服务中心、乙俱乐部等向某社区送来…, 某某企业投资…建设: a body or firm
  /// written as the giver of a giving frame is an Organization though no suffix of the lexicon
  /// ends it. Only names that end like a body or a firm (会, 中心, 酒店…), or stand after
  /// 爱心商家, are read; a place at the name's start is part of it.
  mutating func readGiversOfGifts() {
    var index = 0
    while index < text.count {
      defer { index += 1 }
      // NB: one pass, a few comparisons per character; words are tried only where one may begin.
      if text[index] == "爱" {
        readGiverAfterLead(at: index)
        continue
      }
      guard Self.cueInitials.contains(text[index]),
        let cue = Self.givingCues.first(where: { starts($0, at: index) })
      else { continue }
      let cueEnd = index + cue.unicodeScalars.count
      if (index..<cueEnd).contains(where: { taken[$0] }) { continue }
      // 投资公司: a cue word that begins a firm's name gives nothing.
      if lexicon.suffixes.longest(in: text, at: cueEnd) != nil { continue }
      var end = towardBeforeRecipient(cueAt: index) ?? index
      // 甲、乙等向…: the list's items each give.
      if end > 0, text[end - 1] == "等" { end -= 1 }
      var itemEnd = end
      while itemEnd > 0 {
        // An item already read (甲有限公司、乙服务中心等) is passed over.
        let read = mentions.filter {
          $0.visibility != .dropped && !$0.isPlace && $0.end == itemEnd
        }.map(\.start).min()
        guard let start = read ?? giverStart(endingAt: itemEnd) else { break }
        if read == nil { readGiver(start..<itemEnd) }
        guard start > 0, text[start - 1] == "、" else { break }
        itemEnd = start - 1
      }
    }
  }

  /// Where 向 (为, 给) stands before a recipient that ends right at the cue (向某社区捐赠,
  /// 向街道提供物资); nil when none does.
  func towardBeforeRecipient(cueAt cue: Int) -> Int? {
    let toward = lexicon.list(.toward)
    for position in stride(from: cue - 1, through: max(0, cue - 16), by: -1) {
      guard Self.isIdeograph(text[position]) || text[position] == "·" else { return nil }
      guard toward.longest(in: text, at: position) != nil, position + 1 < cue,
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start <= position && $0.end > position
        })
      else { continue }
      return position
    }
    return nil
  }

  /// The start of a giver's name that ends at `end`: back over ideographs (and the middle dot
  /// of 某某·某某酒店) to a punctuation mark, a list comma, a quote, 由 or a person's name.
  func giverStart(endingAt end: Int) -> Int? {
    var start = end
    while start > 0, end - start < 16 {
      let scalar = text[start - 1]
      guard Self.isIdeograph(scalar) || scalar == "·" || scalar == "•", !taken[start - 1] else { break }
      if scalar == "由" || scalar == "的" { break }
      if mentions.contains(where: {
        $0.visibility != .dropped && $0.end == start && !$0.isPlace
      }) {
        break
      }
      start -= 1
    }
    return start < end ? start : nil
  }

  /// Reads `range` as a giver's name when it ends like a body or a firm and no other name
  /// already covers its end.
  mutating func readGiver(_ range: Range<Int>) {
    guard range.count >= 3, range.count <= 16,
      let ending = Self.giverEndings.first(where: { ends($0, at: range.upperBound) }),
      range.count > ending.unicodeScalars.count + 1,
      !Self.genericGiverStarts.contains(where: { starts($0, at: range.lowerBound) }),
      // 全社会, 大会; 某省爱心企业: a common word, or a kind of giver after a place.
      !Self.genericGiverEnds.contains(where: { ends($0, at: range.upperBound) }),
      !range.contains(where: { starts("爱心", at: $0) }),
      !inList(.notAName, range),
      // 引导企业投资, 鼓励民营企业投资: a verb, or a kind of firm, is no giver's name.
      lexicon.list(.stop).longest(in: text, at: range.lowerBound).map({ $0.word.count < 2 }) ?? true,
      !Self.verbsBeforeGivers.contains(where: { starts($0, at: range.lowerBound) }),
      !(range.lowerBound..<min(range.upperBound, range.lowerBound + 3)).contains(where: {
        lexicon.list(.firmKind).contains(text[$0..<range.upperBound])
      }),
      // 某某镇党委政府, 某某县企业: a place and a kind word name no one.
      !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < range.upperBound && $0.end > range.lowerBound
          && (!$0.isPlace || $0.end + 2 > range.upperBound - ending.unicodeScalars.count)
      })
    else { return }
    addGiver(range)
  }

  /// 爱心商家某某鲜积极…向某社区捐赠: the firm's bare name after the lead, to the next stop word.
  mutating func readGiverAfterLead(at index: Int) {
    guard let lead = Self.giverLeads.first(where: { starts($0, at: index) }) else { return }
    let stop = lexicon.list(.stop)
    let start = index + lead.unicodeScalars.count
    var end = start
    while end < text.count, end - start < 8, isName(end), stop.longest(in: text, at: end) == nil {
      end += 1
    }
    guard end - start >= 2, end - start <= 6,
      !mentions.contains(where: { $0.visibility != .dropped && $0.start < end && $0.end > start })
    else { return }
    addGiver(start..<end)
  }

  mutating func addGiver(_ range: Range<Int>) {
    // A short form of a place the name begins with (香港某某基金会) is no entity of its own;
    // a place written in full is (the ruling on places inside names).
    for index in mentions.indices
    where mentions[index].visibility == .entity && mentions[index].start >= range.lowerBound
      && mentions[index].end <= range.upperBound && mentions[index].via == "gazetteer"
    {
      mentions[index].visibility = .hidden
    }
    _ = addMention(
      Mention(
        start: range.lowerBound, end: range.upperBound, className: "Organization",
        name: string(range), via: "giver"))
  }
}
