import TupuOntology

/// Facilities as places and as works (the zones ruling): a facility that stands is a Place, one
/// whose construction the sentence tells of is a Project.
extension SentenceReader {
  /// 某区档案馆新馆, 某医院新院区: a facility's new building is named with it.
  func facilityAnnexLength(at end: Int) -> Int {
    Self.facilityAnnexes.first { starts($0, at: end) }?.unicodeScalars.count ?? 0
  }

  /// Facilities named by their kind only (档案馆, 活动室): a name only after the place they
  /// serve (某区档案馆, 某村党建活动室); alone they say what kind of room or hall (文体活动室).
  static let facilitiesOfPlaces: WordSet = [
    "文化中心", "文化艺术中心", "艺术中心", "档案馆", "史馆", "村史馆", "校史馆", "展示馆", "展馆",
    "为民服务中心", "综合服务中心", "活动室", "活动场所", "活动中心", "工作站", "服务站", "照料中心",
    "卫生室", "书屋", "幸福院", "之家", "会客厅", "党员服务中心",
    // 某村莲藕基地, 某村帮扶车间, 某村“调解工作室”: a village's base, workshop or studio;
    // 生产基地, 生产车间, 名师工作室 alone name none.
    "基地", "车间", "工作室",
    // 某开发区孵化器, 某街道社会工作中心, 某大道观景平台: a zone's, street's or road's facility.
    "孵化器", "社会工作中心", "观景平台",
  ]

  /// The people a facility of deputies or grid workers serves (委员之家, 人大代表联络站, 网格员
  /// 工作室), written before its kind word.
  static let facilityUsers = ["人大代表", "政协委员", "党代表", "代表", "委员", "网格员"]
  static let facilityOfUsersKinds = [
    "之家", "联络站", "联络室", "联络点", "工作站", "工作室", "活动室", "会客厅", "服务站",
  ]

  /// The first characters of `facilityUsers`.
  static let facilityUserStarts = ScalarChoice(facilityUsers.compactMap(\.unicodeScalars.first))

  /// Whether the people a facility serves and its kind word begin at `index` (委员之家, 代表联络站).
  func startsFacilityOfUsers(at index: Int) -> Bool {
    // NB: the first character asked first: every token asks at each of its positions.
    guard index < text.count, Self.facilityUserStarts.contains(text[index]) else { return false }
    return Self.facilityUsers.contains { users in
      starts(users, at: index)
        && Self.facilityOfUsersKinds.contains { starts($0, at: index + users.unicodeScalars.count) }
    }
  }

  /// 代表联络站, 委员之家 with no place before them: the people served and the kind say what kind
  /// of facility, not which.
  func namesUsersOnly(_ own: Range<Int>, word: String) -> Bool {
    Self.facilityOfUsersKinds.contains(where: { WordSet.same(word, $0) })
      && Self.facilityUsers.contains(where: { users in
        let count = users.unicodeScalars.count
        return own.count >= count && starts(users, at: own.upperBound - count)
      })
  }

  /// 某镇人大代表之家, 某村委员工作室, 某社区微网格员之家: a facility named by the people it serves
  /// and its kind, right after the division it serves, is that division's facility, a Place (the
  /// zones ruling) named with the division and lying in it (name nesting). The end read, or nil.
  mutating func readFacilityOfUsers(
    _ suffix: Lexicon.Suffix, word: String, at index: Int, length: Int, own: Range<Int>
  ) -> Int? {
    guard suffix.kind == .place, !own.isEmpty,
      Self.facilityOfUsersKinds.contains(where: { WordSet.same(word, $0) }),
      let users = Self.facilityUsers.first(where: {
        index >= $0.unicodeScalars.count && starts($0, at: index - $0.unicodeScalars.count)
      }),
      own.count <= users.unicodeScalars.count + 1,
      let container = visibleMention(endingAt: own.lowerBound), mentions[container].isDivision,
      mentions[container].className != .city
    else { return nil }
    let end = index + length
    _ = addMention(
      Mention(
        start: mentions[container].start, end: end, className: suffix.className,
        name: mentions[container].name + string(own.lowerBound..<end), container: container,
        via: "suffix"))
    return end
  }

