import TupuOntology

extension SentenceReader {
  /// The items of an enumeration whose frame says they are works (听取了A、B; A、B等重点项目)
  /// become Projects, whatever their suffix; a site a visit sees (先后来到A、B等地) is a work when
  /// its name or its list says so, else a Place. A place written at the head of an item stays an
  /// entity and contains it (某村有机化肥厂 in 某村); people, divisions and bodies keep their class.
  mutating func readEnumerations() {
    let reader = ListReader(lexicon: lexicon, text: text, taken: taken)
    for enumeration in reader.enumerations() {
      shareSuffix(enumeration)
      shareWorkTail(enumeration)
      shareBodies(enumeration)
      if case .divisions(let className) = enumeration.frame {
        addCountedDivisions(enumeration, className: className)
        continue
      }
      guard enumeration.frame != .none else { continue }
      let exact = enumeration.items.map { mention(exactly: $0) }
      // A list of people is no list of works.
      if exact.contains(where: { $0.map { mentions[$0].isPerson } ?? false }) { continue }
      readStandingParksOfPlaces(enumeration)
      // 包括饲料、养殖、屠宰、食品四个项目: items of two characters each are the trades or fields
      // a work spans, no works by name (a work's name is longer).
      let kindsOnly = enumeration.items.count >= 2 && enumeration.items.allSatisfy { $0.count <= 2 }
      // A list with a project read by its suffix (A项目、B、C等地) lists works.
      let listsWorks = enumeration.items.contains { item in
        mentions.contains {
          $0.className == .project && $0.visibility != .dropped && $0.end == item.upperBound
            && $0.start >= item.lowerBound
        }
      }
      for (listed, same) in zip(enumeration.items, exact) {
        let item = withoutAspect(withoutAlias(listed))
        if let same {
          let mention = mentions[same]
          if mention.className == .project || mention.isDivision || mention.className == .meeting
            || mention.className == .organization && mention.isBody
          {
            continue
          }
          // A site a visit sees keeps the class its name gives it (某公园, 某有限公司); a firm
          // the list calls a work (先后来到A有限公司、B项目等项目现场) is one of its works, one
          // it calls a firm (同A公司、B公司等企业项目签约) stays the firm.
          if enumeration.frame != .projects { continue }
          // 深入某经济开发区、某公司等重点项目企业: a zone that stands, named by its zone word,
          // stays the place its works lie in, though the list calls its items works; one the
          // list says is being planned or built (甲、乙园区规划建设) is a work (the zones ruling).
          if mention.className == .place,
            Self.zoneEnds.contains(where: { ExactText.ends(mention.name, with: $0) }),
            !isPlannedOrBuilt(mention.end, enumeration)
          {
            continue
          }
          if mention.className == .organization, ExactText.ends(mention.name, with: "公司"),
            enumeration.closer.prefix(6).contains(where: { starts("企业", at: $0) })
          {
            continue
          }
        }
        if item.contains(where: { taken[$0] }) || isGenericItem(item) { continue }
        // 到某县政务服务中心、某学校等项目现场: an item cut from the end of a name read whole
        // before it (中心 of 某县政务服务中心) is no work of its own.
        if mentions.contains(where: {
          $0.visibility != .dropped && !$0.isDivision && $0.start < item.lowerBound
            && $0.end == item.upperBound
        }) {
          continue
        }
        // 要求乡镇、街道根据每个社区建设进展…: a clause (根据, 按照, 每个) runs through the item;
        // no name holds one.
        if item.contains(where: { index in Self.clauseWords.contains { starts($0, at: index) } }) {
          continue
        }
        // 盟委副书记、盟长某某…等项目: a post whose holder went unread is no work.
        if let post = lexicon.leaderPosts.longest(in: text, at: item.lowerBound),
          post.word.count == item.count
        {
          continue
        }
        // 到甲镇、乙镇调研项目建设: a visit's verb ends the list; what follows is no item.
        // 某村整体村容村貌, 某村人居环境整治成效: what of a place is seen, no work.
        if lexicon.list(.topicEnd).longest(in: text, endingAt: item.upperBound) != nil { continue }
        let visitWords = lexicon.list(.visitWord)
        if item.dropFirst(2).contains(where: { visitWords.longestLength(in: text, at: $0) != nil }) {
          continue
        }
        if enumeration.frame == .visit, !listsWorks, !namesWork(item) { continue }
        // 前往甲、乙两个农村饮水安全工程项目区; 在A片区、B片区等棚户区改造项目现场: the list's
        // closer says what kind of work is done at its items, which are the places of those
        // works, no work by name (an item that names a work of its own stays one).
        if enumeration.frame == .projects, !listsWorks, !namesWork(item),
          closesWithKindOfWork(enumeration)
        {
          continue
        }
        // 了解了企业生产经营、职工队伍建设情况: a list closed only by how things go (建设情况,
        // 推进情况) lists topics as readily as works; an item is a work only when its name, its
        // list or a kind of work in it says so.
        if enumeration.frame == .projects, !listsWorks, closesWithProgress(enumeration),
          !namesWork(item), !namesWorkKind(item)
        {
          continue
        }
        // 听取关于A、B项目建设、C等工作情况的汇报: a list closed by tasks (等工作, 等重点工作,
        // 等事项) holds topics beside works; an item is a work only when its own name says so
        // (某公园, 某村违建整治, A项目), not a field of work its words name (包村拆违, 线路迁改,
        // 重大项目落实), whatever its neighbours are.
        if enumeration.frame == .projects, closesWithTasks(enumeration), !namesWorkKind(item),
          !ends("项目", at: item.upperBound), !ends("工程", at: item.upperBound)
        {
          continue
        }
        if enumeration.frame == .sites, !listsWorks, !namesWork(item) {
          // A site named as a company, a body or a village keeps what its name makes it.
          if let suffix = lexicon.suffixes.longest(in: text, endingAt: item.upperBound),
            suffix.payload.className != .place || isKindWordAlone(item, suffix: suffix.word)
          {
            continue
          }
          // 赴上海、深圳等地, 安徽砀山、淮北等地: an item that begins or ends with a division the
          // gazetteer knows is that division or a short form under it, no site (a verb before
          // it is no part of any name).
          if mentions.contains(where: {
            $0.isDivision && $0.via == "gazetteer" && $0.start >= item.lowerBound
              && $0.end <= item.upperBound
              && ($0.start == item.lowerBound || $0.end == item.upperBound)
          }) {
            continue
          }
          // 深入社区、超市、农贸市场等地: a kind of site written alone names none.
          if isKindWords(item) || lexicon.list(.workKind).contains(text[item]) { continue }
          if lexicon.list(.genericName).longestLength(in: text, at: item.lowerBound) == nil,
            item.count >= 3, isReached(enumeration)
          {
            addListedItem(item, className: .place)
          }
          continue
        }
        // 某镇某村 among the works a tour sees: a village or town is no work.
        if let head = mentions.first(where: {
          $0.isDivision && $0.visibility != .dropped && $0.start == item.lowerBound
        }), mentions.contains(where: {
          $0.isDivision && $0.visibility != .dropped && $0.start == head.end
            && $0.end == item.upperBound
        }) {
          continue
        }
        if kindsOnly { continue }
        addListedItem(item, className: .project)
      }
    }
  }

