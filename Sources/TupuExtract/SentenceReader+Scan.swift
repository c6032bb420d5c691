import TupuOntology

extension SentenceReader {
  typealias Token = Lexicon.ScanWord

  /// The longest lexicon word at `index`; on a tie the earlier kind of `Token` wins.
  func token(at index: Int) -> (Token, Int)? {
    // NB: the payload and length only (a copy of the word retained it at every position). The
    // table holds its words in the order of their kind's priority (`computeScanStarts`), so the
    // first word of the longest length is the one the priority puts highest: no payload is read
    // to rank the others, and the table's own bitmap is the test of the first scalar.
    guard let match = lexicon.scanWords.longestMatch(in: text, at: index) else { return nil }
    let length = match.length
    // NB: the payload read once, by one switch: each `if case` on `match.payload` copied it
    // (a generic copy of the tuple, ~150 instructions, at every position a word starts).
    let payload = match.payload
    // 某镇委员之家, 某社区人大代表联络站, 某社区网格员之家: the people a facility serves, written
    // before its kind word, are part of its name; no post (委员, 代表) begins there, and no body
    // (镇委, 镇人大) runs into them: the division's suffix ends before them.
    switch payload {
    case .suffix: break
    default:
      if let users = (index..<(index + length)).first(where: { startsFacilityOfUsers(at: $0) }) {
        guard users > index,
          let suffix = lexicon.suffixes.longest(in: Array(text[index..<users]), at: 0),
          suffix.payload.kind == .division
        else { return nil }
        return (.suffix(suffix.payload), suffix.word.count)
      }
    }
    switch payload {
    case .stop:
      // 和平小区: a name word that begins with a stop word is no stop; a longer stop that
      // begins with such a word still is (对接 in 某对接会, but 对接帮扶某镇).
      if let keep = lexicon.list(.notAStop).longestLength(in: text, at: index), keep >= length {
        return nil
      }
      // 住房和城乡建设局: a stop inside a name word that began before it (和城乡建设) is no stop.
      if isInsideNameWord(at: index, length: length) { return nil }
      // 某市规划和自然资源局: 和 or 与 joining two fields of one department's name.
      if length == 1, text[index] == "和" || text[index] == "与",
        joinsFieldsOfDepartment(at: index)
      {
        return nil
      }
      // 到建设乡调研, 某县建设村: a common word that names a town or village framed as a place.
      if length == 2, commonWordNamesDivision(at: index) { return nil }
    case .personRole:
      // 某市女企业家协会: a longer name word that begins with a word for people in the crowd
      // (企业家) is part of a body's name, no role.
      if let keep = lexicon.list(.notAStop).longestLength(in: text, at: index), keep > length {
        return nil
      }
    case .body(let body):
      // 江城市委员会: 市委 is no body when 委员会 goes on.
      if text[index + length - 1] == "委", starts("员会", at: index + length) {
        return lexicon.suffixes.longest(in: text, at: index).map {
          (.suffix($0.payload), $0.word.count)
        }
      }
      // 区政府办理: a body whose last characters begin another word (办理) is the shorter body.
      if length > 2, isFalseSuffix(at: index, length: length),
        lexicon.bodies.contains(text[index..<(index + length - 1)])
      {
        return lexicon.scanWords.longest(
          in: Array(text[index..<(index + length - 1)]), at: 0, rank: { $0.priority }
        ).map { ($0.payload, $0.word.count) }
      }
      // 教育部门, 财政部署: a ministry's name that runs on into 部门 (departments) or 部署
      // (deploy) names no ministry.
      if ExactText.ends(body.name, with: "部"), index + length < text.count,
        "门署分位".unicodeScalars.contains(text[index + length])
      {
        return nil
      }
      // 巴州工商联, 博州政协: 州 ends a prefecture's one-character short name (巴州) written right
      // before, no body of the article's 州 (州工商联).
      if ExactText.starts(body.name, with: "州"), index == 1
        || index > 1 && !Self.isIdeograph(text[index - 2]),
        Self.isIdeograph(text[index - 1]), !taken[index - 1],
        lexicon.list(.stop).longest(in: text, endingAt: index) == nil
      {
        return nil
      }
      // 中央花园社区, 中央美墅小区: 中央 (central) begins a place's own name when a place's
      // suffix follows within a few name characters; the party centre is no part of it.
      // NB: by bytes, once (a String == of two Chinese words that differ, ~300 instructions).
      let central = WordSet.same(body.name, "中央")
      if central, beginsPlaceName(at: index, after: length) { return nil }
      // 中央八项规定, 中央一号文件, 中央厨房: 中央 qualifies the rule, document or thing after it.
      if central,
        lexicon.list(.centreQualified).longestLength(in: text, at: index + length) != nil
      {
        return nil
      }
      // 中央在京单位, 中央驻某地企业: the centre's units in a place, a kind of unit, no centre.
      if central, isCentreUnitsInPlace(after: index + length) { return nil }
    case .suffix:
      // 县扶贫办公室, 区信访办公室: an office written short (扶贫办) that runs on into 办公室 is the
      // office written in full; 办公室 ends its name.
      if text[index + length - 1] == "办", starts("公室", at: index + length) { return nil }
      // 市农业农村委员会, 市政协提案委员会, 区监察委员会: a committee written short (农业农村委) that
      // runs on into 委员会 is the committee written in full, named in full (the rulings).
      if length > 2, text[index + length - 1] == "委", starts("员会", at: index + length) {
        return nil
      }
    default: break
    }
    return (payload, length)
  }

  /// Whether the name characters after `index + length` run, within one to three characters,
  /// into the suffix of an estate, park, road, community or street (中央 + 花园 + 社区).
  func beginsPlaceName(at index: Int, after length: Int) -> Bool {
    var position = index + length
    while position < text.count, position - index - length < 4 {
      guard Self.isIdeograph(text[position]) else { return false }
      if position > index + length, let suffix = lexicon.suffixes.longest(in: text, at: position),
        [.place, .community, .road, .street].contains(suffix.payload.className),
        position - index <= suffix.payload.maximum
      {
        return true
      }
      if lexicon.list(.stop).longestLength(in: text, at: position) != nil { return false }
      position += 1
    }
    return false
  }

  /// 青石镇村两委, 到青石镇村北水库: a town named in full (two name characters or more before
  /// 镇 or 乡) ends there; the 村 after it begins a word of its villages (村两委, 村北), no
  /// village called 青石镇村. (古镇村, 新镇村: one character before 镇 is the village's name.)
  func townEndsBeforeVillageWord(
    _ suffix: Lexicon.Suffix, at index: Int, length: Int, own: Range<Int>
  ) -> Bool {
    guard suffix.kind == .division, suffix.className == .street, length == 1,
      index + 1 < text.count, text[index + 1] == "村", own.count >= 2,
      own.allSatisfy({ Self.isIdeograph(text[$0]) })
    else { return false }
    return true
  }

  /// 青禾村村道硬化, 停在柳湾村村室门口, 云岭镇镇委书记: a division named in full (two name
  /// characters before a one-character suffix) ends there when the next character writes the
  /// same suffix again; the second begins a word of that level (村道, 村室, 镇委), no division
  /// called 青禾村村. (新村村, 许镇镇: one character before the first suffix is the division's own
  /// name, and the name goes on; so does 新新街街道, whose second suffix is a longer one. Three
  /// characters or more may hold a verb before a one-character name, 巡察许镇镇: left as read.)
  func divisionEndsBeforeItsLevelWord(
    _ suffix: Lexicon.Suffix, at index: Int, length: Int, own: Range<Int>
  ) -> Bool {
    guard suffix.kind == .division, length == 1, index + 1 < text.count,
      text[index + 1] == text[index], own.count == 2,
      own.allSatisfy({ Self.isIdeograph(text[$0]) }),
      // 新新街街道: a longer suffix that begins with the same character (街 + 街道) is the
      // division's own suffix; the name goes on into it.
      (lexicon.suffixes.longestLength(in: text, at: index + 1) ?? 1) == 1
    else { return false }
    return true
  }