  /// 某县某工业集中区污水处理厂项目, 某县某路某段道路工程: a zone, facility or road written in
  /// full right after the divisions at the head of a work's name (the zone with its county, the
  /// road after it) is an entity too, and the work lies in it (Rulings: places inside names).
  func isHeadPlace(_ inner: Int, of start: Int, chainEnd: Int) -> Bool {
    let mention = mentions[inner]
    if isHeadZone(inner, of: start, chainEnd: chainEnd) { return true }
    guard chainEnd > start, [.place, .road].contains(mention.className),
      mention.visibility == .entity, mention.via == "suffix", let container = mention.container,
      mentions[container].isDivision, mentions[container].start >= start,
      mentions[container].end <= chainEnd
    else { return false }
    return mention.start == start || mention.start == chainEnd
  }

  /// 某经济开发区某某加工项目, 某度假区某某扩建: a zone written in full (with a zone's suffix) at
  /// the very head of a work's name is an entity too, and the work lies in it (Rulings: places
  /// inside names). Roads and facilities there need the divisions before them (isHeadPlace).
  func isHeadZone(_ inner: Int, of start: Int, chainEnd: Int) -> Bool {
    let mention = mentions[inner]
    return chainEnd == start && mention.start == start && mention.className == .place
      && mention.visibility == .entity && mention.via == "suffix"
      && Self.headZoneEndings.contains(where: { ExactText.ends(mention.name, with: $0) })
  }

  /// 某工业园区物流园建设项目: a zone written in full at the very head of a work's name holds the
  /// work, whatever facility the work builds there (Rulings: places inside names); nil when none.
  func headZone(of start: Int, before index: Int, isWork: Bool) -> Int? {
    guard isWork else { return nil }
    return mentions.indices.first {
      mentions[$0].end < index && mentions[$0].visibility != .dropped
        && isHeadZone($0, of: start, chainEnd: start)
    }
  }

  static let headZoneEndings = ["开发区", "经开区", "园区", "工业区", "工业集中区", "产业集聚区", "度假区"]

  /// 口袋公园, 文化广场, 党群服务中心 alone, with no place before them: kind words that say what
  /// kind of park, square or centre, not which (the words the 口袋公园 pages use for every one);
  /// one said to lie somewhere (文化广场位于…) is the one there.
  func isKindOnlyPlace(_ suffix: String, end: Int) -> Bool {
    Self.kindOnlySuffixes.contains(suffix) && !["位于", "坐落", "地处"].contains { starts($0, at: end) }
  }

  static let kindOnlySuffixes: WordSet = [
    "公园", "广场", "党群服务中心", "便民服务中心", "驿站",
    // 现代农业园区, 生活小区: a zone or an estate called by what it serves alone is a kind.
    "园区", "小区",
  ]

  /// 经济开发区, 产业园区 with no place before them: a name that is itself a kind word of the
  /// suffix table (经济 + 开发区) says what kind of zone, not which.
  func isKindWordOnly(_ own: Range<Int>, suffixEnd: Int) -> Bool {
    guard !own.isEmpty, let whole = lexicon.suffixes.longest(in: text, at: own.lowerBound) else {
      return false
    }
    return own.lowerBound + whole.word.count == suffixEnd
  }

  /// 某区某某小区, 某市某某花园: an estate has a name of its own, whatever place is written before.
  func isEstate(_ suffix: String) -> Bool {
    ["小区", "花园小区", "花园", "大厦"].contains(suffix)
  }

  /// Facilities a city or county has, named by its level alone (市图书馆, 县体育馆, 区档案馆).
  static let levelFacilities: WordSet = [
    "图书馆", "博物馆", "文化馆", "科技馆", "美术馆", "体育馆", "展览馆", "大剧院", "体育场",
    "档案馆", "文化中心", "文化艺术中心", "规划馆", "成就馆",
    // A county's hall for its congresses and assemblies (在区大会堂开幕).
    "大会堂", "会堂",
    // Where a district's meetings sit (在区行政中心四楼召开).
    "行政中心", "政务中心", "党员服务中心",
  ]

  static let facilityAnnexes = ["新馆", "新院区"]

  /// Plants a city or county runs, named by its level alone (县污水处理厂, 市水厂): the level's
  /// plant, though what it treats is a kind of work (污水处理工程 names none).
  static let levelPlants: WordSet = ["污水处理厂", "水厂"]