  static let clauseWords = ["根据", "按照", "依据", "对照", "每个", "每一个"]

  /// 先后前往甲镇某产业园、乙镇某产业基地等地实地调研: a park or base its suffix read as a work,
  /// in a list the words after it call places (等地, 等处), is a zone that stands (the zones
  /// ruling), unless the sentence tours works (项目建设, 施工, 建设进度) or the item's name goes on
  /// as a work (某产业园项目, 某产业园建设). It stays a Place wherever else the article names it.
  mutating func readStandingParksOfPlaces(_ enumeration: Enumeration) {
    guard enumeration.frame == .sites, let closing = enumeration.closer.first,
      isListOfPlaces(after: closing)
    else { return }
    // NB: the tour's words looked for outside the items (某厂房建设项目 names a work, no tour).
    let tour = lexicon.list(.projectTour)
    let sentence = 0..<text.count
    if sentence.contains(where: { position in
      !enumeration.items.contains(where: { $0.contains(position) })
        && tour.longestLength(in: text, at: position) != nil
    }) {
      return
    }
    for item in enumeration.items {
      guard let index = mentions.indices.last(where: {
        mentions[$0].end == item.upperBound && mentions[$0].start >= item.lowerBound
          && mentions[$0].visibility != .dropped
      }), mentions[index].className == .project, ["suffix", "list"].contains(mentions[index].via),
        Self.zoneEndings.contains(where: { ExactText.ends(mentions[index].name, with: $0) })
      else { continue }
      // 甲镇某产业园: the towns the item begins with name the park too and contain it.
      var container: Int?
      var position = item.lowerBound
      while position < mentions[index].start, let next = mentions.indices.last(where: {
        mentions[$0].start == position && mentions[$0].end <= mentions[index].start
          && mentions[$0].isDivision && mentions[$0].visibility == .entity
      }) {
        container = next
        position = mentions[next].end
      }
      if let container, position == mentions[index].start {
        mentions[index].start = item.lowerBound
        mentions[index].name = string(item)
        mentions[index].container = container
      }
      mentions[index].className = .place
      mentions[index].via = Self.standingZoneVia
    }
  }

