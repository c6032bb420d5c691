import TupuOntology

extension SentenceReader {
  /// What may follow a county-level name to show it is one: its level's bodies and posts (某县委,
  /// 某区人民政府, 某县长) and the institutions only a division has (某县人民法院, 某区融媒体中心).
  static let divisionBodyStarts = [
    "委", "长", "政府", "人民政府", "人大", "政协", "纪委", "监委", "人民法院", "人民检察院",
    "融媒体", "公安局", "财政局", "教育局", "卫生健康局", "卫健局", "卫计委", "政府信息",
    "发展和改革",
  ]

  /// Ends only a division has (…新区, …管理区, …自治县, …自治旗): a name so written is one.
  static let divisionForms = ["新区", "管理区", "自治县", "自治旗"]

  /// 疫情分区, 对接区, 兄弟县: a common word read as a District by its suffix alone. A name the
  /// country's list of county-level divisions does not have is one only with evidence of its
  /// own in the sentence (`hasDivisionEvidence`); otherwise it is no entity (`tupu eval
  /// --explain` shows it as suffix-unvouched). A page's other sentences that name it with
  /// evidence still give the entity.
  mutating func dropUnknownDivisions() {
    trimToKnownCounties()
    for index in mentions.indices
    where mentions[index].className == .district && mentions[index].visibility == .entity
      && mentions[index].via == "suffix" && !isKnownCounty(mentions[index].name)
      && !hasDivisionEvidence(index)
    {
      mentions[index].visibility = .dropped
      mentions[index].via = Self.unvouchedDivision
    }
  }

  /// “状元之乡”, 享有“世界某乡”美誉, “十里某乡·百里花海”: a place's praise name, "the land of X",
  /// is no township: 之乡 says so, and so does a 乡 name in quotes that a quote or a slogan's dot
  /// closes, unless a place's cue stands before it (来到“某乡”).
  mutating func dropPraiseNamesAsTowns() {
    for index in mentions.indices
    where mentions[index].className == .street && mentions[index].visibility == .entity {
      let (start, end) = (mentions[index].start, mentions[index].end)
      guard end - start >= 3, text[end - 1] == "乡" else { continue }
      let landOf = text[end - 2] == "之"
      let quoted =
        start > 0 && "“\"「".unicodeScalars.contains(text[start - 1]) && end < text.count
        && "”\"」·•".unicodeScalars.contains(text[end]) && !isPlaceCueBefore(start - 1)
      if landOf || quoted { mentions[index].visibility = .dropped }
    }
  }