  /// 续建日供水7.5万吨水厂, 投资350万元建设污水处理站, 每天处理吨污水处理站, 新建3座泵站: a
  /// capacity, a sum, a count or the verb that builds it, before a plant's or a park's kind word,
  /// says what kind is meant, not which; a name of its own begins after them (第3 keeps its count).
  func facilityNameStart(_ name: Range<Int>) -> Int {
    var start = name.lowerBound
    var index = name.lowerBound
    while index < name.upperBound {
      let scalar = text[index]
      if Self.isDigit(scalar), index == name.lowerBound || text[index - 1] != "第" {
        start = index + 1
        if start < name.upperBound, Self.placeMeasures.contains(text[start]) { start += 1 }
      } else if scalar == "吨" || scalar == "元" && index > name.lowerBound && "万亿".unicodeScalars.contains(text[index - 1]) {
        start = index + 1
      } else if index + 2 <= name.upperBound, Self.plantBuildingVerbs.contains(where: { starts($0, at: index) }) {
        start = index + 2
      }
      index += 1
    }
    return start
  }

  static let plantBuildingVerbs = ["建设", "新建", "修建", "续建", "兴建", "筹建"]

  func isLevelPlant(_ name: Range<Int>, word: String) -> Bool {
    guard Self.levelPlants.contains(word), let first = name.first,
      "区县市".unicodeScalars.contains(text[first])
    else { return false }
    // 县污水处理厂 is read at 水厂, 县 and 污水处理 before it.
    return name.count == 1
      || (ExactText.same(word, "水厂") && name.count == 5 && ends("污水处理", at: name.upperBound))
  }

  /// 某县文化中心开工建设, 新建甲公园、乙公园: a facility named as a work under
  /// construction is a Project; one that opens, is unveiled or is used stays a Place.
  /// 某村全寄宿学校建设中, 某县政务服务中心建设现已启动, 某幼儿园竣工: a school, hospital or
  /// service centre whose building the words after it tell of is a work too, though its name
  /// reads a body; only the words after it say so (用于建设某小学 may build up the school).
  mutating func readFacilitiesUnderConstruction() {
    var previousWork: Int?
    for index in mentions.indices where mentions[index].visibility == .entity {
      let mention = mentions[index]
      let start = mention.start
      let built: Bool
      if mention.className == .place, mention.via == "suffix" {
        built =
          Self.constructionLeads.contains { ends($0, at: start) }
          || isNextListItem(start, after: previousWork)
          || startsConstruction(at: mention.end)
      } else if mention.className == .organization,
        Self.institutionEndings.contains(where: { ExactText.ends(mention.name, with: $0) })
      {
        built = isBodyBuildingUnderWay(at: mention.end)
      } else {
        continue
      }
      guard built else { continue }
      mentions[index].className = .project
      previousWork = index
    }
  }