  /// Whether the list's closing words, right after the item ending at `end`, say it is being
  /// planned or built (甲、乙园区规划建设, 某园区建设情况).
  func isPlannedOrBuilt(_ end: Int, _ enumeration: Enumeration) -> Bool {
    guard let closing = enumeration.closer.first, closing == end else { return false }
    return starts("规划", at: closing) || lexicon.list(.workWord).longestLength(in: text, at: closing) != nil
  }

  /// The words a standing zone's name ends with (某经济开发区, 某工业集中区); a park (某物流园区)
  /// may be a work under way, and is left to the list.
  static let zoneEnds = ["开发区", "经开区", "高新区", "集聚区", "工业区", "集中区", "经济区"]

  /// Whether the sentence goes to the sites it lists (到A、B现场, 来到A、B等地) or calls them
  /// places (A、B等地): people who gather on the spot (领导、代表齐聚现场) or a demand to go
  /// there (要多下一线、多去现场) name no site.
  func isReached(_ enumeration: Enumeration) -> Bool {
    guard let first = enumeration.items.first?.lowerBound else { return false }
    // 等地, 等处: the list says its items are places.
    if enumeration.opener != nil || enumeration.closer.first.map({ text[$0] == "等" }) ?? false {
      return true
    }
    let visits = lexicon.list(.listVisit)
    var position = first
    while position > 0, !"。；;！？".unicodeScalars.contains(text[position - 1]) {
      position -= 1
      if "到赴".unicodeScalars.contains(text[position])
        || visits.longestLength(in: text, at: position) != nil
      {
        return true
      }
    }
    return false
  }

  /// An item made only of words that say what kind of work it is (重点项目, 民生工程).
  func isGenericItem(_ item: Range<Int>) -> Bool {
    if namesNoWork(item) || isCoveredByGenericWords(item) || isActivityItem(item) { return true }
    var end = item.upperBound
    while end > item.lowerBound, text[end - 1] == "等" { end -= 1 }
    end = beforeGenericWords(end, from: item.lowerBound)
    // 关于人大十件民生实事项目进展情况: a count after who runs a programme of works names none.
    let start = afterGenericWordsAndCounts(afterPlanPeriod(item.lowerBound, end: end), end: end)
    // NB: a word of two ideographs is two scalars: others are not made a String to compare.
    return end - start < 2 || (end - start == 2 && Self.bareWorkWords.contains(string(start..<end)))
  }