  /// 居民连连称赞, 乡贤成了某某, 村民都是办完事就走: after a word for people in the crowd written
  /// straight on, what follows is a name only when it looks like one: no surname written twice
  /// (连连, an adverb) and no aspect particle or copula after the surname (成了, 都是), which end a
  /// verb or an adverb, never a given name's first character. (村民某某经商: a name that runs
  /// on into a verb stands.)
  func crowdNameStands(at position: Int, length: Int) -> Bool {
    guard length >= 2, position + length <= text.count else { return false }
    if length == 2, text[position] == text[position + 1] { return false }
    // 居民楼等场所: the crowd's word and 楼 make one word (a block of flats), no surname.
    if Self.crowdCompoundEnds.contains(text[position]) { return false }
    // 负责人向柳湾村捐赠, 负责人向青禾小学捐赠: 向 right after the crowd's word, with a place's or
    // body's kind word right after the "name", is the preposition (企业家向远为该校捐资: a surname).
    if text[position] == "向", lexicon.suffixes.longestLength(in: text, at: position + length) != nil {
      return false
    }
    // 居民都愿意来: a "given name" that is a common word (愿意) follows an adverb, no surname.
    if lexicon.list(.commonWordNotName).contains(text[(position + 1)..<(position + length)]) {
      return false
    }
    return !Self.verbParticles.contains(text[position + 1])
  }

  /// Characters that make one word with a crowd's word before them (居民楼, 村民楼).
  static let crowdCompoundEnds: ScalarChoice = ["楼"]

  /// The aspect particles (了, 着, 过) and the copula (是): they end a verb or an adverb.
  static let verbParticles: ScalarChoice = ["了", "着", "过", "是"]

  /// Whether a word of the not-a-stop list that begins before `index` covers the stop word at
  /// `index..<index + length` (建设 of 和城乡建设).
  func isInsideNameWord(at index: Int, length: Int) -> Bool {
    let keep = lexicon.list(.notAStop)
    for start in max(0, index - 4)..<index {
      if let word = keep.longestLength(in: text, at: start), start + word >= index + length {
        return true
      }
    }
    return false
  }

  /// Where a democratic party's name (民建, 农工党, 九三学社) begins when it stands before a body's
  /// word at `index`, right before it or before a place's own name of two to four characters
  /// (民建某某区委会).
  func democraticPartyStart(before index: Int, from pending: Int) -> Int? {
    let parties = lexicon.list(.democraticParty)
    for gap in 0...4 where index - gap >= pending {
      let placeStart = index - gap
      guard (placeStart..<index).allSatisfy({ Self.isIdeograph(text[$0]) }) else { return nil }
      if let party = parties.longest(in: text, endingAt: placeStart) {
        return placeStart - party.word.count
      }
    }
    return nil
  }

  /// Labels of a page's credits that are common nouns too (图文, 文字, 摄影).
  static let creditLabels: WordSet = ["图文", "文字", "摄影", "摄像", "文字报道"]

  /// Words for people in the crowd, not credits' labels: a name may follow them in running text.
  static let crowdRoles: WordSet = [
    "居民", "村民", "市民", "企业家", "爱心企业家", "爱心人士", "乡贤", "志愿者", "负责人",
  ]

  /// The town, street, community or village a leader's post was read for, when it is one place.
  static func lowerPlace(of units: [PostLink.Unit], in mentions: [Mention]) -> (
    name: String, className: EntityClass
  )? {
    guard units.count == 1 else { return nil }
    let place: (name: String, className: EntityClass)
    switch units[0] {
    case .mention(let index): place = (mentions[index].name, mentions[index].className)
    case .named(let name, let className): place = (name, className)
    case .bareBody, .electingSociety: return nil
    }
    return [.street, .community].contains(place.className) ? place : nil
  }

  /// Whether a City named `name` can be the unit of a post of `level`: a 市 post's city is
  /// written with 市 (州, 盟 likewise); a 省 post's is a province (no 市, 州 or 盟 at its end).
  static func cityFits(_ name: String, level: String) -> Bool {
    guard level == "省" else { return ExactText.ends(name, with: level) }
    return !["市", "州", "盟"].contains { ExactText.ends(name, with: $0) }
  }

  static func className(ofLevel level: String) -> EntityClass? {
    // NB: a plain level (the lexicon's) by its bytes: a `switch` compared it with each Chinese
    // literal as Strings, ~300 instructions a case it is not. Another is compared as Strings.
    if WordSet.isPlain(level) { return classOfLevel[ExactText(level)] }
    return classOfLevel.first { $0.key.text == level }?.value
  }

  /// The class of a division of each level word.
  static let classOfLevel: [ExactText: EntityClass] = {
    let levels: [EntityClass: [String]] = [
      .district: ["区", "县", "旗"], .city: ["市", "省", "盟", "州", "自治区"],
      .street: ["街道", "街", "镇", "乡", "苏木"], .community: ["社区", "村", "嘎查"],
    ]
    var classes: [ExactText: EntityClass] = [:]
    for (className, words) in levels {
      for word in words { classes[ExactText(word)] = className }
    }
    return classes
  }()

  static func longestName(ofLevel level: String) -> Int {
    switch level {
    case "区", "县", "市", "省": return 3
    case "旗": return 4
    case "社区": return 8
    default: return 5
    }
  }

  /// Whether a compound that only looks like a suffix (城市, 路灯, 市区) covers the suffix at
  /// `index`.
  func isFalseSuffix(at index: Int, length: Int) -> Bool {
    // 某村委员之家: 村委 is no word when the facility of the people it serves goes on.
    if startsFacilityOfUsers(at: index + length) { return false }
    let table = lexicon.list(.notASuffix)
    for start in max(0, index - 3)...(index + length - 1) {
      let crosses = table.containsWord(in: text, at: start) { count in
        let end = start + count
        let overlaps = start < index + length && end > index
        let inside = start >= index && end <= index + length
        return overlaps && !inside
      }
      if crosses { return true }
    }
    return false
  }

  /// 林雅琪区长带队: a personal name with its post after it, not a place and its head. Only
  /// when no name follows the post (青山区长甲某某 is the district's head, 甲某某).
  func isNameBeforeTitle(_ own: Range<Int>, postEnd: Int) -> Bool {
    guard let surname = surnameLength(at: own.lowerBound), own.count - surname >= 1,
      own.count - surname <= 2
    else { return false }
    // 石桥村党支部书记、村委会主任某某: posts chained by a list comma wait for their holder
    // after them, so what stands before the first is its place.
    if postEnd + 1 < text.count, text[postEnd] == "、", startsPost(at: postEnd + 1) { return false }
    return postEnd >= text.count || surnameLength(at: postEnd) == nil
      || !Self.isIdeograph(text[postEnd])
  }

  /// Where a project's name starts when a word such as 治理 or 提升 cut it short: back over
  /// such words and the name characters before them (小马河综合治理工程), places included
  /// (周山森林公园提升工程), to a stop word, punctuation or another name.
  func projectNameStart(from start: Int, maximum: Int) -> Int {
    let inner = lexicon.list(.projectInner)
    guard let word = inner.longest(in: text, endingAt: start) else { return start }
    var position = start - word.word.count
    var innerStart = position
    // A name may run past the suffix's length before its boundary (某某黑山羊良种繁育示范建设项目);
    // one still running at the longer limit is cut inside a word, and none is read.
    let limit = max(0, start - maximum - Self.longerWorkName)
    while position > limit {
      if let more = inner.longest(in: text, endingAt: position), position == innerStart {
        position -= more.word.count
        innerStart = position
        continue
      }
      let previous = position - 1
      guard Self.isIdeograph(text[previous]) || Self.isDigit(text[previous]) else { break }
      if let mention = visibleMention(endingAt: position) {
        // 某水厂建设项目: a work named after another work (a plant, a park) takes its name too.
        // A school's or company's work too (某中学扩建工程, 某医院门诊楼改扩建工程).
        guard mentions[mention].isPlace || mentions[mention].className == .project
          || mentions[mention].className == .organization && !mentions[mention].isBody,
          mentions[mention].start >= limit
        else { break }
        position = mentions[mention].start
        continue
      }
      if taken[previous] || lexicon.boundaryStop(in: text, endingAt: position) != nil {
        break
      }
      position -= 1
    }
    if position == limit, limit > 0, Self.isIdeograph(text[limit - 1]), !taken[limit - 1],
      lexicon.boundaryStop(in: text, endingAt: limit) == nil
    {
      return start
    }
    // Nothing named before the words (建设提升工程): no name.
    return position < innerStart ? max(position, limit) : start
  }