  /// 某产业园内, 在某产业园举行: a park of firms (产业园, 工业园, 园区) that holds things or
  /// hosts an event stands already, so it is a Place (the zones ruling), though its suffix reads
  /// a work; listed with works, signed or built, it stays a Project.
  mutating func readStandingZones() {
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].visibility == .entity
      && ["suffix", "list"].contains(mentions[index].via)
      && Self.zoneEndings.contains(where: { ExactText.ends(mentions[index].name, with: $0) })
    {
      let start = mentions[index].start
      let end = mentions[index].end
      let holds = ["内", "里"].contains { starts($0, at: end) } && !starts("内容", at: end)
      var position = end
      if let manner = ["隆重", "正式", "成功"].first(where: { starts($0, at: position) }) {
        position += manner.unicodeScalars.count
      }
      let hosts =
        start > 0 && text[start - 1] == "在"
        && ["举行", "举办", "召开", "组织开展", "开展"].contains { starts($0, at: position) }
      guard holds || hosts else { continue }
      mentions[index].className = .place
      mentions[index].via = Self.standingZoneVia
    }
  }

  /// 某湿地公园开园仪式, 某文化站正式揭牌, 某园区投入使用: a facility or zone the sentence opens
  /// stands (the zones ruling), so it is a Place wherever else the article tells of its building
  /// (启动建设某公园 years before).
  mutating func readOpenedFacilities() {
    for index in mentions.indices
    where [.place, .project].contains(mentions[index].className)
      && mentions[index].visibility == .entity
      && ["suffix", "list", "inside-meeting"].contains(mentions[index].via)
    {
      let name = mentions[index].name
      guard mentions[index].className == .place
        || Self.zoneEndings.contains(where: { ExactText.ends(name, with: $0) })
        || Self.openedFacilityEndings.contains(where: { ExactText.ends(name, with: $0) })
      else { continue }
      var position = mentions[index].end
      if let manner = ["正式", "顺利", "隆重", "全面"].first(where: { starts($0, at: position) }) {
        position += manner.unicodeScalars.count
      }
      guard Self.openings.contains(where: { starts($0, at: position) }) else { continue }
      mentions[index].className = .place
      mentions[index].via = Self.standingZoneVia
    }
  }

  /// Words that open a facility or a zone to its users.
  static let openings = ["开园", "开馆", "开业", "启用", "揭牌", "投入使用", "对外开放", "开放"]
  /// Facilities whose suffix reads a work (公园 is a Place's, 会展中心 a work's) but that open.
  static let openedFacilityEndings = ["公园", "中心", "广场"]

  /// How a zone read as standing is marked: it stays a Place wherever else it is read as a work.
  static let standingZoneVia = "standing-zone"

  static let zoneEndings = [
    "产业园", "工业园", "科技园", "物流园", "孵化园", "创业园", "示范园", "加工园", "园区", "产业基地",
  ]

  /// Whether the work at `previous` and a list comma are all that stand before `start`.
  private func isNextListItem(_ start: Int, after previous: Int?) -> Bool {
    guard let previous, start >= 1, mentions[previous].end == start - 1 else { return false }
    return "、，,和及".unicodeScalars.contains(text[start - 1])
  }

  /// Whether the words at `end` say that construction starts or goes on (开工建设, 正式动工).
  private func startsConstruction(at end: Int) -> Bool {
    let position = afterManner(end)
    return Self.constructionTails.contains(where: { starts($0, at: position) })
      || Self.workUnderWay.contains(where: { starts($0, at: end) })
      || isBuildingInProgress(at: end)
  }

  /// Where the words after `end` go on past a manner word (正式, 顺利, 已…) written first.
  private func afterManner(_ end: Int) -> Int {
    let manner = Self.constructionManners.first(where: { starts($0, at: end) })
    return end + (manner?.unicodeScalars.count ?? 0)
  }

  /// 某客运站建设现场, 某中心建设现已全面启动: its building under way (某医院建设情况 may tell
  /// of building up the body).
  private func isBuildingInProgress(at end: Int) -> Bool {
    starts("建设", at: end) && Self.buildingProgress.contains { starts($0, at: end + 2) }
  }

  /// Whether the words at `end`, after a body's name, say its building is under way or done
  /// (某学校建设中, 某幼儿园竣工, 某中心建设现场); what a body does (加快建设…, 已完成…) is no
  /// building of its own, and one that starts work (某医院开工) may start another work it owns.
  private func isBodyBuildingUnderWay(at end: Int) -> Bool {
    let position = afterManner(end)
    return Self.bodyBuildingTails.contains { starts($0, at: position) } || isBuildingInProgress(at: end)
  }

  static let bodyBuildingTails = ["建设中", "竣工", "主体工程"]
  static let constructionManners = ["正式", "顺利", "全面", "即将", "已经", "已"]

  static let constructionLeads = [
    "新建", "兴建", "规划建设", "开工建设", "计划建设", "筹建", "扩建", "改扩建", "迁建",
    // 建设甲公园、乙公园: the works a sentence builds, listed right after its verb.
    "建设",
  ]
  static let constructionTails = [
    "开工", "动工", "破土动工", "奠基", "开建", "封顶", "主体封顶", "在建", "建设中", "加快建设",
    // 某中心主体工程竣工: the stage its work is at.
    "主体工程",
    // 某幼儿园竣工, 某广场顺利竣工: a work finished is told of as a work (建成开放 stands).
    "竣工",
  ]
  static let buildingProgress = ["现场", "现已", "已", "正在", "全面"]
  /// 某广场已完成路面平整, 某公园正进行清障: a work under way (完成改造 alone may be an estate's).
  static let workUnderWay = ["已完成", "正进行", "正在进行"]
}

extension SentenceReader {
  /// Measure words that count places (一处, 这座, 6所, 两个).
  static let placeMeasures = ScalarChoice("处座所个片块家条".unicodeScalars)
  static let placeDemonstratives = ScalarChoice("这那此该每".unicodeScalars)
  static let placeNumerals = ScalarChoice("一二三四五六七八九十两几多百".unicodeScalars)
  static let beforeBuildingVerb = ScalarChoice("新修兴筹扩改上里旁边内地处会".unicodeScalars)