  static let bareWorkWords: WordSet = ["项目", "工程"]

  static let documentKinds: WordSet = [
    "方案", "规划", "计划", "报告", "意见", "办法", "细则", "纲要", "实施方案", "建设方案", "工作方案",
    "设计方案",
  ]

  /// Whether the list ends with words that say only how its items go (建设情况, 推进情况), not
  /// that they are works (项目, 工程, 施工现场), and no count or cue calls them works.
  func closesWithProgress(_ enumeration: Enumeration) -> Bool {
    guard let first = enumeration.closer.first,
      let word = lexicon.list(.listProjects).longest(in: text, at: first)
    else { return false }
    let written = ScalarString.make(word.word[...])
    return written.hasSuffix("情况") || written.hasSuffix("进展")
  }

  /// Whether the list's closer is 等 and a word for tasks or topics, maybe after a word for
  /// which (等工作, 等重点工作, 等有关事项).
  func closesWithTasks(_ enumeration: Enumeration) -> Bool {
    guard let first = enumeration.closer.first, text[first] == "等" else { return false }
    var start = first + 1
    if let modifier = ListReader.taskModifiers.first(where: { starts($0, at: start) }) {
      start += modifier.unicodeScalars.count
    }
    return start < enumeration.closer.upperBound
      && lexicon.list(.listTopics).longestLength(in: text, at: start) != nil
  }

  /// Whether the list's closer, after 等 or a count, names a kind of work before the word that
  /// makes its items works (等棚户区改造项目现场, 三个农村饮水安全工程项目区), not only how
  /// weighty or new they are (等重点项目, 等5个新建项目).
  func closesWithKindOfWork(_ enumeration: Enumeration) -> Bool {
    let closer = enumeration.closer
    guard var start = closer.first else { return false }
    if text[start] == "等" { start += 1 }
    let counts = "0123456789一二三四五六七八九十百余多几两".unicodeScalars
    var counted = start
    while counted < closer.upperBound, counts.contains(text[counted]) { counted += 1 }
    if counted > start, counted < closer.upperBound {
      // 三家企业技改项目: items counted as firms are the firms whose works they are.
      guard "个处座项".unicodeScalars.contains(text[counted]) else { return false }
      start = counted + 1
    }
    // The first word that makes the items works must be 项目 or 工程 (某某园区规划建设及…, 等工作
    // 作了安排部署 say how the items go, not what kind of work they are).
    let projects = lexicon.list(.listProjects)
    guard let end = (start..<min(closer.upperBound, start + 12)).first(where: {
      projects.longestLength(in: text, at: $0) != nil
    }), starts("项目", at: end) || starts("工程", at: end) else { return false }
    let kind = start..<end
    guard kind.count >= 3, kind.allSatisfy({ Self.isIdeograph(text[$0]) }),
      !Self.stagesOfWork.contains(where: { stage in kind.contains { starts(stage, at: $0) } })
    else { return false }
    return !isCoveredByGenericWords(kind) && !isGenericItem(kind)
  }

  /// How far works have gone (等新竣工项目, 等已开工项目): which works, not what kind.
  static let stagesOfWork = ["竣工", "建成", "开工", "完工", "投产", "签约", "落地", "在建", "续建"]

  /// Whether a kind of work or a place's or work's suffix stands in the item (某某高速, 某污水厂),
  /// or it ends with a character that names a site (某某智造园, 某某冷链港).
  func namesWorkKind(_ item: Range<Int>) -> Bool {
    if let last = item.last, Self.siteEndings.contains(text[last]) { return true }
    if item.contains(where: { lexicon.list(.workKind).longestLength(in: text, at: $0) != nil }) { return true }
    if let suffix = lexicon.suffixes.longest(in: text, endingAt: item.upperBound),
      suffix.word.count < item.count
    {
      return true
    }
    return mentions.contains {
      $0.visibility != .dropped && $0.start >= item.lowerBound && $0.end <= item.upperBound
    }
  }