  /// 建设“红色某县、中国某乡”, 开展“同心社区”创建, 打造“首善之区”, 共建“幸福街道·品质某某”: a
  /// slogan in quotation marks that ends in a division's or road's word names no division or
  /// road. A quote counts as a slogan when it holds no sentence punctuation (a quoted speech,
  /// “这条路连接甲村、乙村，…”, names real places) and no place's cue stands before it (来到“某村”).
  /// Places (parks, squares) are left alone: a quoted topic may name a real one.
  mutating func dropDivisionsInSlogans() {
    for index in mentions.indices
    where mentions[index].visibility == .entity
      && [.city, .district, .street, .community, .road].contains(mentions[index].className)
    {
      guard let (open, close) = enclosingQuote(mentions[index].start, mentions[index].end),
        close - open - 1 <= Self.longestSlogan,
        !((open + 1)..<close).contains(where: { Self.speechPunctuation.contains(text[$0]) }),
        !isSloganPlaceCueBefore(open),
        // “某村”党支部: a name read across the closing mark holds the place as a real one.
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start > open && $0.start < close && $0.end > close
        })
      else { continue }
      mentions[index].visibility = .dropped
    }
  }

  /// The longest quoted slogan read as one (“管理有序、服务完善、环境优美、文明和谐” is 19).
  static let longestSlogan = 24
  static let speechPunctuation = ScalarChoice(",，。;；:：!！?？…".unicodeScalars)

  /// The opening and closing marks of the quotation `start..<end` lies in, within the sentence.
  func enclosingQuote(_ start: Int, _ end: Int) -> (Int, Int)? {
    var open: Int?
    var position = start - 1
    while position >= 0 {
      if text[position] == "”" || text[position] == "」" { return nil }
      if text[position] == "“" || text[position] == "「" {
        open = position
        break
      }
      position -= 1
    }
    guard let open else { return nil }
    position = end
    while position < text.count {
      if text[position] == "“" || text[position] == "「" { return nil }
      if text[position] == "”" || text[position] == "」" { return (open, position) }
      position += 1
    }
    return nil
  }

  /// A place's cue right before an opening mark (来到“某村”, 在“某镇”); a list's 、 is none here,
  /// as it only joins one slogan to the next (“同心乡村”、“同心社区”).
  func isSloganPlaceCueBefore(_ open: Int) -> Bool {
    guard open > 0, text[open - 1] != "、" else { return false }
    return isPlaceCueBefore(open)
  }

  /// 工作联系点某某区某镇: one or two characters glued before a county of the country's list (the
  /// tail of 联系点, a verb) are no part of its name; the county begins after them.
  mutating func trimToKnownCounties() {
    for index in mentions.indices
    where mentions[index].className == .district && mentions[index].visibility == .entity
      && mentions[index].via == "suffix" && !isKnownCounty(mentions[index].name)
    {
      let (start, end) = (mentions[index].start, mentions[index].end)
      for glued in 1...2 where end - start - glued >= 3 {
        guard !(start..<(start + glued)).contains(where: { Self.levelCharacters.contains(text[$0]) })
        else { break }
        let name = string((start + glued)..<end)
        if isKnownCounty(name) {
          mentions[index].start = start + glued
          mentions[index].name = name
          break
        }
      }
    }
  }

  /// How a dropped name was read, for `--explain`.
  static let unvouchedDivision = "suffix-unvouched"

  func isKnownCounty(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    return [Lexicon.ListName.county, .countyCity, .countyOneCharacter].contains {
      lexicon.list($0).contains(scalars[...])
    }
  }

  /// 某市某区, 某区委, 某某新区, 某县、某县: what shows a name read by its suffix is a division.
  func hasDivisionEvidence(_ index: Int) -> Bool {
    let mention = mentions[index]
    // 县城区, 区县: a name that begins with a level word is that word's compound, no division.
    if let first = mention.name.unicodeScalars.first, "区县市省".unicodeScalars.contains(first) {
      return false
    }
    if Self.divisionForms.contains(where: { mention.name.hasSuffix($0) }) { return true }
    if isFramedAsPlace(mention), !isCommonWordBeforeSuffix(mention) { return true }
    // A body or post of its level, or a division's institution, right after it.
    if Self.divisionBodyStarts.contains(where: { starts($0, at: mention.end) }) { return true }
    // A post read with it as its unit (某县县长某某).
    if posts.contains(where: { post in
      post.units.contains { if case .mention(index) = $0 { return true } else { return false } }
    }) {
      return true
    }
    // A higher division written just before it (某市某区, 某省某县), or a known division of
    // the same list before or after it (某县、某某县).
    for other in mentions.indices where other != index && mentions[other].visibility != .dropped {
      let neighbour = mentions[other]
      if neighbour.className == .city,
        neighbour.end == mention.start
          || (neighbour.end + 1 == mention.start && Self.divisionJoiners.contains(text[neighbour.end]))
      {
        return true
      }
      if neighbour.className == .district, isKnownCounty(neighbour.name),
        (neighbour.end + 1 == mention.start && text[neighbour.end] == "、")
          || (mention.end + 1 == neighbour.start && text[mention.end] == "、")
      {
        return true
      }
    }
    return lexicon.list(.prefecture).longest(in: text, endingAt: mention.start) != nil
  }

  /// 在体验区, 核心区内: a common word before the suffix names a kind of area, and where a place
  /// stands in the sentence does not make it a county (its body or post after it still does).
  func isCommonWordBeforeSuffix(_ mention: Mention) -> Bool {
    let scalars = Array(mention.name.unicodeScalars)
    guard scalars.count == 3 else { return false }
    return lexicon.list(.commonWordNotName).contains(scalars[0..<2])
  }

  /// Where the genre writes a division's name: at a clause's start (某县召开…, ，某区经济…),
  /// after a preposition of place (在某区, 来某县, 地处某区), joined to another by 与
  /// (某区与某县合作), or before a town or village of its own (某县某镇). A common word read by
  /// its suffix follows a verb or sits inside a phrase (实施疫情分区, 学习兄弟县区, 的杞县县情).
  func isFramedAsPlace(_ mention: Mention) -> Bool {
    let start = mention.start
    if start == 0 || Self.clauseOpeners.contains(text[start - 1]) { return true }
    if Self.placePrepositions.contains(text[start - 1]) { return true }
    if start >= 2, Self.placeVerbs.contains(where: { ends($0, at: start) }) { return true }
    // (与 only: 和 joins lists of common things too, 体验区和互动区.)
    if mention.end < text.count, text[mention.end] == "与",
      mentions.contains(where: {
        $0.start == mention.end + 1 && $0.className == .district && $0.visibility != .dropped
      })
    {
      return true
    }
    if start >= 2, text[start - 1] == "与",
      mentions.contains(where: {
        $0.end == start - 1 && $0.className == .district && $0.visibility != .dropped
      })
    {
      return true
    }
    return mentions.contains {
      $0.visibility != .dropped && [.street, .community].contains($0.className)
        && ($0.start == mention.end || ($0.start == mention.start && $0.end > mention.end))
    }
  }

  static let clauseOpeners: ScalarChoice = [
    "，", "。", "；", "：", "！", "？", "（", "(", "“", "\"", "「", "【", " ", "\u{3000}", ",", ";",
    ":",
  ]
  static let placePrepositions: ScalarChoice = ["在", "到", "赴", "来", "于", "至", "往", "是"]
  static let placeVerbs = ["地处", "位于", "帮扶", "走进", "来到", "前往"]
  /// What joins a higher division to the name after it (某市、某区, 某省，某县).
  static let divisionJoiners: ScalarChoice = ["、", "及", "和", "与", "，", ","]

  /// Whether a division of the country's lists is written at `index` (陕西 + 某县, read or not).
  func startsKnownDivision(at index: Int) -> Bool {
    startsKnownCounty(at: index)
      || lexicon.list(.countyOneCharacter).containsWord(in: text, at: index) { _ in true }
      || lexicon.list(.prefecture).containsWord(in: text, at: index) { _ in true }
  }
}