  /// What a place's name is left with once what counts, points at or builds it is taken off the
  /// front of `own`; nil when nothing is left that names a place.
  /// - 6所学校学生食堂, 3个村文化广场: a count of places names none of them.
  /// - 这处口袋公园, 那座公园: after a demonstrative and its measure word, kind words say what
  ///   kind of place is meant, not which; a name of its own (这座翠湖公园) begins after them.
  /// - 建口袋公园, 在闲置土地上建公园: the verb that builds it, then kind words or nothing: a
  ///   place to be built, named by its kind only.
  func placeNameAfterLead(_ own: Range<Int>) -> Range<Int>? {
    guard !own.isEmpty else { return own }
    var start = own.lowerBound
    let before: Unicode.Scalar? = start > 0 ? text[start - 1] : nil
    if Self.placeMeasures.contains(text[start]), let before {
      if Self.isDigit(before) || Self.placeNumerals.contains(before) { return nil }
      if Self.placeDemonstratives.contains(before) { start += 1 }
    } else if own.count >= 2, Self.placeMeasures.contains(text[start + 1]) {
      if Self.isDigit(text[start]) || Self.placeNumerals.contains(text[start]) { return nil }
      if Self.placeDemonstratives.contains(text[start]) { start += 2 }
    }
    if start > own.lowerBound {
      let rest = start..<own.upperBound
      return rest.isEmpty || isKindWords(rest) || isGeneric(rest) ? nil : rest
    }
    // 南侧至某某博物馆, 成某某景区, 毗连某某风景区: a word that leads to a place (`place-lead`),
    // first in what the name swallowed or after a side (南侧, 东面), is no part of it; the name
    // begins after it, and is none when only kind words are left (勾画生态开发区).
    if let rest = restAfterPlaceLead(own) {
      return isKindWords(rest) || isGeneric(rest) ? nil : rest
    }
    // 建 last before the kind words, first or after a word of building or of where (新建, 筹建,
    // 土地上建, 会建); 党建, 共建 are nouns (某村党建公园 is named), 福建 a province. A name of two
    // characters or more after it is the place's (将建某山森林公园 → 某山森林公园).
    if let verb = own.lastIndex(where: { text[$0] == "建" }),
      verb == own.lowerBound || Self.beforeBuildingVerb.contains(text[verb - 1]),
      lexicon.gazetteer.longest(in: text, endingAt: verb + 1) == nil
    {
      let rest = (verb + 1)..<own.upperBound
      if rest.isEmpty || isKindWords(rest) { return nil }
      if rest.count >= 2, !beginsPlaceName(at: verb, before: own.upperBound) { return rest }
    }
    return own
  }

  /// What is left of `own` after a `place-lead` word at its start or after a side word (南侧至),
  /// when two characters or more are left and the lead word begins no place's name (成都, 来凤);
  /// nil when no such word stands there.
  private func restAfterPlaceLead(_ own: Range<Int>) -> Range<Int>? {
    var lead = own.lowerBound
    // 南侧, 东面, 北边: a side first.
    if lead + 2 < own.upperBound, Self.sideDirections.contains(text[lead]),
      Self.sideWords.contains(text[lead + 1])
    {
      lead += 2
    }
    guard lead < own.upperBound, let word = lexicon.list(.placeLead).longest(in: text, at: lead),
      own.upperBound - (lead + word.word.count) >= 2,
      !beginsPlaceName(at: lead, before: own.upperBound)
    else { return nil }
    return (lead + word.word.count)..<own.upperBound
  }

  /// Whether a place the gazetteer knows (福建, 成都) or a county's or city's short name (成华 of
  /// 成华区, 来凤 of 来凤县, 建湖 of 建湖县) begins at `start`, within `end`.
  private func beginsPlaceName(at start: Int, before end: Int) -> Bool {
    if lexicon.gazetteer.longestLength(in: text, at: start) != nil
      || lexicon.bareCounties.longestLength(in: text, at: start) != nil
    {
      return true
    }
    return (2...3).contains { length in
      start + length <= end && isDivisionShortName(start..<(start + length))
    }
  }

  static let sideDirections = ScalarChoice("东西南北".unicodeScalars)
  static let sideWords = ScalarChoice("侧面边".unicodeScalars)
}