  /// Characters a site's name ends with (园, 港, 馆, 桥…), which no topic ends with.
  static let siteEndings = Set("园港馆厂站场城路桥湖河湾岛谷苑楼院庄寺塔坊街巷村镇区".unicodeScalars)

  /// Whether the item's name says it is a work: 改造, 建设, 工程, 二期…
  func namesWork(_ item: Range<Int>) -> Bool {
    item.contains { lexicon.list(.workWord).longestLength(in: text, at: $0) != nil }
  }

  /// 甲、乙、丙社区: earlier items written without the suffix the last one has share it.
  mutating func shareSuffix(_ enumeration: Enumeration) {
    guard enumeration.items.count >= 2, let last = enumeration.items.last,
      let named = mention(exactly: last), mentions[named].isDivision,
      let suffix = lexicon.suffixes.longest(in: text, endingAt: last.upperBound),
      suffix.payload.kind == .division, last.count - suffix.word.count <= 4
    else { return }
    let earlier = enumeration.items.dropLast()
    guard earlier.allSatisfy({ item in
      item.count >= 2 && item.count <= 4 && item.allSatisfy { Self.isIdeograph(text[$0]) && !taken[$0] }
        && !mentions.contains { $0.visibility != .dropped && $0.start < item.upperBound && $0.end > item.lowerBound }
    }) else { return }
    let word = ScalarString.make(suffix.word[...])
    let folded = suffix.payload.fold ?? word
    for item in earlier {
      _ = addMention(
        Mention(
          start: item.lowerBound, end: item.upperBound, className: mentions[named].className,
          name: string(item) + folded, container: mentions[named].container, via: "list-suffix"))
    }
  }