  static let longerWorkName = 6

  /// The end of a run of Latin capitals, digits and hyphens starting at `index` (PPP, TC-1,
  /// 59MW) that holds a capital, follows a name character and runs into another; else nil.
  func capitalsRunEnd(at index: Int) -> Int? {
    // NB: scan asks at every position; a run starts with a capital, a digit or a hyphen.
    let first = text[index].value
    guard (0x41...0x5A).contains(first) || (0x30...0x39).contains(first) || first == 0x2D,
      index > 0, Self.isIdeograph(text[index - 1])
    else { return nil }
    var end = index
    var capitals = 0
    while end < text.count, end - index < 8 {
      let value = text[end].value
      if (0x41...0x5A).contains(value) {
        capitals += 1
      } else if !(0x30...0x39).contains(value) && value != 0x2D {
        break
      }
      end += 1
    }
    guard capitals > 0, end > index, end < text.count, Self.isIdeograph(text[end]), !taken[end] else {
      return nil
    }
    return end
  }

  func isGeneric(_ range: Range<Int>) -> Bool {
    if range.isEmpty || lexicon.list(.genericName).contains(text[range]) { return true }
    // 市级文明村, 省级示范社区: kind words one after another say what kind, not which.
    return isWrittenWholly(range, in: .genericName)
  }

  /// A project name is generic when nothing but generic modifiers remains (重点项目), or when
  /// it ends in a word that makes it a kind of project (城市更新重点项目, 真抓项目), or in a
  /// one-character verb of the slogan that calls for works (千方百计谋项目、争项目; 新一轮招项目).
  static let genericProjectEndings: WordSet = [
    "重点", "重大", "重要", "在建", "续建", "新建", "签约", "招商", "开工", "竣工", "投产",
    // 群众满意工程, 民心工程: what the people think of a work, not which.
    "满意", "民心", "惠民", "放心",
  ]

  func isGenericProject(_ range: Range<Int>) -> Bool {
    // 社会事业类项目: a class of projects (类), like 重点项目, names none.
    // (A work word ending in one of them, 城市更新, names the work.)
    if let last = range.last, "重抓大好实新类谋招争".unicodeScalars.contains(text[last]),
      lexicon.list(.projectInner).longest(in: text, endingAt: range.upperBound) == nil
    {
      return true
    }
    if range.count >= 2,
      Self.genericProjectEndings.contains(string((range.upperBound - 2)..<range.upperBound))
    {
      return true
    }
    let end = beforeGenericWords(range.upperBound, from: range.lowerBound)
    // 两宗大型项目, 12个重点项目: a count of works names none of them.
    var start = afterCount(range.lowerBound, end: end)
    start = afterPlanPeriod(start, end: end)
    return end - afterGenericWordsAndCounts(start, end: end) < 2
  }

  /// Where the generic work words (项目, 重点, 民生实事…) that end at `end` begin, no further back
  /// than `start`.
  func beforeGenericWords(_ end: Int, from start: Int) -> Int {
    let generic = lexicon.list(.projectGeneric)
    var end = end
    while end > start, let word = generic.longest(in: text, endingAt: end),
      end - word.word.count >= start
    {
      end -= word.word.count
    }
    return end
  }

  /// Past the generic work words and counts at `start`, up to `end`: who runs a programme of
  /// works and how many it holds (人大十件民生实事项目) name none of them.
  func afterGenericWordsAndCounts(_ start: Int, end: Int) -> Int {
    let generic = lexicon.list(.projectGeneric)
    var start = start
    while start < end {
      if let length = generic.longestLength(in: text, at: start), start + length <= end {
        start += length
      } else if case let counted = afterCount(start, end: end), counted > start {
        start = counted
      } else {
        break
      }
    }
    return start
  }

  /// After what says when and where works were done, not which, at `start`: a plan's period
  /// (“十二五”时期援藏项目), a year (2019年重点项目, 2024年度协作项目) or a division named in full
  /// before a year (某某区2015年全区重点项目) or a bare level first (县国资系统项目), one after another; or `start`.
  func afterPlanPeriod(_ start: Int, end: Int) -> Int {
    var position = start
    // 县国资系统项目: the article's own level, bare, names no place.
    if position + 1 < end, "县区市".unicodeScalars.contains(text[position]) { position += 1 }
    while true {
      var next = afterFiveYearPlan(position, end: end)
      next = afterYear(next, end: end)
      // A division before a year (某某区2015年): the division alone may begin a work's name.
      if let division = mentions.first(where: {
        $0.visibility != .dropped && $0.isDivision && $0.start == next && $0.end < end
      }), afterYear(division.end, end: end) > division.end {
        next = division.end
      }
      if next == position { return position }
      position = next
    }
  }

  /// After a year written in digits at `start` (2019年, 2024年度), or `start`.
  func afterYear(_ start: Int, end: Int) -> Int {
    var position = start
    while position < end, ("0"..."9").contains(text[position]) { position += 1 }
    guard position - start == 4, position < end, text[position] == "年" else { return start }
    position += 1
    if position < end, text[position] == "度" { position += 1 }
    return position
  }

  /// After a plan's period at `start` (“十二五”时期, 十四五期间), or `start`.
  func afterFiveYearPlan(_ start: Int, end: Int) -> Int {
    var position = start
    if position < end, text[position] == "“" { position += 1 }
    guard position + 3 <= end, text[position] == "十", text[position + 2] == "五" else {
      return start
    }
    position += 3
    if position < end, text[position] == "”" { position += 1 }
    for word in ["时期", "期间"] where starts(word, at: position) {
      return position + word.unicodeScalars.count
    }
    return position
  }

  func visibleMention(endingAt end: Int) -> Int? {
    mentions.indices.last { mentions[$0].end == end && mentions[$0].visibility != .dropped }
  }

  // MARK: The scan