extension SentenceReader {
  /// 某省 written bare before its own city or county (浙江某市, 湖北某市考察): the province only
  /// says where the place is; it is no entity of the sentence. (At the head of an address's
  /// chain of divisions it stays one.)
  mutating func hideProvincesBeforeDivisions() {
    for index in mentions.indices
    where mentions[index].className == .city && mentions[index].via == "gazetteer"
      && mentions[index].visibility == .entity
    {
      let (start, end) = (mentions[index].start, mentions[index].end)
      // 浙江爱心企业, 广东发达地区: a bare province run on into a noun phrase modifies it (no
      // verb, punctuation or other word after it), unless a preposition of place, or 对 of
      // 对某省工作的指示, stands before it.
      let before: Unicode.Scalar? = start > 0 ? text[start - 1] : nil
      let placed = before.map { Self.placePrepositions.contains($0) || $0 == "对" } ?? false
      if !placed, end < text.count, Self.isIdeograph(text[end]), !taken[end],
        lexicon.list(.stop).longestLength(in: text, at: end) == nil,
        !mentions.contains(where: { $0.start == end && $0.visibility != .dropped }),
        !startsKnownDivision(at: end)
      {
        mentions[index].visibility = .hidden
        continue
      }
      guard
        let place = mentions.first(where: {
          $0.start == end && [.city, .district].contains($0.className)
            && $0.visibility != .dropped
        })
      else { continue }
      // 新疆某州某县某路: the head of an address's chain of divisions stays a place.
      let chain = mentions.contains {
        $0.start == place.end && $0.isDivision && $0.visibility != .dropped
      }
      if !chain { mentions[index].visibility = .hidden }
    }
  }
}