  /// 甲旗、乙市出入口改造项目, 甲庄、乙庄城中村改造: a list's first item written bare (a short name,
  /// no entity of its own), right before a work whose suffix named it, shares that work's
  /// words: the two are one work, named whole with the list comma (as 甲公园、乙游园及城区绿化建设
  /// 项目 is written whole).
  mutating func shareWorkTail(_ enumeration: Enumeration) {
    guard enumeration.items.count >= 2, case let first = enumeration.items[0],
      case let second = enumeration.items[1], first.count >= 2, first.count <= 3,
      first.upperBound + 1 == second.lowerBound, text[first.upperBound] == "、",
      first.allSatisfy({ Self.isIdeograph(text[$0]) && !taken[$0] }),
      !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < first.upperBound && $0.end > first.lowerBound
      }),
      lexicon.list(.stop).longestLength(in: text, at: first.lowerBound) == nil, !isGenericItem(first),
      // 研究了甲工程实施方案、乙项目: a document's kind (方案 of 实施方案) is no name; the first
      // item begins right after a mark, the list's cue or a stop word (深入, 了解).
      first.lowerBound == 0 || !Self.isIdeograph(text[first.lowerBound - 1])
        || enumeration.opener?.upperBound == first.lowerBound
        || lexicon.list(.stop).longest(in: text, endingAt: first.lowerBound) != nil,
      !Self.documentKinds.contains(string(first)),
      second.count >= first.count + 4, namesWork(second), !isGenericItem(second),
      // 甲、乙实地查看了某建设: names before a visit's verb are people, no work's.
      !second.contains(where: { lexicon.list(.visitWord).longestLength(in: text, at: $0) != nil })
    else { return }
    // The work read by its suffix (某市某改造项目), or one only the list reads (某庄城中村改造).
    let work = mention(exactly: second)
    if let work {
      guard mentions[work].className == .project,
        ExactText.same(mentions[work].via, "suffix")
      else { return }
    } else {
      guard enumeration.frame != .none, !second.contains(where: { taken[$0] }),
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start < second.upperBound && $0.end > second.lowerBound
        })
      else { return }
    }
    let container = work.flatMap { mentions[$0].container }
    if let work { mentions[work].visibility = .dropped }
    let whole = first.lowerBound..<second.upperBound
    for index in whole { taken[index] = true }
    _ = addMention(
      Mention(
        start: whole.lowerBound, end: whole.upperBound, className: .project, name: string(whole),
        container: container, via: "list-tail"))
  }

  /// 枫林、沙洲和岩冲等5个村: each item a place of the counted level, named as written.
  mutating func addCountedDivisions(_ enumeration: Enumeration, className: EntityClass) {
    // 甲、乙、丙、丁四镇: a name read by its suffix across the count (丁四镇, 丁四镇人大) is none.
    if let last = enumeration.items.last, last.upperBound == enumeration.closer.lowerBound,
      last.upperBound < text.count,
      text[last.upperBound] == "两" || ListReader.smallNumerals.contains(text[last.upperBound])
    {
      for index in mentions.indices
      where mentions[index].visibility != .dropped && mentions[index].start >= last.lowerBound
        && mentions[index].start < last.upperBound && mentions[index].end > last.upperBound
      {
        mentions[index].visibility = .dropped
      }
    }
    // 石门镇石岭、青木三个村: the division written right before the list holds every item.
    let container = enumeration.items.first.flatMap { first in
      mentions.indices.last {
        mentions[$0].end == first.lowerBound && mentions[$0].isDivision
          && mentions[$0].visibility == .entity
      }
    }
    // 甲、乙两镇, 甲、乙、丙三个社区: a count written without 等 names one level, which each
    // short name is written without (甲镇, 乙镇; the same place where the text writes it whole).
    var level = ""
    if let first = enumeration.closer.first, text[first] != "等" {
      var position = first + 1
      // 12个村: a count in digits may be longer than one character.
      while position < text.count, ListReader.digitValue(text[position]) != nil { position += 1 }
      if position < text.count, text[position] == "个" { position += 1 }
      if let suffix = lexicon.suffixes.longest(in: text, at: position),
        suffix.payload.kind == .division, !Self.levelPairs.contains(where: { starts($0, at: position) })
      {
        level = suffix.payload.fold ?? ScalarString.make(suffix.word[...])
      }
    }
    // 负责人赴石岭、青木等乡镇: a first name glued to a verb of going, in a segment the list
    // reader closed earlier (at 负责人), is the list's first item too.
    var items = enumeration.items
    if let first = items.first, first.lowerBound > 0, text[first.lowerBound - 1] == "、" {
      var start = first.lowerBound - 1
      while start > 0, !ListReader.isClauseEnd(text[start - 1]), text[start - 1] != "、",
        first.lowerBound - start < ListReader.longestItem
      {
        start -= 1
      }
      let segment = start..<(first.lowerBound - 1)
      let glued = afterGoing(segment)
      if glued.lowerBound > segment.lowerBound, glued.count <= 4 { items.insert(glued, at: 0) }
    }
    for (number, listed) in items.enumerated() {
      // 负责人赴石岭、青木等乡镇: the first item begins after a verb of going glued to it.
      let whole = number == 0 ? afterGoing(listed) : listed
      // 把沿河、石桥等…: a preposition glued to the first item is no part of its name.
      let item = whole.count >= 3 && Self.functionCharacters.contains(text[whole.lowerBound])
        ? (whole.lowerBound + 1)..<whole.upperBound : whole
      // 东街、南街3个社区: a short name read by another level's word (街) is of the counted level.
      for index in mentions.indices
      where mentions[index].visibility != .dropped && mentions[index].start == item.lowerBound
        && mentions[index].end == item.upperBound && mentions[index].isDivision
        && mentions[index].className != className
      {
        mentions[index].visibility = .dropped
      }
      // 深入禾路、青竹等街道: a first name ending in 路 read as a road with the verb before it
      // is the short name of a place of the list's level.
      if number == 0 {
        for index in mentions.indices
        where mentions[index].visibility != .dropped && mentions[index].className == .road
          && mentions[index].start < item.lowerBound && mentions[index].end == item.upperBound
          && ExactText.same(mentions[index].via, "suffix")
        {
          mentions[index].visibility = .dropped
        }
      }
      guard item.count <= 5 && item.allSatisfy({ Self.isIdeograph(text[$0]) && !taken[$0] })
      && !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < item.upperBound && $0.end > item.lowerBound
      })
      else { continue }
      _ = addMention(
        Mention(
          start: item.lowerBound, end: item.upperBound, className: className,
          name: string(item) + level, container: container, via: "list-counted"))
    }
  }

  /// Level words that name two levels at once (两个乡镇: townships or towns), so none of them.
  static let levelPairs = ["乡镇", "镇街", "村居", "村社区"]

  /// Verbs of going to places (赴, 深入, 前往) a list of short division names may be glued to.
  static let goingWords = ["赴", "深入", "前往", "来到", "走进", "走访"]

  /// 负责人赴石岭 → 石岭: the part of an item after the last verb of going inside it, when two
  /// characters or more are left; the item itself otherwise.
  func afterGoing(_ item: Range<Int>) -> Range<Int> {
    guard item.count >= 3 else { return item }
    for start in stride(from: item.upperBound - 3, through: item.lowerBound, by: -1) {
      if let word = Self.goingWords.first(where: { starts($0, at: start) }),
        case let cut = start + word.unicodeScalars.count, item.upperBound - cut >= 2
      {
        return cut..<item.upperBound
      }
    }
    return item
  }

  /// The visible mention spanning exactly `range`.
  func mention(exactly range: Range<Int>) -> Int? {
    mentions.indices.last {
      mentions[$0].start == range.lowerBound && mentions[$0].end == range.upperBound
        && mentions[$0].visibility != .dropped
    }
  }

  mutating func addListedItem(_ item: Range<Int>, className: EntityClass) {
    // 研究了A工程实施方案、B项目等事项: a document's kind left of an item (方案, 规划) is no work.
    if className == .project, item.count <= 4, Self.documentKinds.contains(string(item)) {
      return
    }
    // 教育文体类、公共安全类8大类(18个项目): an item that closes on 类 names a category of works, no
    // work.
    if className == .project, ends("类", at: item.upperBound) {
      for index in item { taken[index] = true }
      return
    }
    // The places the item's name begins with (某镇某村…): the innermost contains it.
    var container: Int?
    var chain: Set<Int> = []
    var position = item.lowerBound
    while let next = mentions.indices.last(where: {
      mentions[$0].start == position && mentions[$0].end < item.upperBound
        && mentions[$0].isDivision && mentions[$0].visibility == .entity
    }) {
      container = next
      chain.insert(next)
      position = mentions[next].end
    }
    // 某县某工业集中区…项目: a zone or road written in full after them holds it.
    if let head = mentions.indices.first(where: {
      mentions[$0].end < item.upperBound && isHeadPlace($0, of: item.lowerBound, chainEnd: position)
    }) {
      container = head
      chain.insert(head)
    }
    for index in mentions.indices
    where !chain.contains(index) && mentions[index].start >= item.lowerBound
      && mentions[index].end <= item.upperBound
    {
      // 城中村改造甲村和乙村还迁房项目: a village written in full further inside the item's
      // name is an entity too (the rulings), though it holds nothing. (One begun with a level
      // word, 某镇 + 镇某村, is the cut tail of a town's name.)
      if mentions[index].visibility == .entity, mentions[index].className == .community,
        ExactText.same(mentions[index].via, "suffix"), mentions[index].container == nil,
        !Self.levelScalars.contains(text[mentions[index].start])
      {
        continue
      }
      mentions[index].visibility = .dropped
    }
    for index in item { taken[index] = true }
    _ = addMention(
      Mention(
        start: item.lowerBound, end: item.upperBound, className: className, name: string(item),
        container: container, via: "list"))
  }
}