  mutating func scan(context: ArticleContext) {
    articleDistrict = context.district
    var index = 0
    var pending = 0
    var postTokens: [PostToken] = []
    // The place of the last leader's post read after the last body (街道党工委书记甲，党工委副书记乙).
    var leaderUnitsSinceBody: [PostLink.Unit] = []
    // Bodies hidden at the head of a 党组 read from its member's post (县政府 of 县政府党组成员).
    var headsOfSubBodies: [Int] = []
    defer {
      // 某区政协党组书记、主席某某: a head another post of the chain names as its unit is a body.
      for head in headsOfSubBodies
      where mentions[head].visibility == .hidden
        && posts.contains(where: { post in
        post.units.contains { if case .mention(head) = $0 { return true } else { return false } }
      }) {
        mentions[head].visibility = .entity
      }
    }

    func unitsForLevel(_ title: String, _ level: String, before index: Int) -> [PostLink.Unit] {
      // 某镇某村召开…，镇党委副书记某某: the place named earlier in the sentence.
      if let className = Self.className(ofLevel: level),
        let earlier = mentions.indices.last(where: {
          mentions[$0].className == className && mentions[$0].visibility == .entity
            && mentions[$0].end <= index
            // 我县与某区…，县委书记某某: a county's post is no district's; 某省某基金会…，市政府副市长
            // 某某: a city's post is no province's (nor a province's a city's).
            && (className != .district || ExactText.ends(mentions[$0].name, with: level))
            && (className != .city || Self.cityFits(mentions[$0].name, level: level))
        })
      {
        return [.mention(earlier)]
      }
      // 某县人大常委会主任甲、县委副书记乙: a county written only at the head of a body's name
      // earlier in the same clause is the county of a bare county post after it.
      if ["区", "县", "旗"].contains(level),
        let body = mentions.indices.last(where: {
          mentions[$0].className == .organization && mentions[$0].visibility != .dropped
            && mentions[$0].end <= index
            && (mentions[$0].qualifier.map {
              $0.unicodeScalars.count >= 2 && ExactText.ends($0, with: level)
            } ?? false)
        }),
        let qualifier = mentions[body].qualifier,
        !(mentions[body].end..<index).contains(where: { ["；", ";", "。"].contains(text[$0]) })
      {
        return [.named(qualifier, .district)]
      }
      if let place = context.place(ofLevel: level) { return [.named(place.name, place.className)] }
      // 市委常委 of a city the text never names: the bare 市委 it names elsewhere. A district's
      // bare 区委 is left out: the article is about that district, which it failed to name.
      if WordSet.same(level, "市") || WordSet.same(level, "省"),
        ExactText.starts(title, with: level + "委")
      {
        return [.bareBody(level + "委", level: level)]
      }
      return []
    }

    while index < text.count {
      // 党建+邻里中心: a plus inside a name.
      if text[index] == "+" || text[index] == "＋", index > pending, index + 1 < text.count,
        Self.isIdeograph(text[index + 1]), pending > 0, text[pending - 1] == "“"
      {
        index += 1
        continue
      }
      // 某县污水处理PPP项目, 某新能59MW风电项目: capitals, with the digits and hyphens among
      // them, between the characters of a name being read belong to the name.
      if index > pending, text[index].value < 0x80, !taken[index - 1],
        let after = capitalsRunEnd(at: index)
      {
        index = after
        continue
      }
      if taken[index] || !Self.isIdeograph(text[index]) {
        index += 1
        pending = index
        if !postTokens.isEmpty, index - 1 < text.count, text[index - 1] != "、" { postTokens = [] }
        continue
      }
      guard var (token, length) = token(at: index) else {
        index += 1
        continue
      }
      var own = pending..<index
      // 区民政局局长: 局 ends the body's name before it starts the role.
      if case .role = token, !own.isEmpty, let suffix = lexicon.suffixes.longest(in: text, at: index),
        suffix.word.count == 1, suffix.payload.kind == .body || suffix.payload.kind == .enterprise
      {
        token = .suffix(suffix.payload)
        length = 1
      }
      // 柳溪村党员之家: after a name being read, the 村 of 村党员 ends that name's place; the
      // role word stands only where no name runs into it (——社区党员某某).
      if case .personRole = token, !own.isEmpty,
        let suffix = lexicon.suffixes.longest(in: text, at: index),
        suffix.payload.kind == .division, suffix.word.count < length
      {
        token = .suffix(suffix.payload)
        length = suffix.word.count
      }
      var newPost: PostToken?
      // 某区长安街道: 区长 is no post when its last character starts a street's name. Only a post
      // that begins with its level (区长, 镇长) can hide a place's level there: 副县长李乡某 is a
      // post and a name holding 乡.
      // 湖南省长沙市, 湖州市长兴县: nor when it starts a division the country's lists name in full.
      if case .leader(let post) = token, length <= 3, ExactText.starts(post.title, with: post.level),
        startsDivisionName(at: index + length - 1) || startsKnownDivision(at: index + length - 1)
      {
        guard let suffix = lexicon.suffixes.longest(in: text, at: index) else {
          index += 1
          continue
        }
        token = .suffix(suffix.payload)
        length = suffix.word.count
      }
      switch token {
      case .stop:
        // 项城市, 兴县, 定城镇: a county of the lexicon that starts with a stop's character, right
        // after a boundary, is read as a name (SentenceReader+Places).
        if pending == index,
          startsKnownCounty(at: index) || followsNamedPlace(oneCharacterCounty: index)
        {
          index += 1
          continue
        }
        if knownDivisionHoldsStop(at: index, length: length, pending: pending) {
          index += 1
          continue
        }
        if divisionNameHoldsStop(at: index, length: length, pending: pending)
          || placeNameHoldsDateWord(at: index, length: length, pending: pending)
        {
          index += 1
          continue
        }
        // 甲向某小学捐献…: a name right before 向 whose clause goes on to a gift gives it.
        if length == 1, text[index] == "向", let name = giverBeforeToward(index, from: pending) {
          _ = personMention(name, official: false, via: "giver-toward")
        }
        index = endOfWordCut(byStopAt: index, end: index + length)
        pending = index
        continue

      case .suffix(let suffix):
        let word = suffix.text
        if continuesIntoDivision(suffix, at: index, length: length),
          !townEndsBeforeVillageWord(suffix, at: index, length: length, own: own),
          !divisionEndsBeforeItsLevelWord(suffix, at: index, length: length, own: own)
        {
          index += length
          continue
        }
        // 责成某某开发区: a common verb at the start of the name's own part is no part of it,
        // when the name read with it would hold it (what was too long to name anything stays so).
        if !own.isEmpty, case let trimmed = startAfterLeadingWord(own.lowerBound, index: index),
          trimmed > own.lowerBound
        {
          var trial = self
          if let end = trial.readSuffix(suffix, word: word, at: index, length: length, own: own),
            let read = trial.visibleMention(endingAt: end), trial.mentions[read].start <= own.lowerBound
          {
            own = trimmed..<index
          }
        }
        if let end = readSuffix(suffix, word: word, at: index, length: length, own: own) {
          if suffix.kind == .body {
            qualifyDepartment(endingAt: end)
            if !postTokens.isEmpty { qualifyBodyInPostChain(endingAt: end, chain: postTokens) }
          }
          index = end
          pending = end
          // 统战部长, 民政局长: a body contracted with its head's title.
          if suffix.kind == .body || suffix.kind == .enterprise,
            let role = contractedRole(afterSuffixEndingAt: index),
            let body = visibleMention(endingAt: index)
          {
            newPost = PostToken(
              start: index, end: index + 1, title: role.holderIsPerson ? nil : role.title,
              units: [.mention(body)], shared: role.shared, official: !role.holderIsPerson,
              baseBody: body)
            lastBaseBody = body
            index += 1
            pending = index
          } else {
            continue
          }
        } else if own.isEmpty && length >= 2 && suffix.kind != .place
          // 某集团总支部委员会: a branch word read nowhere may still begin a longer body's name.
          && !Self.branchWords.contains(word)
        {
          // A rejected word of two or more characters with nothing before it ends the pending
          // name (社区 of no name); 办事处 of no name before a role (办事处主任) stays the role's
          // own office.
          // 各工作组办公室: after 各 the kind words that follow are of each such body, none named.
          let afterEach =
            index > 0 && text[index - 1] == "各" && !Self.measuresAfterEach.contains(text[index])
          index += length
          if WordSet.same(word, "办事处"), case .role? = self.token(at: index)?.0 { continue }
          if afterEach { continue }
          pending = index
          continue
        } else {
          // 高新区: 新区 wanted two characters before it; 区 may still end the name.
          index += 1
          continue
        }

      case .leader(let post):
        // 某路东社区党支部书记: the community named after its road, before its head's post.
        if ExactText.starts(post.title, with: post.level),
          let className = Self.className(ofLevel: post.level),
          let start = roadBeforeDirection(own, className: className)
        {
          pending = start
          own = start..<index
        }
        let hiddenGovernment =
          own.isEmpty && post.level != "nation"
          ? hideGovernmentBeforeLeader(at: index, title: post.title, level: post.level) : nil
        // 林某某区长带队, 钱某某镇长指出: the post after its holder's name.
        if isHolderBeforePost(own, title: post.title, level: post.level, postEnd: index + length) {
          let person = personMention(own, official: true, via: "post-after-name")
          posts.append(
            PostLink(
              person: person, title: post.title,
              units: unitsForLevel(post.title, post.level, before: own.lowerBound), official: true,
              start: index, end: index + length))
          index += length
          pending = index
          continue
        }
        var units: [PostLink.Unit] = []
        let startsWithLevel =
          post.level != "nation" && ExactText.starts(post.title, with: post.level)
        let levelLength = startsWithLevel ? post.level.unicodeScalars.count : 0
        if post.level != "nation", let className = Self.className(ofLevel: post.level) {
          // 泾县委书记: a county of one character before its committee's post (泾 + 县委书记).
          if startsWithLevel,
            own.count >= 2
              || ExactText.starts(post.title, with: post.level + "委")
                && isOneCharacterCounty(own, level: post.level),
            own.count <= Self.longestName(ofLevel: post.level)
              || isListedCountyOrCity(own, level: post.level),
            !isGeneric(own),
            // 政府县长: a body (政府) before its head's post names no place 政府县.
            !string(own).hasSuffix("政府"),
            isListedCountyOrCity(own, level: post.level)
              || ExactText.starts(post.title, with: post.level + "委")
              || !isNameBeforeTitle(own, postEnd: index + length)
          {
            let container = visibleMention(endingAt: pending).flatMap {
              mentions[$0].isDivision ? $0 : nil
            }
            // 某某区 + 区长: the place already ends with the level; its 区 is not read twice. A
            // county named with one character writes it twice (某县县委书记).
            let ownName = string(own)
            let named = ExactText.ends(ownName, with: post.level)
              && (own.count >= 3 || own.count == 2 && levelLength > 0)
            let place = addMention(
              Mention(
                start: pending, end: named ? index : index + levelLength, className: className,
                name: named ? ownName : ownName + post.level, container: container,
                via: "post-place"))
            units = [.mention(place)]
          } else if own.isEmpty, let previous = visibleMention(endingAt: index),
            mentions[previous].isDivision
          {
            units = [.mention(previous)]
          } else if let government = hiddenGovernment,
            let place = placeOfHiddenGovernment(government, level: post.level)
          {
            units = [.mention(place)]
          } else {
            units = unitsForLevel(post.title, post.level, before: index)
            // 县人民政府副县长某某 where no county is named: the government written in full with
            // its bare level before its leader's post is the post's unit (政府 alone stays part
            // of the post; 某镇人民政府镇长 keeps its place).
            if units.isEmpty, own.isEmpty, let previous = visibleMention(endingAt: index),
              mentions[previous].isBody, mentions[previous].visibility == .entity,
              mentions[previous].qualifier == nil,
              ExactText.ends(mentions[previous].name, with: "人民政府")
            {
              units = [.mention(previous)]
            }
          }
        }
        newPost = PostToken(
          start: index, end: index + length, title: post.title, units: units, shared: post.shared,
          official: true, baseBody: nil)
        leaderUnitsSinceBody = units
        index += length
        pending = index

      case .body(let body):
        var start = index
        var end = index + length
        var name = body.name
        var bareLevel: String? = body.level == "nation" ? nil : body.level
        var qualifier: String?
        // 经某县 + 县工商联: the preposition before the place is no part of its name.
        var place = ExactText.starts(body.name, with: body.level)
          ? divisionNameStart(own, suffixEnd: index + body.level.unicodeScalars.count)..<own.upperBound
          : own
        // 补选十一届县政协副主席, 新一届镇人大: the term's count is no place.
        if !place.isEmpty { place = startAfterCount(place.lowerBound, index: place.upperBound)..<place.upperBound }
        // 答好市委, 时前报县政府: a verb or a complement before the level is no place.
        if !place.isEmpty, ExactText.starts(body.name, with: body.level),
          isBareLevel(at: index, after: place.lowerBound)
        {
          place = index..<index
        }
        // 株洲乡镇人大: two level words together (乡 + 镇人大) speak of every such body, and what
        // stands before them is no place of this one — unless the country's lists know the
        // place in full (宁乡 + 县政协, 桐乡 + 市人大常委会).
        let listed = place.count >= 2 && isListedCountyOrCity(place, level: body.level)
        let coupled = place.last.map {
          Self.coupledLevels.contains(text[$0]) && String(text[$0]) != body.level
        } ?? false
        if body.level != "nation", place.count >= 2 || isOneCharacterCounty(place, level: body.level),
          !coupled || listed,
          place.count <= 3 || listed, !isGeneric(place)
        {
          start = place.lowerBound
          name = string(place) + body.name
          bareLevel = nil
          qualifier = string(place) + body.level
          // 某县 + 县人大常委会: the place already ends with the level the body begins with.
          let ownName = string(place)
          if ExactText.ends(ownName, with: body.level),
            ExactText.starts(body.name, with: body.level)
          {
            name = ownName + body.name.dropFirst(body.level.count)
            // A county named with one character writes its committee 某县县委: as written.
            // (So does one whose level is 新区: 某新区区委.)
            if place.count == 2 || ExactText.ends(ownName, with: "新区"),
              ExactText.starts(body.name, with: body.level + "委")
            {
              name = ownName + body.name
            }
            qualifier = ownName
          }
        }
        // 某某地委副书记: a prefecture's 地委 or 行署 written after the prefecture's short name
        // (the name less its 地区) is that prefecture's, named with it. Only the name changes: the
        // span (and the title cut from it, 地委副书记) stays the body's.
        if body.level == "nation", let prefecture = prefectureNameBefore(own, body: body.name) {
          name = string(prefecture) + body.name
        }
        // 区委、区政府督查局: one joint body.
        // (Not the nation's: 中宣部、中央文明办 are two bodies.)
        if end + 1 < text.count, text[end] == "、", body.level != "nation",
          let next = lexicon.bodies.longest(in: text, at: end + 1), next.payload.level == body.level
        {
          let nextName = ScalarString.make(next.word[...])
          let after = end + 1 + next.word.count
          var namesBody = false
          var position = after
          while position < min(text.count, after + 5), Self.isIdeograph(text[position]),
            // 县委、县政府对某某: a stop word ends the second body before any department.
            lexicon.list(.stop).longestLength(in: text, at: position) == nil
          {
            if lexicon.suffixes.longest(in: text, at: position).map({ $0.payload.kind == .body }) ?? false {
              namesBody = true
              break
            }
            position += 1
          }
          if nextName != body.name, namesBody {
            name += nextName
            end += 1 + next.word.count
          }
        }
        // 民建某区委会, 农工党某市委: a democratic party's committee of that place, not the
        // Communist Party's; its 会 belongs to the name.
        if let party = democraticPartyStart(before: index, from: pending) {
          start = party
          name = string(party..<index) + body.name
          if end < text.count, text[end] == "会", ExactText.ends(body.name, with: "委") {
            name += "会"
            end += 1
          }
          bareLevel = nil
          qualifier = nil
        }
        var mention = Mention(
          start: start, end: end, className: .organization, name: name, via: "body")
        mention.bareLevel = bareLevel
        mention.qualifier = qualifier
        mention.isBody = true
        leaderUnitsSinceBody = []
        // 市人大代表: a deputy of the congress, no mention of the congress as a body.
        if ExactText.ends(body.name, with: "人大"), starts("代表", at: end) {
          mention.visibility = .hidden
        }
        let made = addMention(mention)
        lastBaseBody = made
        index = end
        pending = end
        continue

      case .role(let role):
        var units: [PostLink.Unit] = []
        var base: Int?
        if own.isEmpty, let zoneBody = zoneBodyOfPost(role.title, at: index) {
          base = zoneBody
          units = [.mention(zoneBody)]
        } else if own.isEmpty, let previous = visibleMention(endingAt: index) {
          let previousMention = mentions[previous]
          if previousMention.className == .organization {
            base = previous
            if let sub = role.subBody {
              // 县政府党组成员某某: the post names the government's 党组; the government written
              // at its head is part of that name, no body of its own (as 区委 in 区委统战部),
              // unless a later post of the chain is its own (党组书记、主任某某).
              var chainGoesOnInBody = false
              if index + length + 1 < text.count, text[index + length] == "、",
                case .role? = self.token(at: index + length + 1)?.0
              {
                chainGoesOnInBody = true
              }
              if previousMention.isBody, !staysVisibleInsideBody(previousMention), !chainGoesOnInBody {
                mentions[previous].visibility = .hidden
                headsOfSubBodies.append(previous)
              }
              var subBody = Mention(
                start: previousMention.start, end: index, className: .organization,
                name: previousMention.name + sub, via: "post-body")
              subBody.bareLevel = previousMention.bareLevel
              subBody.isBody = true
              units = [.mention(addMention(subBody))]
            } else {
              units = [.mention(previous)]
            }
          } else if previousMention.className == .street || previousMention.className == .community,
            role.impliedBody == nil, !role.holderIsPerson
          {
            // 某镇组织委员某某, 某社区副主任某某: a role written right after a town or a community,
            // naming no body of its own, is a post of that place.
            units = [.mention(previous)]
          } else if previousMention.isPlace, let implied = role.impliedBody {
            if !staysVisibleInsideBody(previousMention) { mentions[previous].visibility = .hidden }
            var body = Mention(
              start: previousMention.start, end: index, className: .organization,
              name: previousMention.name + implied, via: "post-body")
            body.isBody = true
            let made = addMention(body)
            base = made
            units = [.mention(made)]
          }
        } else if !own.isEmpty, let implied = role.impliedBody, own.count <= 8, !isGeneric(own) {
          let container = visibleMention(endingAt: pending)
          var name = string(own) + implied
          var start = pending
          if let container, mentions[container].className == .organization || mentions[container].isPlace {
            name = mentions[container].name + name
            start = mentions[container].start
            if !staysVisibleInsideBody(mentions[container]) {
              mentions[container].visibility = .hidden
            }
          }
          var body = Mention(start: start, end: index, className: .organization, name: name, via: "post-body")
          body.isBody = true
          if let first = own.first, ["区", "县"].contains(String(text[first])), container == nil {
            body.bareLevel = String(text[first])
          }
          let made = addMention(body)
          base = made
          units = [.mention(made)]
        } else if own.count == 1, !role.holderIsPerson,
          let level = ["镇", "乡"].first(where: { text[own.lowerBound] == $0.unicodeScalars.first }),
          pending == 0 || !Self.isIdeograph(text[pending - 1]) || taken[pending - 1]
        {
          // 镇组织委员某某: a town's own party member, not of the body of an earlier post.
          units = unitsForLevel(role.title, level, before: own.lowerBound)
        } else if !own.isEmpty, role.impliedBody == nil, own.count >= 2, own.count <= 8,
          let parent = visibleMention(endingAt: own.lowerBound),
          mentions[parent].className == .organization, mentions[parent].isBody,
          Self.bodyEndings.contains(text[own.upperBound - 1]),
          own.allSatisfy({ Self.isIdeograph(text[$0]) && !taken[$0] }), !isGeneric(own),
          !own.contains(where: { lexicon.list(.stop).longestLength(in: text, at: $0) != nil }),
          // 主任科员 is a rank, no post of a unit: the unit's name stays unread (as sections do).
          !starts("主任科员", at: own.upperBound)
        {
          // 市政协提案委主任某某, 省某办综合处处长某某: a unit of the body just named, written between
          // it and its head's post, is a body of its own (the body's name and the unit's).
          var sub = Mention(
            start: mentions[parent].start, end: index, className: .organization,
            name: mentions[parent].name + string(own), via: "post-body")
          sub.isBody = true
          sub.bareLevel = mentions[parent].bareLevel
          let made = addMention(sub)
          base = made
          units = [.mention(made)]
        } else if !own.isEmpty, role.impliedBody == nil, !role.holderIsPerson,
          let made = readUnknownBodyBeforePost(own)
        {
          // 某区某某办副主任某某, 省某某厅副厅长某某: a body of an unknown kind word, written with
          // its place or level right before its head's post, is the post's unit.
          base = made
          units = [.mention(made)]
        } else if !own.isEmpty, let name = nameBefore(index, from: pending) {
          // 郭某某主任, 省委某某书记: the post after the name.
          attachAfterName(
            name, title: role.holderIsPerson ? nil : role.title, official: !role.holderIsPerson,
            level: "body")
          index += length
          pending = index
          continue
        } else if own.isEmpty, let implied = role.impliedBody, let leader = postTokens.last,
          leader.baseBody == nil, let level = leader.title?.unicodeScalars.first,
          "区县市省旗州盟".unicodeScalars.contains(level), leader.title?.hasPrefix(String(level) + "委") == true
        {
          // 县委常委、纪委书记: the place's own 纪委, not the body of an earlier post.
          var body = Mention(
            start: index, end: index + implied.unicodeScalars.count, className: .organization,
            name: String(level) + implied, via: "post-body")
          body.isBody = true
          body.bareLevel = String(level)
          let made = addMention(body)
          base = made
          units = [.mention(made)]
        } else if own.isEmpty, let implied = role.impliedBody, ["纪委", "纪工委"].contains(implied),
          let owner = chainOwnerName(postTokens)
        {
          // 某公司党委副书记、纪委书记; 某街道党工委委员、纪委书记: the discipline committee of the
          // firm or the place the chain's first post names, a body of its own.
          var body = Mention(
            start: index, end: index + implied.unicodeScalars.count, className: .organization,
            name: owner + implied, via: "post-body")
          body.isBody = true
          let made = addMention(body)
          base = made
          units = [.mention(made)]
        } else if postTokens.last?.baseBody == nil, !leaderUnitsSinceBody.isEmpty,
          own.isEmpty
          && (ExactText.starts(role.title, with: "党工委") || ExactText.starts(role.title, with: "党委"))
            || string(own) == "办事处"
        {
          // 街道党工委书记甲，党工委副书记、办事处主任乙: the party committee and the office of the
          // place just named in a leader's post, not a body named before it (县委组织部).
          units = leaderUnitsSinceBody
        } else if let leader = postTokens.last, leader.baseBody == nil, leader.title != nil,
          !role.holderIsPerson, own.isEmpty || ["居委会", "村委会"].contains(string(own)),
          let place = Self.lowerPlace(of: leaderUnitsSinceBody, in: mentions)
        {
          // 某镇党委副书记、纪委书记某某, 某社区党委书记、居委会主任某某: a role right after a town's or
          // community's own leader post is a post of that place (its 纪委 for 纪委书记), not of a
          // body named in an earlier sentence.
          if let implied = role.impliedBody {
            var body = Mention(
              start: index, end: index + length, className: .organization,
              name: place.name + implied, via: "post-body")
            body.isBody = true
            let made = addMention(body)
            base = made
            units = [.mention(made)]
          } else {
            units = leaderUnitsSinceBody
          }
        } else if postTokens.isEmpty, ["主任", "副主任"].contains(role.title), own.isEmpty,
          pending > 0, text[pending - 1] == "、",
          Self.lowerPlace(of: leaderUnitsSinceBody, in: mentions) != nil
        {
          // 某街道党工委书记甲、主任乙、副主任丙: a bare director listed right after a street's or
          // community's leader heads that place's office.
          units = leaderUnitsSinceBody
        } else if let kind = referredSocietyKind(before: index, own: own) {
          // 协会执行会长某某, 由学会副理事长某某主持, 代表商会执行会长某某: a society's kind word
          // written alone before a post refers back to the society the article names (某区建筑业
          // 协会), not to the last body the sentence named (a firm, a bureau); none when the
          // article names two of that kind (the relations resolve it).
          units = [.bareBody(kind, level: nil)]
        } else if let inherited = postTokens.last?.baseBody
          ?? (own.count <= 2 && !isUnreadBody(own, after: lastBaseBody, pending: pending)
            && (role.title != "执行主席"
              || lastBaseBody.map { ExactText.ends(mentions[$0].name, with: "主席团") } == true)
            ? lastBaseBody : nil)
        {
          // 县残联理事长甲，某镇派出所所长乙: a role after words not read as a body is not a post
          // of the body named for an earlier name; a word of two characters (专家委员) only tells
          // what kind of holder. 大会执行主席 chairs for the session's presidium: a post of a
          // presidium named before, never of another body (某区人大常委会主任甲主持，大会执行主席乙、丙).
          base = inherited
          units = [.mention(inherited)]
        } else if !role.holderIsPerson, !["委员", "常委", "执行主席"].contains(role.title), own.isEmpty,
          let body = context.lastBody,
          // 某中心党组书记、主任某某, 学校支部书记某某, 青石办公室（某某室）主任某某: a role
          // written right after words or a bracket (an unread unit of its own), or carried on in
          // a chain whose first post found no body, is that unread unit's, not the body of an
          // earlier sentence.
          index == 0
            || !(Self.isIdeograph(text[index - 1]) || "）)".unicodeScalars.contains(text[index - 1])),
          postTokens.last.map({ $0.units.isEmpty && $0.title != nil }) != true,
          // 党委书记某某 after a sentence on the town's 人大: a party committee's post is no post
          // of a congress, a government or an office carried from an earlier sentence.
          !(ExactText.starts(role.title, with: "党委") || ExactText.starts(role.title, with: "党工委"))
            || body.contains("党")
        {
          // 委员 alone (牵头委员某某) is a member of many a body, not surely the last one named;
          // 执行主席 chairs a session for its presidium, never for the body named before.
          // A role after words not read as a body (某地委书记) is that unread body's, not the
          // body of an earlier sentence.
          units = [.named(body, .organization)]
        }
        if let base { lastBaseBody = base }
        // 某农商银行行长, 某合作社理事长: a private firm's head is a Person (the Official or Person
        // ruling); its party posts (党支部书记, 党委委员) are still a party's.
        let privateHead =
          base.map {
            isPrivateFirm(mentions[$0]) && !ExactText.holds(role.title, "书记")
              && !ExactText.starts(role.title, with: "党")
          } ?? false
        // 该协会会长某某, 总商会常务副会长兼秘书长某某, 某商会的副会长某某: a role after a private
        // firm's bare kind word, or after a firm and 的, or carried on from such a role, is the firm's.
        let privateByWord =
          base == nil && !ExactText.holds(role.title, "书记") && !ExactText.starts(role.title, with: "党")
          && (followsPrivateFirmWord(index)
            || own.isEmpty && postTokens.last.map { $0.privateFirm } == true)
        let byPerson = role.holderIsPerson || privateHead || privateByWord
        newPost = PostToken(
          start: index, end: index + length, title: byPerson ? nil : role.title,
          units: units, shared: role.shared, official: !byPerson, baseBody: base)
        newPost?.privateFirm = privateHead || privateByWord
        if role.holderIsPerson { newPost?.companyTitle = role.title }
        index += length
        pending = index

      case .group:
        // 某某区领导到…, 某某县党政领导: the group word's level character ends a division of the
        // country's lists written before it; the division is named all the same.
        readDivisionEndingGroup(own, at: index)
        newPost = PostToken(
          start: index, end: index + length, title: nil, units: [], shared: true, official: true,
          baseBody: nil)
        index += length
        pending = index

      case .gazetteer(let className):
        // 河南省: the suffix reading takes it; 北京路, 北京街 too (a road or street named after it).
        if let suffix = lexicon.suffixes.longest(in: text, at: index + length),
          suffix.payload.className == className || suffix.payload.kind == .road
            || suffix.payload.kind == .division && suffix.word.count == 1
        {
          // 转至福建省: the known name starts the place's name, whatever stands before it.
          if suffix.payload.className == className { pending = index }
          index += length
          continue
        }
        // 孙河南, 隆重庆贺: after a surname that is no function word it is a given name or a word.
        if index > 0, isName(index - 1), surnameLength(at: index - 1) != nil,
          lexicon.list(.stop).longestLength(in: text, at: index - 1) == nil, own.count <= 1
        {
          index += 1
          continue
        }
        // 云岭自贸区, 某省简称+某市+某开发区: a short form that runs on into another name is part of
        // it, no place of its own (the ruling on places inside names).
        if isShortFormInName(end: index + length) {
          index += length
          continue
        }
        _ = addMention(
          Mention(
            start: index, end: index + length, className: className,
            name: string(index..<index + length), via: "gazetteer"))
        index += length
        pending = index
        continue

      case .personRole:
        // 通过图文展陈与讲解: a credit's label inside running text, the name run into it, is a
        // noun of the sentence (pictures and text), no credit.
        if index > 0, Self.isIdeograph(text[index - 1]), !taken[index - 1],
          Self.creditLabels.contains(string(index..<(index + length))),
          index + length < text.count, Self.isIdeograph(text[index + length])
        {
          index += length
          pending = index
          continue
        }
        var position = index + length
        while position < text.count, text[position] == " " { position += 1 }
        // 记者：某某, 图文 | 某某, 记者/某某, 编辑︱某某: the credit's label, then the name.
        if position < text.count, ":：|丨︱/".unicodeScalars.contains(text[position]) { position += 1 }
        while position < text.count, text[position] == " " { position += 1 }
        // 企业家来某地投资, 居民区党总支: after a word for people in the crowd, written straight on,
        // no name begins with a verb that leads somewhere or with a division's level word (居民区).
        let crowd =
          position == index + length && Self.crowdRoles.contains(string(index..<(index + length)))
        if crowd
          && (isNameLead(at: position)
            || lexicon.suffixes.longest(in: text, at: position)?.payload.kind == .division)
        {
          index += length
          pending = index
          continue
        }
        // 企业家来某县投资: 来 leads to a division written right after, no surname of a person.
        if let nameLength = creditedMinorityNameLength(at: position) ?? creditedNameLength(at: position),
          !crowd || crowdNameStands(at: position, length: nameLength),
          !isNameLead(at: position)
            || lexicon.suffixes.longest(in: text, at: position + nameLength)?.payload.kind
              != .division
        {
          _ = personMention(position..<position + nameLength, official: false, via: "person-role")
          index = position + nameLength
          // 作者:蒋某 李某某, 记者 甲某、乙某某: more names after the role, each standing alone.
          while index < text.count, text[index] == " " || text[index] == "、"
            || surnameLength(at: index) != nil || spaceSeparates(at: index)
          {
            var next = index
            while next < text.count, text[next] == " " || text[next] == "、" { next += 1 }
            // 记者 甲某 格桑某某: a name of the minority-name words after a space stands alone too.
            guard lexicon.list(.personRole).longestLength(in: text, at: next) == nil,
              let more = creditedMinorityNameLength(at: next) ?? self.nameLength(at: next, strict: true)
                ?? (spaceSeparates(at: next) ? minorityNameLength(at: next) : nil),
              next + more >= text.count || !Self.isIdeograph(text[next + more])
                || lexicon.list(.personRole).longestLength(in: text, at: next + more) != nil
                || spaceSeparates(at: next + more)
            else { break }
            _ = personMention(next..<next + more, official: false, via: "person-role")
            index = next + more
          }
        } else if position == index + length, runsIntoBodyKind(at: position) {
          // 退役军人事务局: a word for people run straight into a body's kind word is the field
          // the body serves, no one named; the body's name takes it in.
          index += length
          continue
        } else {
          index += length
        }
        pending = index
        continue

      case .afterName(let post):
        if let name = nameBefore(index, from: pending) ?? trailingName(before: index, from: pending) {
          let isCompany = lexicon.roles.longest(in: text, at: index)?.payload.holderIsPerson ?? false
          attachAfterName(
            name, title: isCompany ? nil : post.title, official: !isCompany, level: post.level)
        }
        index += length
        pending = index
        continue

      case .speech, .afterNamePerson:
        // 邓某先生平陈列馆: 生 of 先生 begins a word (生平, 生产, 生活), no honorific.
        if starts("先生", at: index), index + 2 < text.count,
          Self.wordsAfterSheng.contains(text[index + 2])
        {
          index += 1
          continue
        }
        if let name = nameBefore(index, from: pending) {
          _ = personMention(name, official: false, via: "speech")
        }
        index += length
        pending = index
        continue
      }

      guard let post = newPost else { continue }
      postTokens.append(post)
      // Another post after a list comma (or 兼) belongs to the same name: 区委常委、常务副区长某某,
      // 村党支部书记兼村委会主任某某.
      if index < text.count, text[index] == "、" || text[index] == "兼", startsPost(at: index + 1) {
        index += 1
        pending = index
        continue
      }
      var position = index
      // 镇长提名人选某某: nominated for the post just read, not yet its holder; the posts before
      // it in the list are his.
      if starts("提名人选", at: position), let last = postTokens.indices.last {
        postTokens[last].title = nil
        postTokens[last].units = []
        position += 4
      } else if starts("候选人", at: position), postTokens.count >= 2, let last = postTokens.indices.last {
        // 县委副书记、县长候选人某某: a candidate holds the posts before the one he stands for
        // (a candidate alone, 副县长候选人某某, holds none: a Person).
        postTokens[last].title = nil
        postTokens[last].units = []
        postTokens[last].official = false
        position += 3
      }
      // 办事处副主任（主持工作）某某: a note on the post in brackets before its holder's name.
      if position < text.count, "（(".unicodeScalars.contains(text[position]),
        let note = lexicon.list(.postNote).longest(in: text, at: position + 1),
        position + 1 + note.word.count < text.count,
        "）)".unicodeScalars.contains(text[position + 1 + note.word.count])
      {
        position += note.word.count + 2
      }
      // 参加会议的区领导还有：甲、乙: a group word introduces the names after 还有, 有 or 是.
      if case .group = token, let word = ["还有", "有", "分别是", "分别有", "是"].first(where: {
        starts($0, at: position)
      }) {
        position += word.unicodeScalars.count
      } else if post.shared, post.title != nil, let word = ["还有", "有", "分别是", "是", "为"].first(where: {
        starts($0, at: position) && colon(atOrAfterNote: position + $0.unicodeScalars.count) != nil
      }) {
        // 今天大会的执行主席是：甲、乙（女）、丙; 执行主席是（按姓名笔画排列）：a role many hold,
        // then 是 or 有 and a colon, introduces its holders.
        position = colon(atOrAfterNote: position + word.unicodeScalars.count) ?? position
      }
      if position < text.count, text[position] == ":" || text[position] == "：" { position += 1 }
      let names = nameList(at: position)
      if names.isEmpty {
        // 区委常委、副区长、某园区党工委书记某某: posts joined by list commas before one name
        // are all that name's, though the next begins with a body's name.
        if index + 1 < text.count, text[index] == "、", Self.isIdeograph(text[index + 1]) {
          index += 1
          pending = index
        } else {
          postTokens = []
        }
        continue
      }
      let official = postTokens.contains { $0.official }
      let former = isFormerPost(postTokens)
      for (order, name) in names.enumerated() {
        let person = personMention(name, official: official, via: "post-name")
        for post in postTokens where order == 0 || post.shared {
          posts.append(
            PostLink(
              person: person, title: former ? nil : post.title, units: former ? [] : post.units,
              official: post.official, start: post.start, end: post.end,
              companyTitle: former ? nil : post.companyTitle))
        }
      }
      postTokens = []
      index = names.last?.upperBound ?? index
      pending = index
    }
  }

  func isColon(_ index: Int) -> Bool {
    index < text.count && (text[index] == ":" || text[index] == "：")
  }

  /// The colon at `index`, or right after a note in brackets on the list's order there
  /// (（按姓名笔画排列）：); nil when none.
  func colon(atOrAfterNote index: Int) -> Int? {
    if isColon(index) { return index }
    guard index < text.count, text[index] == "(" || text[index] == "（" else { return nil }
    var close = index + 1
    while close < text.count, close - index <= 12, text[close] != ")" && text[close] != "）" {
      close += 1
    }
    guard close < text.count, text[close] == ")" || text[close] == "）", isColon(close + 1),
      ["排列", "为序", "排序", "顺序"].contains(where: { word in
        (index + 1..<close).contains { starts(word, at: $0) }
      })
    else { return nil }
    return close + 1
  }

  /// 省人大常委会副主任甲、省民委主任乙: two characters before a role that end like a body's name
  /// (委 办 局…) or follow a place written right before them are a body the lexicon lacks, no
  /// kind of holder (专家委员): the role is no post of the body named for an earlier name. Written
  /// on from that body with no punctuation between (某市委会社会服务处处长) they are a part of it.
  func isUnreadBody(_ own: Range<Int>, after body: Int?, pending: Int) -> Bool {
    guard let last = own.last else { return false }
    if let body, mentions[body].end <= own.lowerBound,
      (mentions[body].end..<own.lowerBound).allSatisfy({ Self.isIdeograph(text[$0]) })
    {
      return false
    }
    if Self.bodyEndings.contains(text[last]) { return true }
    return visibleMention(endingAt: pending).map { mentions[$0].isPlace } ?? false
  }

  static let bodyEndings = ScalarChoice("委办局处科所站队部院厅".unicodeScalars)

  /// Whether a street or community name (two to four characters and its suffix) starts at
  /// `index`: 长安街道 after 区长 in 某区长安街道.
  func startsDivisionName(at index: Int) -> Bool {
    var position = index
    while position < text.count, position < index + 5, isName(position) {
      if let suffix = lexicon.suffixes.longest(in: text, at: position), position - index >= 2,
        suffix.payload.kind == .division,
        suffix.payload.className == .street || suffix.payload.className == .community
      {
        return true
      }
      // 区长到某街道: a verb or preposition is no part of a street's name.
      if let stop = lexicon.list(.stop).longest(in: text, at: position),
        stop.word.count >= 2 || "到在赴向于".unicodeScalars.contains(stop.word[0])
      {
        return false
      }
      position += 1
    }
    return false
  }

  /// The last two or three characters before `end`, when a long run leaves no boundary
  /// (学习习近平总书记 has 学习 before the name).
  func trailingName(before end: Int, from pending: Int) -> Range<Int>? {
    for length in [3, 2] where end - length >= pending {
      let start = end - length
      if let surname = surnameLength(at: start), surname < length,
        (start..<end).allSatisfy({ isName($0) })
      {
        return start..<end
      }
    }
    return nil
  }

  /// A post written after the name; its unit is the body right before the name (省委某某书记).
  mutating func attachAfterName(_ name: Range<Int>, title: String?, official: Bool, level: String) {
    let person = personMention(name, official: official, via: "post-after-name")
    var units: [PostLink.Unit] = []
    if level == "body", let body = visibleMention(endingAt: name.lowerBound),
      mentions[body].className == .organization
    {
      units = [.mention(body)]
    }
    if title != nil || !units.isEmpty {
      posts.append(
        PostLink(
          person: person, title: title, units: units, official: official, start: name.upperBound,
          end: name.upperBound))
    }
  }
}
