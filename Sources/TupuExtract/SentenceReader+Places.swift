import TupuOntology

extension SentenceReader {
  /// 人民路街道, 建设路社区, 花园街道, 大桥街道: a road, place or work word inside the name of a
  /// street or community.
  func continuesIntoDivision(_ suffix: Lexicon.Suffix, at index: Int, length: Int) -> Bool {
    guard suffix.kind == .road || suffix.kind == .place || suffix.kind == .project
      || (suffix.kind == .division && length == 1),
      let next = lexicon.suffixes.longest(in: text, at: index + length)
    else { return false }
    // 红旗街社区: a community named after its street (社区 is otherwise a word after a place,
    // 某镇社区工作); its own health centre (某街社区卫生服务中心) is the street's.
    if suffix.kind == .division, length == 1, text[index] == "街", starts("社区", at: index + 1),
      !starts("社区卫生", at: index + 1)
    {
      return true
    }
    // 某村村民, 某村村委会, 某镇镇区: the place ends, and a word of its kind begins (下村村 goes on).
    if suffix.kind == .division,
      lexicon.list(.notASuffix).longestLength(in: text, at: index + length) != nil
    {
      return false
    }
    return next.payload.kind == .division
      && (next.payload.className == .street || next.payload.className == .community)
  }

  /// Whether a project name at `start..<end` stands in a list or after a reporting word.
  func isProjectListContext(start: Int, end: Int) -> Bool {
    if start > 0, "、和及与".unicodeScalars.contains(text[start - 1]) { return true }
    if end < text.count, "、和及与".unicodeScalars.contains(text[end]) { return true }
    // NB: a list of words is tried only where one of its words' last (first) scalar stands.
    let leadEnd = start > 0 && Self.projectLeadEnds.contains(text[start - 1])
    if leadEnd, Self.listLeads.contains(where: { ends($0, at: start) }) {
      return true
    }
    // An agenda's item: after its cue (审议A项目) or its number ((一)A项目…, 1.A项目…).
    // 在某镇建设某某项目, 总投资5亿元的某某项目, 某某项目位于…: a work being built, invested in
    // or situated is named, whatever its words.
    return lexicon.list(.listAgenda).longest(in: text, endingAt: start) != nil
      || start > 0 && "）).．".unicodeScalars.contains(text[start - 1])
      || isNumberedItemStart(start)
      || leadEnd && Self.projectLeads.contains { ends($0, at: start) }
      || end < text.count && Self.projectTailStarts.contains(text[end])
        && Self.projectTails.contains { starts($0, at: end) }
  }

  /// Words after which a name is a listed work's (了, 关于, 视察…).
  static let listLeads = ["了", "关于", "察看", "视察", "调研", "观摩", "听取"]
  /// The last scalars of `listLeads` and `projectLeads`.
  static let projectLeadEnds = Array(Set((listLeads + projectLeads).compactMap(\.unicodeScalars.last)))
  /// The first scalars of `projectTails`.
  static let projectTailStarts = Array(Set(projectTails.compactMap(\.unicodeScalars.first)))

  /// 某某线甲地至乙地改造项目，全长8公里: a name that says what is done to what (改造, 建设,
  /// 新建) right before 项目, with a name of its own before that word, names a work wherever it
  /// stands; a bare kind of work (重点建设项目, 高质量建设项目) does not.
  func isNamedWorkBeforeProject(start: Int, index: Int) -> Bool {
    guard let work = lexicon.list(.workWord).longest(in: text, endingAt: index),
      !["项目", "工程"].contains(ScalarString.make(work.word[...]))
    else { return false }
    let own = start..<(index - work.word.count)
    guard own.count >= 4, !isGenericProject(own), !isGenericProject(start..<index) else { return false }
    // The name begins at a clear edge: punctuation, a preposition, or a word of two or more
    // characters; not after one character that may end another word (自由|贸易…, 更|多…).
    if start > 0, Self.isIdeograph(text[start - 1]) {
      let before = lexicon.list(.stop).longest(in: text, endingAt: start)
      guard (before?.word.count ?? 0) >= 2 || "在对到把将于".unicodeScalars.contains(text[start - 1])
      else { return false }
    }
    if ["更多", "一批", "一些", "多个", "各类", "各项"].contains(where: { starts($0, at: start) }) { return false }
    return own.allSatisfy { Self.isIdeograph(text[$0]) || Self.isDigit(text[$0]) }
  }

  static let projectLeads = [
    "建设", "新建", "兴建", "扩建", "开工建设", "投资建设", "实施", "元的", "签约", "引进", "落户",
    "投资建设的", "新建的", "元建设的",
  ]

  /// Parts of a place (西部山区, 东部城区): a direction word begins no division's name.
  static let directionParts = [
    "东南部", "东北部", "西南部", "西北部", "东部", "西部", "南部", "北部", "中部",
  ]
  static let projectTails = [
    "位于", "坐落", "地处", "选址", "总投资", "计划总投资", "占地", "由", "建成后", "开工", "竣工",
    "落户", "签约", "投产", "已投产", "建成投产", "正式投产", "正式开工", "顺利开工", "集中开工",
    "顺利竣工", "建成投用", "投入使用", "完工", "主体完工", "封顶", "主体封顶", "建成通车", "通车",
  ]

  /// Whether a place named `own` right after a division of `className` is that division's: a
  /// town's or village's facility keeps its name (某村高铁安置点, 某社区文化广场), an estate has
  /// a name of its own (某社区新华小区 is 新华小区).
  func isPlaceOf(_ className: EntityClass, _ own: Range<Int>, suffix word: String) -> Bool {
    [.city, .district].contains(className) && (isKindWords(own) || !isEstate(word))
      || [.street, .community].contains(className)
        && (isKindWords(own) || !["小区", "花园小区", "花园", "大厦"].contains(word))
      // 某花园小区口袋公园: a facility named by its kind inside an estate or park keeps its name.
      || className == .place && !own.isEmpty && isKindWords(own)
  }

  /// Whether `range` is made of words that say what kind a place is (文化, 新时代文明, 便民).
  func isKindWords(_ range: Range<Int>) -> Bool {
    isWrittenWholly(range, in: .placeKind)
  }

  /// Whether `range` is written wholly in words of the list, each the longest that fits (an empty
  /// range is).
  func isWrittenWholly(_ range: Range<Int>, in list: Lexicon.ListName) -> Bool {
    let words = lexicon.list(list)
    var position = range.lowerBound
    while position < range.upperBound, let word = words.longest(in: text, at: position),
      position + word.word.count <= range.upperBound
    {
      position += word.word.count
    }
    return position == range.upperBound
  }

  /// A name in 街 used as an address, not a subdistrict: 文昌街88号, 与文昌街交会处, 顺城街交叉口.
  func isStreetAddress(end: Int) -> Bool {
    if end < text.count, Self.isDigit(text[end]) {
      var index = end
      while index < text.count, Self.isDigit(text[index]) { index += 1 }
      if index < text.count, text[index] == "号" { return true }
    }
    let crossings = ["交会", "交汇", "交叉", "路口", "十字"]
    let after = String(String.UnicodeScalarView(text[end..<min(text.count, end + 2)]))
    if crossings.contains(after) || ["沿线", "路段", "两侧", "沿街", "一侧"].contains(after) {
      return true
    }
    // 红军街、果戈里大街: in a list with a road.
    if end < text.count, text[end] == "、" {
      var index = end + 1
      while index < text.count, index - end <= 9, Self.isIdeograph(text[index]) {
        index += 1
        if ["路", "道", "巷"].contains(String(text[index - 1])) || ends("大街", at: index) {
          return true
        }
      }
    }
    // 文昌街与柳东大道交会处: the crossing named after the other road.
    guard end < text.count, text[end] == "与" || text[end] == "和" else { return false }
    let rest = String(String.UnicodeScalarView(text[end..<min(text.count, end + 12)]))
    return crossings.contains { rest.contains($0) }
  }

  /// Characters that begin no town's one-character name before 城镇 or 集镇 (小城镇, 新城镇建设,
  /// 各城镇, 全县城镇, 老集镇).
  static let notTownNames = ScalarChoice("小大新老名各全县市区乡村和及与等在的是对".unicodeScalars)

  /// 某县甲城镇, 乙城镇某社区, 丙集镇某村: a town whose name is one character and 城 or 集 (甲城,
  /// 丙集: market towns of the north are named 某集) is written with 城镇 or 集镇, the words for
  /// towns in general; in a chain of places, a county or city written right before it or a
  /// village or community named right after it, it is that town.
  func isOneCharacterTown(_ own: Range<Int>, word: String, at index: Int, length: Int) -> Bool {
    guard ExactText.same(word, "镇"), own.count == 2, own.upperBound == index,
      text[index - 1] == "城" || text[index - 1] == "集", Self.isIdeograph(text[own.lowerBound]),
      !Self.notTownNames.contains(text[own.lowerBound])
    else { return false }
    if let before = visibleMention(endingAt: own.lowerBound),
      [.city, .district].contains(mentions[before].className)
    {
      return true
    }
    // 某城镇某某村, 某城镇某某社区: a village or community named in two to four characters after it.
    let end = index + length
    var position = end
    while position < text.count, position - end < 5, Self.isIdeograph(text[position]) {
      if position - end >= 2, let suffix = lexicon.suffixes.longest(in: text, at: position),
        suffix.payload.className == .community
      {
        return true
      }
      position += 1
    }
    return false
  }

  /// 某社区“某某中心”, 某村“某某基地”: a facility or work named in quotes right after its town,
  /// village or community is named after it all the same (the ruling on places inside names);
  /// the division's mention when the quotes close right after the name, else nil.
  func quotedDivision(before start: Int, nameEnd: Int) -> Int? {
    guard start >= 2, nameEnd < text.count, "“\"「".unicodeScalars.contains(text[start - 1]),
      "”\"」".unicodeScalars.contains(text[nameEnd]),
      let place = visibleMention(endingAt: start - 1), !mentions[place].isBody,
      [.street, .community].contains(mentions[place].className)
    else { return nil }
    return place
  }

  /// Reads the name a suffix completes; returns where the name ends, or nil when the suffix is
  /// none here (its characters then stay part of the pending name).
  static let levelEndings = ScalarChoice("省市州盟区县旗镇乡".unicodeScalars)
  static let functionCharacters = ScalarChoice("以对向在为与和把从由将及同给让被".unicodeScalars)

  mutating func readSuffix(
    _ suffix: Lexicon.Suffix, word: String, at index: Int, length: Int, own: Range<Int>
  ) -> Int? {
    // NB: the suffix's word and class compared by their bytes (ExactText.same): String's ==
    // compares unequal non-ASCII strings through their normalization, for every suffix read.
    if let end = readFacilityOfUsers(suffix, word: word, at: index, length: length, own: own) {
      return end
    }
    let known = suffix.kind == .division ? knownDivisionStart(own, end: index + length) : nil
    if known == nil, isFalseSuffix(at: index, length: length),
      !isOneCharacterTown(own, word: word, at: index, length: length)
    {
      return nil
    }
    if known == nil, followsEach(own) { return nil }
    if known == nil, suffix.kind == .division, endsInOneCharacterCounty(own, word: word) {
      return nil
    }
    // 广西县域, 浙江县级: a province's short name before 县 names no county the country's lists
    // do not know (河南县 they know).
    if known == nil, ExactText.same(word, "县"), !own.isEmpty,
      let province = lexicon.gazetteer.longest(in: text, at: own.lowerBound),
      province.word.count == own.count
    {
      return nil
    }
    // 胡立新区长到…: 新区 here ends a name before 区长, no new district.
    if ExactText.same(word, "新区"), index + 2 < text.count, text[index + 2] == "长",
      isNameBeforeTitle(own.lowerBound..<(index + 1), postEnd: index + 3)
    {
      return nil
    }
    // 党建+邻里中心: a plus only inside a project's name.
    if suffix.kind != .project, own.contains(where: { text[$0] == "+" || text[$0] == "＋" }) {
      return nil
    }
    var end = index + length
    // 某产业园二期, 某产业园2期: a project's phase is part of its name.
    if suffix.kind == .project, end + 1 < text.count, text[end + 1] == "期",
      "一二三四五六七八九123456789".unicodeScalars.contains(text[end])
    {
      end += 2
    }
    let folded = suffix.fold ?? word
    switch suffix.kind {
    case .division, .road, .project:
      var start = suffix.kind == .division ? divisionNameStart(own, suffixEnd: end) : own.lowerBound
      if suffix.kind == .division { start = divisionStartAfterLead(start, index: index, suffix: suffix) }
      if let known { start = known }
      if suffix.kind == .division, Self.directionParts.contains(where: { starts($0, at: start) }) {
        return nil
      }
      // 省级卫生村, 老旧社区, 全国民主法治示范村: what kind a village or community is, not which.
      if suffix.className == .community
        || suffix.className == .street,
        isKindOfDivision(start..<index),
        !(index - start == 2 && commonWordNamesDivision(at: start))
      {
        return nil
      }
      // 许昌城区, 黄州城区: a town's urban area, no district, unless the country's list has it
      // (满城区, 东城区).
      if known == nil, suffix.className == .district, ExactText.same(word, "区"),
        index - start >= 2, text[index - 1] == "城"
      {
        return nil
      }
      // 强村富村, 弱村穷村: a couplet of two kinds of village (a slogan's), no village by name.
      if suffix.kind == .division, length == 1, index - start == 3, text[start + 1] == text[index] {
        return nil
      }
      // 北京路, 上海路: a road named after a city the gazetteer knows.
      if suffix.kind == .road, own.isEmpty, let city = visibleMention(endingAt: index),
        ExactText.same(mentions[city].via, "gazetteer"),
        index - mentions[city].start <= suffix.maximum
      {
        start = mentions[city].start
        mentions[city].visibility = .dropped
      }
      // 建设北路, 人民路: a road may be named with a word that elsewhere ends names.
      if suffix.kind == .road, own.count < suffix.minimum,
        let word = lexicon.list(.stop).longest(in: text, endingAt: own.lowerBound),
        word.word.count == 2, own.count + 2 <= suffix.maximum
      {
        start = own.lowerBound - 2
      }
      // No boundary before the name: guessing its last characters reads a verb phrase or a word
      // as a division (未来城市, 满足县域, 同意市); a division worth naming is known to the
      // gazetteer or written after a boundary.
      var overLong = own.count > suffix.maximum
      // 红寺堡大河乡: the article's own county written bare before its town or village, whose
      // own name fits, says whose it is; the name begins after it.
      if overLong, known == nil, suffix.kind == .division, let district = articleDistrict,
        let bare = lexicon.bareCounties.longest(in: text, at: own.lowerBound),
        ExactText.same(bare.payload, district),
        case let rest = own.count - bare.word.count, rest >= max(2, suffix.minimum),
        rest <= suffix.maximum
      {
        start = max(start, own.lowerBound + bare.word.count)
        overLong = false
      }
      // 小某某艾日克村, 温某某额日格社区: a transliterated name may run past the usual length.
      if overLong, known == nil, suffix.kind == .division,
        suffix.className == .street || suffix.className == .community,
        isTransliteratedDivisionName(own, maximum: suffix.maximum)
      {
        overLong = false
      }
      if overLong, known == nil { return nil }
      // 治理工程, 提升工程: the suffix right after such a word; 建设某产业园 keeps its own name.
      if suffix.kind == .project, start == index {
        start = projectNameStart(from: start, maximum: suffix.maximum)
      }
      // 白关污水处理厂提质扩容工程, 沂河路北延工程: works on a facility or road are named after it.
      // 某体育公园项目: 项目 right after the facility. A school's or hospital's 工程 too
      // (某中学迁建工程), an institution's (某卫生服务中心综合楼工程), but a firm's 项目 is its work,
      // not one name with it.
      if ExactText.same(word, "工程") || ExactText.same(word, "项目") && start == index,
        let facility = visibleMention(endingAt: start),
        [.project, .place, .road].contains(mentions[facility].className)
          || ExactText.same(word, "工程")
            && mentions[facility].className == .organization
            && (!mentions[facility].isBody || ExactText.ends(mentions[facility].name, with: "中心")),
        index - mentions[facility].start <= suffix.maximum + 6
      {
        start = mentions[facility].start
      }
      if let road = roadBeforeDirection(start..<index, className: suffix.className) {
        start = road
      }
      // 研究了某村某某项目: the cue stands before the place at the head of the work's name,
      // which then names it in full (the ruling on places inside names).
      var headPlace: Int?
      let ownStart = start
      if ExactText.same(word, "项目"), !isProjectListContext(start: start, end: end),
        case let head = beforePlacePrefix(start), head < start,
        isProjectListContext(start: head, end: end)
      {
        headPlace = visibleMention(endingAt: start)
        start = head
      }
      // 、某社区某某改造项目、: a list's item that begins with a village, community or town is
      // named in full, the place included (the ruling on places inside names).
      if headPlace == nil, ExactText.ends(word, with: "项目"), start > 0,
        let place = visibleMention(endingAt: start),
        [.street, .community].contains(mentions[place].className), !mentions[place].isBody,
        case let head = beforePlacePrefix(start), head > 0, text[head - 1] == "、"
      {
        headPlace = place
        start = head
      }
      // 某镇污水处理厂, 某村产业园: a facility named by its kind alone right after a division is
      // that division's, and takes its name (as 某社区文化广场 does); a bare 项目 or 工程 after a
      // place names no work (某镇项目).
      if suffix.kind == .project, start == index, !ExactText.ends(word, with: "项目"),
        !ExactText.ends(word, with: "工程"), let place = visibleMention(endingAt: start),
        mentions[place].isPlace, !mentions[place].isBody,
        [.street, .community].contains(mentions[place].className)
      {
        headPlace = place
        start = mentions[place].start
      }
      if suffix.kind == .division, known == nil { start = startAfterCount(start, index: index) }
      if suffix.kind == .project, !ExactText.ends(word, with: "项目"), !ExactText.ends(word, with: "工程") {
        start = max(start, facilityNameStart(start..<index))
      }
      if suffix.className == .city, known == nil,
        isCityOfWords(start..<end, word: word)
      {
        return nil
      }
      let name = start..<index
      let levelPlant = isLevelPlant(name, word: word)
      guard name.count >= suffix.minimum || isCountyAfterCity(word, name)
        || isOneCharacterCounty(name, word: word) || levelPlant
      else { return nil }
      // A bare 项目 names a project only where projects are listed or reported on (察看了A项目、
      // B项目; 关于A项目的汇报); elsewhere 盯紧项目, 抓项目 are work, not names.
      if ExactText.same(word, "项目"), !isProjectListContext(start: start, end: end),
        !isNamedWorkBeforeProject(start: start, index: index)
      {
        return nil
      }
      if suffix.kind == .project {
        // 某服务中心主体工程竣工, 某大桥主体工程合龙: a work's main body is part of the work named
        // before it, no work of its own.
        if ExactText.same(word, "工程"), name.count > 2, ends("主体", at: index) { return nil }
        // The places a project is named after are part of its name, not mentions of their own.
        for inner in mentions.indices
        where mentions[inner].start >= start && mentions[inner].end <= index
          && !isHeadDivision(inner, of: start) {
          mentions[inner].visibility = .dropped
        }
        if isGenericProject(name) && suffix.minimum > 0 && !levelPlant { return nil }
        // 听取了某镇民生实事项目的汇报: a place, then only a kind of works, names no work (as it
        // names none written without the cue). A place and what is done there (某村城中村改造项目)
        // is one work.
        if headPlace != nil, ownStart < index, isGenericProject(ownStart..<index),
          !(ownStart..<index).contains(where: {
            lexicon.list(.projectInner).longestLength(in: text, at: $0) != nil
          })
        {
          return nil
        }
      } else if isGeneric(name) && !(name.count == 2 && commonWordNamesDivision(at: start))
        || name.isEmpty || isCityAsNoun(name, word: word)
        || isLevelChain(name) || known == nil && isFragmentBeforeKindWords(name)
      {
        return nil
      }
      let container =
        headPlace
        ?? visibleMention(endingAt: start).flatMap { mentions[$0].isPlace ? $0 : nil }
        ?? quotedDivision(before: start, nameEnd: end)
        ?? headZone(of: start, before: index, isWork: suffix.kind == .project)
      let className =
        ExactText.same(word, "街") && isStreetAddress(end: end) ? .road : suffix.className
      _ = addMention(
        Mention(
          start: start, end: end, className: className,
          name: string(name) + folded + string((index + length)..<end),
          container: container, via: "suffix"))
      return end

    case .place:
      var own = own
      // 以市图书馆新馆为主, 对接区档案馆: a function word before the level the facility is named
      // by is no part of its name.
      if own.count == 2, Self.functionCharacters.contains(text[own.lowerBound]),
        "区县市".unicodeScalars.contains(text[own.lowerBound + 1])
      {
        own = (own.lowerBound + 1)..<own.upperBound
      }
      guard let named = placeNameAfterLead(own) else { return nil }
      own = named
      let container =
        visibleMention(endingAt: own.lowerBound).flatMap { mentions[$0].isPlace ? $0 : nil }
        ?? quotedDivision(before: own.lowerBound, nameEnd: end)
      if own.count > suffix.maximum { return nil }
      // 城区至园区快速路, 一批现代农业产业园区: a route's end or a count of parks names none.
      if ExactText.ends(word, with: "园区"),
        own.contains(where: { text[$0] == "至" })
          || lexicon.list(.projectGeneric).longest(in: text, at: own.lowerBound).map({
            own.lowerBound + $0.word.count <= own.upperBound
          }) ?? false
      {
        return nil
      }
      // 县开发区, 区产业集聚区: the zone of the article's county, named by its level; 县体育馆,
      // 市图书馆: its facility.
      let levelZone =
        own.count == 1 && "区县市".unicodeScalars.contains(text[own.lowerBound])
        && (Self.zoneWords.contains(word) || Self.levelFacilities.contains(word))
      if container == nil, !levelZone, Self.facilitiesOfPlaces.contains(word)
        || isKindWordOnly(own, suffixEnd: index + length) || namesUsersOnly(own, word: word)
      {
        return nil
      }
      if own.count < suffix.minimum && !(own.isEmpty && container != nil) && !levelZone {
        return nil
      }
      if !own.isEmpty && (isGeneric(own) || isFragmentBeforeKindWords(own)) && !levelZone {
        return nil
      }
      if !levelZone, isGenericPlace(own, container: container) { return nil }
      if container == nil, isRankedKindOnly(own) { return nil }
      // 现为国家4A级旅游景区。, 获评国家城市湿地公园，: a rating, not a name. One a name follows
      // (国家4A级旅游景区某村某游览区) stays, as the boundary that name begins at.
      if !isName(index + length), isRatingOnly(own, suffixStart: index) { return nil }
      // 建设了3个文化广场, 一批口袋公园: counted kind words say what kind of place, not which
      // (文化广场 alone may be one's name).
      if container == nil, !own.isEmpty, isKindWords(own), !levelZone,
        isCounted(before: own.lowerBound) || isKindOnlyPlace(word, end: index + length)
      {
        return nil
      }
      var name = string(own) + folded
      var start = own.lowerBound
      let annex = facilityAnnexLength(at: end)
      name += string(end..<(end + annex))
      end += annex
      // 许昌市烈士陵园, 某社区文化广场: a city's or district's place, or one whose own name only
      // says what kind it is, takes the place before it; 某社区新华小区 is 新华小区.
      if let container, own.isEmpty || isPlaceOf(mentions[container].className, own, suffix: word) {
        name = mentions[container].name + name
        start = mentions[container].start
      }
      // 某露营公园二期, 某山庄二期: a place's phase is a work being built, named with it.
      if let phase = phaseAfter(end), !isZoneWord(word) {
        _ = addMention(
          Mention(
            start: start, end: phase, className: .project, name: name + string(end..<phase),
            container: container, via: "suffix"))
        return phase
      }
      _ = addMention(
        Mention(
          start: start, end: end, className: suffix.className, name: name, container: container,
          via: "suffix"))
      return end

    case .body:
      // 某村支部, 民进某地总支, 九三学社某区支社: a branch written without 党 is a village's or a
      // democratic party's; after anything else (小区党支部, 各支部) it names none.
      if Self.branchWords.contains(word) {
        let outer = visibleMention(endingAt: own.lowerBound)
        let village = own.isEmpty && outer.map { mentions[$0].className == .community } ?? false
        let parties = lexicon.list(.democraticParty)
        let partyFirst = parties.longestLength(in: text, at: own.lowerBound) != nil
        let partyBefore =
          democraticPartyBefore(outer.map { mentions[$0].start } ?? own.lowerBound) != nil
        guard village || partyFirst || partyBefore else { return nil }
      }
      var container = visibleMention(endingAt: own.lowerBound)
      var ownRange = bodyOwn(own, at: index, maximum: suffix.maximum)
      // 七届州政协主席: the term's count is no part of the body's name.
      // (第十届委员会 of a formal name keeps its ordinal.)
      if let term = ownRange.last(where: { text[$0] == "届" }), term > ownRange.lowerBound,
        Self.countNumerals.contains(text[term - 1])
      {
        var count = term - 1
        while count > ownRange.lowerBound, Self.countNumerals.contains(text[count - 1]) { count -= 1 }
        if count == ownRange.lowerBound || text[count - 1] != "第" {
          ownRange = (term + 1)..<ownRange.upperBound
        }
      }
      var ownStart = own.lowerBound
      if ExactText.same(word, "委员会"),
        let field = committeeFieldStart(ownRange, maximum: suffix.maximum)
      {
        ownRange = field..<ownRange.upperBound
        ownStart = field
        container = visibleMention(endingAt: field)
      }
      // 宅梧镇实施某工程重大项目指挥部, 区委全面深化改革领导小组, 某镇县派第一书记工作组: an ad hoc
      // body is named by its task, which may hold verbs and posts that end other names; the name
      // runs back over the task to the place, level or place's body it begins with.
      var adHoc = false
      if Self.adHocBodyWords.contains(word),
        !(container.map { mentions[$0].isPlace || mentions[$0].isBody } ?? false),
        !(ownRange.first.map { "县区市镇乡".unicodeScalars.contains(text[$0]) } ?? false),
        let (head, taskStart) = adHocBodyHead(before: ownRange.lowerBound, kindAt: index)
      {
        adHoc = true
        container = head
        ownRange = taskStart..<index
        ownStart = taskStart
      }
      if ownRange.count > (adHoc ? Self.adHocTaskMaximum : suffix.maximum) { return nil }
      // 围绕区州党委决策部署, 省市政府: the bodies of several levels together, none by name.
      if ownRange.count >= 2, ownRange.allSatisfy({ Self.levelScalars.contains(text[$0]) }) {
        return nil
      }
      // 三间教师办公室, 30多家协会: counted, a kind of body, none by name.
      if holdsCountOrSum(ownRange) { return nil }
      // 政协某县第九届委员会常务委员会: a CPPCC standing committee's formal name starts at 政协.
      if ExactText.same(word, "委员会常务委员会") {
        if let first = ownRange.first(where: { starts("政协", at: $0) }) {
          ownRange = first..<ownRange.upperBound
        }
      }
      // 熟悉政协工作, 开创政协新局面, 嘉兴政协: a CPPCC or congress is named after a place written
      // with its level (某县政协, 州政协); other characters before it are no part of its name.
      if ExactText.same(word, "政协") || ExactText.same(word, "人大常委会"),
        let last = ownRange.last,
        !Self.levelEndings.contains(text[last])
      {
        ownRange = ownRange.upperBound..<ownRange.upperBound
        container = nil
      }
      // 某年度第二次规委会: a count of sittings names a meeting, not the body.
      if let ordinal = ownRange.firstIndex(where: { text[$0] == "第" }),
        (ordinal..<ownRange.upperBound).contains(where: { text[$0] == "次" })
      {
        return nil
      }
      // 积极联络某某商会, 进一步完善某某协会: two characters right after an adverb are the verb it
      // modifies, not a body's own name.
      if isVerbAfterAdverb(ownRange) { return nil }
      // 以社区党支部服务社区: a function word and kind words name no body.
      if ownRange.count >= 2, Self.functionCharacters.contains(text[ownRange.lowerBound]),
        isGeneric((ownRange.lowerBound + 1)..<ownRange.upperBound)
      {
        return nil
      }
      // 听取了某某调研组的报告: a team or office is named after a body or a place, not a meeting.
      if let outer = container, mentions[outer].className == .meeting || mentions[outer].isPerson {
        container = nil
      }
      var bareLevel: String?
      if let first = ownRange.first, ["区", "县", "市", "省"].contains(String(text[first])) {
        bareLevel = String(text[first])
      }
      // 紧跟镇党委、政府: a town's body written with its level alone.
      if ownRange.count == 1, let first = ownRange.first, ["镇", "乡"].contains(String(text[first])) {
        bareLevel = String(text[first])
      }
      if ownRange.count == 1, bareLevel != nil {
        // 区国资委: the district's, to qualify in the document.
      } else if ownRange.isEmpty {
        // A body named alone only counts in a post (管委会主任, 统战部长) or after its place.
        let inPost =
          lexicon.roles.longestLength(in: text, at: end) != nil
          || contractedRole(afterSuffixEndingAt: end) != nil
        guard container != nil || inPost || isListedBody(start: index, end: end) else { return nil }
      } else if !adHoc
        && (isGeneric(ownRange) || isFragmentBeforeKindWords(ownRange)
          || isGenericWork(ownRange, word: word))
        && !isBureauOfPlace(ownRange, own: own, container: container, word: word)
        || ownRange.count < suffix.minimum
      {
        return nil
      }
      // 资源环境和经济委员会, 社会和法制委员会: a committee named for two fields joined by 和 runs
      // back over 和 to its first field, written right after a list comma or a clause's start.
      if ExactText.same(word, "委员会") || ExactText.ends(word, with: "委"),
        let joined = jointFieldsStart(ownRange)
      {
        ownRange = joined..<ownRange.upperBound
      }
      var name = string(ownRange) + folded
      var start = ownRange.lowerBound
      var qualifier: String?
      // 某县某水库扩建工程指挥部, 某厂项目党支部: a body set up for a work written right before its
      // kind word is named with the work; the work stays an entity of its own.
      if ownRange.isEmpty, let container, mentions[container].className == .project,
        mentions[container].start < ownRange.lowerBound
      {
        name = mentions[container].name + name
        start = mentions[container].start
      } else if ownRange.lowerBound == ownStart, let container,
        mentions[container].className == .organization || mentions[container].isPlace
      {
        let outer = mentions[container]
        name = outer.name + name
        start = outer.start
        if outer.className == .organization {
          // 区委 + 组织部: one body; a congress's 调研组 is a team it sends, the congress still
          // named.
          if word != "调研组" { mentions[container].visibility = .dropped }
          bareLevel = outer.bareLevel
        } else if !staysVisibleInsideBody(outer) {
          mentions[container].visibility = .hidden
        }
        bareLevel = outer.className == .organization ? outer.bareLevel : nil
        qualifier = outer.qualifier
      } else if ownRange.isEmpty {
        bareLevel = nil
      }
      // 驻某县某镇工作队: a body stationed in a place keeps 驻 and the places in its name.
      if let stationed = stationedStart(before: start) {
        name = string(stationed..<start) + name
        start = stationed
      }
      if Self.branchWords.contains(word), let party = democraticPartyBefore(start) {
        name = string(party..<start) + name
        start = party
      }
      // 政协某某市委员会: the formal name of a place's 政协.
      if word == "委员会" && ownRange.isEmpty
        || word == "委员会常务委员会" && !ExactText.starts(name, with: "政协"),
        start >= 2, starts("政协", at: start - 2)
      {
        name = "政协" + name
        start -= 2
      }
      // 验收工作组: a working group named by its task only is a kind of group.
      if ExactText.same(word, "工作组"), !beginsWithPlace(start) { return nil }
      // 产业专班, 生产工作督导组: a task force or inspection team named by its task only is a kind
      // of team; one named with its place, level or body (某县工作专班, 省第三督查组, 市委讲师团) is one.
      // 区相关部门要成立工作专班: a team being set up is named by no one.
      if Self.taskTeamWords.contains(word),
        !beginsWithPlace(start) && text[start] != "省"
          || ["成立", "组建", "设立", "抽调"].contains(where: { ExactText.holds(name, $0) })
      {
        return nil
      }
      // 市发改委价格处处长, 县某局投资管理科科长: a section (…处, …科) written between its body and
      // a post is the body's, one unit named with it.
      if let section = sectionLength(after: end) {
        name += string(end..<(end + section))
        end += section
      }
      var mention = Mention(
        start: start, end: end, className: suffix.className, name: name, via: "suffix")
      mention.bareLevel = bareLevel
      mention.qualifier = qualifier
      mention.isBody = true
      _ = addMention(mention)
      return end

    case .enterprise:
      // 某某教育基金捐资…: a fund is a giver only when it gives, else a sum of money (设立基金).
      if word == "基金", !Self.givingStarts.contains(where: { starts($0, at: end) }) {
        return nil
      }
      let boundary = lexicon.list(.enterpriseBoundary)
      var start = index
      while start > 0, index - start < suffix.maximum {
        let previous = start - 1
        // 某某(山东)科技有限公司, 某某（集团）有限公司: a place or 集团 in brackets inside the name.
        if let open = bracketedInName(closingAt: previous) {
          start = open
          continue
        }
        // 某某LP28爱心团队, TCL科技集团: Latin letters belong to a firm's name.
        guard
          Self.isIdeograph(text[previous]) || Self.isDigit(text[previous])
            || Self.isLatinLetter(text[previous])
        else { break }
        if taken[previous] { break }
        // 捐资500万元某某集团, 筹集30万元建设某小学: a sum of money ends before the name.
        if endsSum(at: previous) { break }
        // NB: 新 of 新疆 is a place's, not the boundary 新 (新引进某公司).
        // 某某企业管理有限公司: 企业 begins the firm's line of business (not-a-stop), no boundary.
        // 思经乡第二小学: a boundary word (经) inside a town written in full is the town's.
        if let word = boundary.longest(in: text, endingAt: start),
          !mentions.contains(where: {
            ($0.via == "gazetteer" || isDivisionWrittenInFull($0))
              && $0.start <= start - word.word.count && $0.end > start - 1
          }),
          // 青州和顺集团 of a city 青州市: a boundary word inside a city's short name is the city's.
          !isInsideCityShortName((start - word.word.count)..<start),
          lexicon.list(.notAStop).longestLength(in: text, at: start - word.word.count) == nil,
          !liesInsideNameWord((start - word.word.count)..<start),
          // 某县将山中学: a one-character boundary word that often begins a place's name (将, 同,
          // 和, 向 …) right after a place written in full, with one name character after it,
          // begins the school's own name (将台); 在, 对 … never do (某县在校中学生).
          !(word.word.count == 1 && index - start == 1
            && "将同和向原现经".unicodeScalars.contains(text[start - 1])
            && mentions.contains(where: { isDivisionWrittenInFull($0) && $0.end == start - 1 }))
        {
          break
        }
        if mentions.contains(where: { $0.isPerson && $0.end == start }) { break }
        start -= 1
      }
      start = firmStartAfterPlaceAndHe(start)
      // 如今某省某某有限公司: the name begins at its place; what was read before it is dropped.
      let scanned = start
      start = firmStartAtInnerPlace(start, index: index)
      let cutFrom = start > scanned ? scanned : Int.max
      start = builtInstitutionStart(start, index: index, word: word, minimum: suffix.minimum)
      start = startAfterLeadingVerb(start, index: index, minimum: suffix.minimum)
      // 全国某某研究会, 全国某某协会: a national society's name begins with 全国, a stop word elsewhere.
      if Self.societyWords.contains(word), start >= 2, starts("全国", at: start - 2) { start -= 2 }
      guard index - start >= suffix.minimum else { return nil }
      let swallowed = start..<index
      if isGeneric(swallowed) || isFragmentBeforeKindWords(swallowed) { return nil }
      if Self.institutionSuffixes.contains(word), isKindOfInstitution(before: index, from: start) {
        return nil
      }
      // 发挥商会协会作用, 深化供销合作社改革: a chamber, association or cooperative named by
      // another kind word of its sort alone names none.
      if Self.societyKindSuffixes.contains(word), isSocietyKindOnly(swallowed) { return nil }
      // 县内商协会, 区内商协会: 商协会 is 商会 and 协会 written together, one kind word; a generic or
      // referring word alone before it (县内, 上述) names none.
      if ExactText.same(word, "协会"), swallowed.count >= 2, let last = swallowed.last,
        text[last] == "商", isGeneric(swallowed.lowerBound..<last)
      {
        return nil
      }
      // 积极促成某会, 进一步健全协会: two characters right after an adverb are the verb it
      // modifies, no firm's or association's name.
      if isVerbAfterAdverb(swallowed) { return nil }
      // 30多家协会, 捐资5万元修缮小学: a count or a sum before the kind word names no firm.
      if holdsCountOrSum(swallowed) { return nil }
      // 党员志愿服务队, 社区卫生志愿服务队, 验收工作组: a team or group named by what it does is a
      // kind of team; one named with its place (某县银龄志愿服务队, 某市援疆工作组) is a team.
      if Self.volunteerTeamWords.contains(word), !beginsWithPlace(start) { return nil }
      for other in mentions.indices
      where (mentions[other].start >= start || mentions[other].start >= cutFrom)
        && mentions[other].end > start && mentions[other].end <= index
        && !mentions[other].isPerson && !isDivisionWrittenInFull(mentions[other])
      {
        mentions[other].visibility = .dropped
      }
      _ = addMention(
        Mention(
          start: start, end: end, className: suffix.className, name: string(swallowed) + folded,
          via: "suffix"))
      return end
    }
  }
}

extension SentenceReader {
  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
  }

  /// 青石县旅游局, 县乡村振兴局, 某镇乡村振兴服务中心, 某镇综合执法队: a bureau, a town's service
  /// centre or a law-enforcement team named right after its place or level word is a standard
  /// body, though its field (旅游, 乡村振兴, 综合) alone would be a kind word.
  func isBureauOfPlace(_ ownRange: Range<Int>, own: Range<Int>, container: Int?, word: String) -> Bool {
    guard
      ExactText.ends(word, with: "局") || ExactText.ends(word, with: "服务中心")
        || ExactText.ends(word, with: "执法队") || ExactText.ends(word, with: "执法大队")
        || ExactText.same(word, "领导小组") || ExactText.same(word, "指挥部")
        // 县扶贫办公室: an office of its level named after its task.
        || ExactText.same(word, "办公室"),
      ownRange.count >= 2
    else { return false }
    // 县旅游局, not 县级旅游局 (a grade of bureau).
    if let first = ownRange.first, "县区市州旗省".unicodeScalars.contains(text[first]) {
      return text[first + 1] != "级"
    }
    guard ownRange.lowerBound == own.lowerBound, let container else { return false }
    return mentions[container].isDivision && mentions[container].end == ownRange.lowerBound
  }

  /// 帮扶乡村小学, 资助山区学校, 按标准化学校建设, 全县农牧区小学: a word saying where a school or
  /// hospital serves or what grade it is, written right before its kind word after other words,
  /// makes it a kind of school, none by name. A place written in full right before that word
  /// names the place's own school (某乡寄宿制学校), and a place the text names that ends inside
  /// it (某某乡 of 某某乡村小学) makes the rest a village school's name.
  func isKindOfInstitution(before index: Int, from start: Int) -> Bool {
    guard let kind = lexicon.list(.institutionKind).longest(in: text, endingAt: index),
      index - kind.word.count >= start
    else { return false }
    let wordStart = index - kind.word.count
    return !mentions.contains {
      $0.visibility != .dropped
        && (($0.isDivision || $0.via == "gazetteer") && $0.end > wordStart && $0.end < index
          || isDivisionWrittenInFull($0) && $0.end == wordStart)
    }
  }

  static let volunteerTeamWords: WordSet = [
    "志愿服务队", "志愿者服务队", "义工服务队", "志愿服务总队", "服务队", "志愿队", "义工队",
  ]

  /// Societies and associations, whose national ones are named 全国… (全国某某研究会).
  static let societyWords: WordSet = ["研究会", "学会", "协会", "促进会"]

  /// Task forces, inspection teams and lecture groups that a place's bodies send or set up.
  static let taskTeamWords: WordSet = [
    "工作专班", "专班", "督查组", "督导组", "指导组", "检查组", "巡察组", "考核组", "宣讲团",
    "讲师团",
  ]

  /// A name that begins with a place written in full or with a level word (县, 区, 市, 镇, 乡).
  func beginsWithPlace(_ start: Int) -> Bool {
    if "县区市镇乡".unicodeScalars.contains(text[start]) { return true }
    return mentions.contains {
      $0.start == start && $0.visibility != .dropped && ($0.isDivision || $0.via == "gazetteer")
    }
  }

  /// What follows a fund that gives (某某基金捐资, 某某基金向某校捐赠).
  static let givingStarts = ["捐资", "捐助", "捐赠", "捐建", "捐款", "出资", "资助", "援建", "向"]

  /// Verbs of building after a place (某镇新建某中学, 在某镇建设某医院).
  static let buildingVerbs = ["投资建设", "新建", "建设", "兴建", "扩建", "改建", "迁建", "援建", "捐建"]
  static let institutionSuffixes: WordSet = ["中学", "小学", "学校", "幼儿园", "医院", "卫生院"]

  /// Kind words of chambers, associations and cooperatives, which a word of their sort written
  /// alone before them (商会协会, 行业商协会, 供销合作社) makes a kind, not a name.
  static let societyKindSuffixes: WordSet = ["合作社", "商会", "协会"]

  /// Whether `range` is written wholly in `society-kind` words (商会, 供销, 农民专业).
  func isSocietyKindOnly(_ range: Range<Int>) -> Bool {
    !range.isEmpty && isWrittenWholly(range, in: .societyKind)
  }

  /// 某镇新建某中学: a school or hospital begins after a place and a verb of building, which
  /// no such name holds (a firm's may: 某县建设工程有限公司).
  func builtInstitutionStart(_ start: Int, index: Int, word: String, minimum: Int) -> Int {
    guard Self.institutionSuffixes.contains(word) else { return start }
    var result = start
    for place in mentions
    where place.isDivision && place.start >= start && place.end < index {
      guard let verb = Self.buildingVerbs.first(where: { starts($0, at: place.end) }) else {
        continue
      }
      let after = place.end + verb.unicodeScalars.count
      // 某县建设北路小学: the verb begins a road's name.
      let road = ["路", "街", "大道", "东路", "西路", "南路", "北路", "中路", "大街"]
      if road.contains(where: { starts($0, at: after) }) { continue }
      if index - after >= minimum { result = max(result, after) }
    }
    return result
  }

  /// Words a firm's name may hold in brackets besides a place (某某（集团）有限公司).
  static let bracketedWords = ["中国", "集团", "控股"]

  /// Where the bracket opens when `close` closes a place or 集团 written inside a firm's name,
  /// with more of the name before it (某某(山东)文化科技有限公司); nil otherwise.
  func bracketedInName(closingAt close: Int) -> Int? {
    guard close >= 4, text[close] == ")" || text[close] == "）" else { return nil }
    var open = close - 1
    while open > 0, close - open <= 5, Self.isIdeograph(text[open]) { open -= 1 }
    guard text[open] == "(" || text[open] == "（", (3...5).contains(close - open), open > 0,
      Self.isIdeograph(text[open - 1]), !taken[open - 1]
    else { return nil }
    let inner = (open + 1)..<close
    let placed = mentions.contains {
      $0.start == inner.lowerBound && $0.end == inner.upperBound && $0.className == .city
    }
    return placed || Self.bracketedWords.contains(string(inner)) || isDivisionShortName(inner)
      ? open : nil
  }

  /// 梅州 of 某某(梅州)科技有限公司, 潼南 of 某某(潼南)产业园: the short name of a city or county
  /// the country's lists know in full (梅州市, 潼南区), written without its level.
  func isDivisionShortName(_ range: Range<Int>) -> Bool {
    guard range.count >= 2 else { return false }
    let own = Array(text[range])
    for level in ["市", "县", "区"] {
      let name = own + Array(level.unicodeScalars)
      if [Lexicon.ListName.prefecture, .countyCity, .county].contains(where: {
        lexicon.list($0).contains(name[...])
      }) {
        return true
      }
    }
    return false
  }

  /// 云川市第三中学, 某市某县第二医院: a division written with its suffix at the head of a
  /// company's or school's name is an entity of its own (Rulings: places inside names); a short
  /// form (北京 of 北京某某茶业) stays part of the name.
  func isDivisionWrittenInFull(_ mention: Mention) -> Bool {
    mention.isDivision && mention.via == "suffix" && mention.visibility == .entity
  }

  /// 某市魏县, 某市临县: right after its city, one character and 县 name a county.
  func isCountyAfterCity(_ word: String, _ name: Range<Int>) -> Bool {
    // NB: the count first: a String == of two Chinese words that differ costs ~330 instructions.
    guard name.count == 1, word == "县", let city = visibleMention(endingAt: name.lowerBound),
      // 某市各县, 某市辖县, 某市两县: words, not a county's name.
      !"各辖属全本该两和与及郊等区县市乡镇州省".unicodeScalars.contains(text[name.lowerBound])
    else { return false }
    return mentions[city].className == .city && mentions[city].via == "suffix"
  }
}

extension SentenceReader {
  /// 某区 of 某区科协 and 某园区 of 某园区党工委 are entities of their own; a road
  /// or facility only inside a body's name is its container, no node.
  func staysVisibleInsideBody(_ mention: Mention) -> Bool {
    mention.isDivision || mention.className == .place
  }
}

extension SentenceReader {
  /// 某省某市某县某镇某项目开工仪式: the places at the head of a meeting's name, and the
  /// project, place, school or company they lead to, are entities of their own (Rulings: places
  /// inside names), nested as written. The meeting keeps its whole name. Read from the name
  /// alone, after `readPlacesInMeetings` took the divisions a body's name swallows there
  /// (中国共产党某县第十三届委员会…).
  mutating func readPlacesInsideMeetings() {
    let meetings = mentions.indices.filter {
      mentions[$0].className == .meeting && mentions[$0].visibility == .entity
    }
    for meeting in meetings {
      let offset = mentions[meeting].start
      let end = mentions[meeting].end
      var inner = SentenceReader(lexicon: lexicon, text: Array(text[offset..<end]))
      inner.scan(context: ArticleContext())
      var position = 0
      var imported: [Int: Int] = [:]
      var reachedWork = false
      var last: Int?
      while !reachedWork {
        let starting = inner.mentions.indices.filter { inner.mentions[$0].start == position }
        func longest(_ matches: (Mention) -> Bool) -> Int? {
          starting.filter { matches(inner.mentions[$0]) }
            .max(by: { inner.mentions[$0].end < inner.mentions[$1].end })
        }
        // A zone before a company's name is a place of its own, though the company swallowed
        // it (某工业园区 + 某米业有限公司项目).
        let place = longest { $0.isDivision || $0.className == .place }
        func isWork(_ mention: Mention) -> Bool {
          mention.visibility == .entity
            && (mention.className == .project || mention.className == .organization && !mention.isBody)
        }
        var work = longest(isWork)
        var trimmed: Mention?
        // The company that swallowed the zone before it: its own name begins here.
        if place == nil, work == nil, position > 0,
          let swallowing = inner.mentions.indices.first(where: {
            isWork(inner.mentions[$0]) && inner.mentions[$0].start < position
              && inner.mentions[$0].end > position
          })
        {
          var own = inner.mentions[swallowing]
          let head = inner.string(own.start..<position)
          if ExactText.starts(own.name, with: head) {
            own.name = String(own.name.dropFirst(head.count))
            own.start = position
            trimmed = own
            work = swallowing
          }
        }
        guard let next = place ?? work, inner.mentions[next].end < end - offset else { break }
        var mention = trimmed ?? inner.mentions[next]
        reachedWork = !mention.isPlace
        position = mention.end
        // 湖南 of 湖南某县: a short form leads on to the place it holds, no entity of its own.
        if mention.via != "suffix" { continue }
        mention.visibility = .entity
        // 某物流园 + 项目, 某有限公司 + 项目: the work's name goes on with the word for it.
        if reachedWork, inner.starts("项目", at: mention.end), mention.end + 2 < end - offset {
          mention.end += 2
          mention.name += "项目"
          mention.className = .project
        }
        mention.start += offset
        mention.end += offset
        // Written right after the place before it: in that place (some readings lost the link).
        var container = mention.container.flatMap { imported[$0] }
        // 某镇某村党群服务中心揭牌仪式: the village at the head of the facility's name holds it,
        // not the town before the village.
        if container == nil, let head = inner.mentions[next].container,
          inner.mentions[head].isDivision, inner.mentions[head].start == inner.mentions[next].start
        {
          let headStart = inner.mentions[head].start + offset
          let headEnd = inner.mentions[head].end + offset
          if let known = mentions.indices.last(where: {
            mentions[$0].start == headStart && mentions[$0].end == headEnd
              && mentions[$0].isDivision && mentions[$0].visibility != .dropped
          }) {
            container = known
          } else {
            var division = inner.mentions[head]
            division.start = headStart
            division.end = headEnd
            division.visibility = .entity
            division.container = last.flatMap { mentions[$0].end == headStart ? $0 : nil }
            division.via = "inside-meeting"
            container = addMention(division)
          }
        }
        if container == nil, let last, mentions[last].end == mention.start { container = last }
        mention.container = container
        mention.via = "inside-meeting"
        // 某产业园2021年重点项目集中开工仪式: a zone that hosts the meeting, no work of its own
        // (its name goes on with no 项目, 工程 or 建设), stands (the zones ruling).
        if mention.className == .project,
          Self.zoneEndings.contains(where: { ExactText.ends(mention.name, with: $0) }),
          !["项目", "工程", "建设", "一期", "二期", "三期"].contains(where: { starts($0, at: mention.end) })
        {
          mention.className = .place
          mention.via = Self.standingZoneVia
        }
        imported[next] = addMention(mention)
        last = imported[next]
      }
    }
  }
}

extension SentenceReader {
  /// Words that rank or size a facility (国家级湿地公园, 省级示范党群服务中心, 大型商住小区):
  /// with nothing else before the kind word, no name.
  /// Zones a county or district has, named by its level alone (县开发区).
  static let zoneWords: WordSet = [
    "开发区", "经济开发区", "经济技术开发区", "经开区", "工业集中区", "产业集聚区", "工业园区",
  ]

  static let placeRanks = [
    "国家级", "省级", "市级", "县级", "区级", "镇级", "村级", "全国", "示范", "大型", "小型", "新建",
  ]

  /// What a scenic area or park is rated or filed as: a rank (国家, 省级), a grade (4A级, AAAA级),
  /// a place in a list (首批, 第一批, 第一家).
  static let ratingWords = ["国家级", "国家", "全国", "省级", "市级", "首批", "首家"]

  /// What kind of area a rating is given to (国家城市湿地公园, 国家水利风景区, 国家4A级旅游景区).
  static let ratedKinds = ["城市湿地", "湿地", "城市", "水利", "旅游", "文化", "森林", "地质"]

  /// 国家4A级旅游景区, 第一批省级水利风景区, 国家城市湿地公园, 属水库型水利风景区: a rating or a
  /// type the area is given, and then only what kind of area it is, names none, whatever place is
  /// written before it (四川省第一家国家湿地公园). 某湖国家湿地公园 has a name before its rating.
  func isRatingOnly(_ own: Range<Int>, suffixStart: Int) -> Bool {
    guard !own.isEmpty,
      Self.ratingStarts.contains(text[own.lowerBound]) || text[own.lowerBound] == "属"
        || own.lowerBound > 0 && text[own.lowerBound - 1] == "属"
    else { return false }
    var position = own.lowerBound
    var ratings = 0
    // 属水库型: the type a list files it under (属 may stand before the name's start).
    if text[position] == "属" || position > 0 && text[position - 1] == "属",
      let type = ((position + 1)..<min(own.upperBound, position + 6)).first(where: {
        text[$0] == "型"
      })
    {
      position = type + 1
      ratings += 1
    }
    while position < own.upperBound {
      if let word = Self.ratingWords.first(where: { starts($0, at: position) }) {
        position += word.unicodeScalars.count
      } else if let end = gradeEnd(at: position, limit: own.upperBound) {
        position = end
      } else {
        break
      }
      ratings += 1
    }
    guard ratings > 0 else { return false }
    // 水利风景区 read as 水利风 + 景区: 风 is the kind word's.
    var upper = own.upperBound
    if text[upper - 1] == "风", starts("景区", at: suffixStart) { upper -= 1 }
    while position < upper,
      let kind = Self.ratedKinds.first(where: { starts($0, at: position) })
    {
      position += kind.unicodeScalars.count
    }
    return position == upper
  }

  static let ratingStarts = ScalarChoice("国全省市首第0123456789A".unicodeScalars)

  /// 4A级, AAAA级: a grade; 第一批, 第2家: a place in a list. Where it ends, if one starts here.
  func gradeEnd(at start: Int, limit: Int) -> Int? {
    var index = start
    if text[index] == "第" {
      index += 1
      while index < limit, Self.isDigit(text[index]) || Self.placeNumerals.contains(text[index]) {
        index += 1
      }
      guard index > start + 1, index < limit, "批家".unicodeScalars.contains(text[index]) else {
        return nil
      }
      return index + 1
    }
    while index < limit, Self.isDigit(text[index]) { index += 1 }
    let letters = index
    while index < limit, text[index] == "A" { index += 1 }
    guard index > letters, index < limit, text[index] == "级" else { return nil }
    return index + 1
  }

  /// A facility named by its kind or rank alone (实践中心, 联络站, 国家级湿地公园) and no place
  /// before it: a kind word, no name.
  func isRankedKindOnly(_ own: Range<Int>) -> Bool {
    if own.isEmpty { return true }
    return Self.placeRanks.contains { starts($0, at: own.lowerBound) }
  }
}

extension SentenceReader {
  /// 帮扶某村, 结对某社区: a word that leads to a place (a company's left boundary, two
  /// characters or more) is no part of the place's name when enough of the name is left.
  func divisionStartAfterLead(_ start: Int, index: Int, suffix: Lexicon.Suffix) -> Int {
    // 驻某镇: stationed there (the body's name keeps 驻, see stationedStart).
    if start < index, text[start] == "驻", index - start - 1 >= suffix.minimum { return start + 1 }
    if let after = startAfterCountyShortForm(start, index: index, suffix: suffix) { return after }
    guard let lead = lexicon.list(.enterpriseBoundary).longest(in: text, at: start),
      lead.word.count >= 2, index - start - lead.word.count >= suffix.minimum
    else { return start }
    return start + lead.word.count
  }

  /// 沂水诸葛镇, 兴化兴东镇: a county's short form (its name without 县, 区 or 市, as the
  /// country's lists have it) before a town's or village's own name is no part of it. A 苏木
  /// lies in a banner (旗), whose short form is not read here; its Mongolian name often begins
  /// with a word that is also a county's (巴彦, 赛罕: 巴彦某某苏木), which stays part of it.
  func startAfterCountyShortForm(_ start: Int, index: Int, suffix: Lexicon.Suffix) -> Int? {
    guard suffix.className == .street, index - start >= 4, !starts("苏木", at: index)
    else { return nil }
    let counties = lexicon.list(.county)
    let cities = lexicon.list(.countyCity)
    for length in [3, 2] where index - start - length >= max(2, suffix.minimum) {
      let short = string(start..<(start + length))
      // 扬州某镇: a prefecture's short form (某州) before a town's name is no part of it either.
      if counties.contains(short + "县") || counties.contains(short + "区")
        || cities.contains(short + "市") || length == 2 && text[start + 1] == "州"
      {
        return start + length
      }
    }
    return nil
  }

  /// 驻 before the chain of places a body's name begins with (驻某县某镇帮扶工作队): where
  /// the name starts, 驻 included.
  func stationedStart(before start: Int) -> Int? {
    var position = start
    while let previous = visibleMention(endingAt: position), mentions[previous].isDivision {
      position = mentions[previous].start
    }
    guard position > 0, text[position - 1] == "驻" else { return nil }
    // 某区驻某县帮扶工作组, 某市某镇组团驻某镇工作队, 某委驻某村工作队: the place or body that sends
    // it, written right before 驻, begins the name.
    var sender = position - 1
    if sender >= 2, starts("组团", at: sender - 2) { sender -= 2 }
    if let body = visibleMention(endingAt: sender),
      mentions[body].isDivision || mentions[body].className == .organization
    {
      var first = mentions[body].start
      while let previous = visibleMention(endingAt: first), mentions[previous].isDivision {
        first = mentions[previous].start
      }
      return first
    }
    return position - 1
  }
}

extension SentenceReader {
  /// Whether a county or county-level city of the lexicon starts at `index`.
  func startsKnownCounty(at index: Int) -> Bool {
    // NB: the two tables asked in turn (an array of them was made and freed at every call).
    lexicon.list(.county).containsWord(in: text, at: index) { _ in true }
      || lexicon.list(.countyCity).containsWord(in: text, at: index) { _ in true }
  }

  /// 鹤山市, 青州市: a county-level city is a District though written with 市 (Rulings: levels),
  /// when the country's list of county-level cities has it.
  mutating func readCountyCities() {
    let cities = lexicon.list(.countyCity)
    for index in mentions.indices where mentions[index].className == .city {
      let name = Array(mentions[index].name.unicodeScalars)
      if cities.contains(name[...]) { mentions[index].className = .district }
    }
  }
}

extension SentenceReader {
  /// Whether a town's or village's name is made only of grades and kind words (省级卫生,
  /// 民主法治示范, 老旧): no name.
  func isKindOfDivision(_ range: Range<Int>) -> Bool {
    let generic = lexicon.list(.genericName)
    var position = range.lowerBound
    while position < range.upperBound {
      if let rank = Self.placeRanks.first(where: { starts($0, at: position) }),
        position + rank.unicodeScalars.count <= range.upperBound
      {
        position += rank.unicodeScalars.count
      } else if let word = generic.longest(in: text, at: position),
        position + word.word.count <= range.upperBound
      {
        position += word.word.count
      } else {
        break
      }
    }
    return position == range.upperBound
  }
}

extension SentenceReader {
  /// 某镇甲村、乙村党群服务中心: a facility named by its kind after a list of villages is each
  /// village's (Rulings: where things lie) — 甲村党群服务中心 too, in 甲村.
  mutating func readListedFacilities() {
    for index in mentions.indices {
      let facility = mentions[index]
      guard facility.className == .place, facility.visibility == .entity,
        facility.via == "suffix", let holder = facility.container,
        [.community, .street].contains(mentions[holder].className),
        facility.start == mentions[holder].start,
        ExactText.starts(facility.name, with: mentions[holder].name)
      else { continue }
      let kind = String(facility.name.dropFirst(mentions[holder].name.count))
      guard !kind.isEmpty else { continue }
      var position = mentions[holder].start
      while position > 1, "、和及".unicodeScalars.contains(text[position - 1]),
        let item = mentions.indices.last(where: {
          mentions[$0].end == position - 1 && mentions[$0].visibility == .entity
            && mentions[$0].className == mentions[holder].className
        })
      {
        _ = addMention(
          Mention(
            start: mentions[item].start, end: mentions[item].end, className: .place,
            name: mentions[item].name + kind, container: item, via: "listed-kind"))
        position = mentions[item].start
      }
    }
  }
}

extension SentenceReader {
  /// The end of a phase written right after a name (二期, 三期), if one is.
  func phaseAfter(_ end: Int) -> Int? {
    guard end + 1 < text.count, text[end + 1] == "期",
      "一二三四五六七八九".unicodeScalars.contains(text[end])
    else { return nil }
    return end + 2
  }

  /// 开发区, 工业园区: a zone's phases are parts of the zone (某开发区二期 is read by its works).
  func isZoneWord(_ word: String) -> Bool { Self.zoneWords.contains(word) }

  static let sectionPosts = [
    "处长", "副处长", "科长", "副科长", "主任", "副主任", "调研员", "副调研员", "一级调研员",
    "二级调研员", "三级调研员", "四级调研员",
  ]

  /// The length of a section's name (价格处, 投资管理科: one to four characters and 处 or 科) that
  /// begins at `start` and is followed by a post of a section, or nil. 主任科员 is a rank (the
  /// Official or Person ruling): its 主任 begins no post, so it names no section either.
  func sectionLength(after start: Int) -> Int? {
    for length in 2...5 where start + length < text.count {
      let last = start + length - 1
      guard Self.isIdeograph(text[last]) else { return nil }
      guard text[last] == "处" || text[last] == "科" else { continue }
      // 县财政局副处长: the post itself is no section.
      if Self.sectionPosts.contains(where: { starts($0, at: start) }) { return nil }
      if (start..<last).contains(where: { Self.levelScalars.contains(text[$0]) }) { return nil }
      if starts("主任科员", at: start + length) { return nil }
      return Self.sectionPosts.contains(where: { starts($0, at: start + length) }) ? length : nil
    }
    return nil
  }
}

extension SentenceReader {
  /// Where a committee's first field begins when its own name, `own`, is the second of two
  /// fields joined by 和 (资源环境和经济委员会): two to four free characters after 、, a comma or
  /// the sentence's start, none of them a stop word or another name's. Nil otherwise.
  func jointFieldsStart(_ own: Range<Int>) -> Int? {
    guard own.count >= 2, own.lowerBound >= 3, text[own.lowerBound - 1] == "和" else { return nil }
    let end = own.lowerBound - 1
    var start = end
    while start > 0, end - start < 5, Self.isIdeograph(text[start - 1]), !taken[start - 1],
      !"、，,。；;：:".unicodeScalars.contains(text[start - 1]),
      !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < start && $0.end >= start
      })
    {
      start -= 1
    }
    guard (2...4).contains(end - start),
      start == 0 || "、，,。；;：:".unicodeScalars.contains(text[start - 1]),
      lexicon.list(.stop).longestLength(in: text, at: start) == nil,
      !(start..<end).contains(where: { "省市州盟区县旗镇乡村".unicodeScalars.contains(text[$0]) }),
      (start..<end).allSatisfy({ position in
        lexicon.list(.stop).longest(in: text, at: position).map { $0.word.count < 2 } ?? true
      })
    else { return nil }
    return start
  }
}

extension SentenceReader {
  /// Kind words of the bodies a place sets up for one task (某县某某工作领导小组, 某某项目建设指挥部,
  /// 某镇某某工作组, 某区某某治理专班).
  static let adHocBodyWords: WordSet = ["领导小组", "指挥部", "工作组", "工作专班", "专班"]

  /// 乡镇工作专班: 专班 read after 工作 is 工作专班, whose place is then a kind (乡镇) or none.
  func isGenericWork(_ range: Range<Int>, word: String) -> Bool {
    guard ExactText.same(word, "专班"), range.count >= 2, starts("工作", at: range.upperBound - 2)
    else { return false }
    return isGeneric(range.lowerBound..<(range.upperBound - 2))
  }

  /// How many characters an ad hoc body's task may run to between its head and its kind word.
  static let adHocTaskMaximum = 16

  /// Words that stand between a sentence's subject or verb and its object, never inside a
  /// task's name: conjunctions, prepositions, and the verbs of setting a body up, meeting or
  /// visiting (镇里成立某某指挥部, 某镇和某村工作组, 某县干部参加某某领导小组).
  static let adHocTaskBreaks = [
    "的", "和", "与", "及", "同", "跟", "等", "各", "在", "于", "是", "为", "由", "将", "把",
    "被", "对", "向", "到", "赴", "从", "让", "使", "成立", "组建", "设立", "组成", "抽调",
    "召开", "举行", "参加", "参与", "出席", "列席", "听取", "主持", "带领", "率领", "陪同",
    "联合", "会同", "配合", "支持", "协助", "要求", "强调", "指出", "担任", "兼任",
  ]

  /// The head of an ad hoc body's name before `start`: the task characters between it and the
  /// kind word at `index` are ideographs or quotes, with no break word, person or meeting among
  /// them; the head is a place, a place's body (区委, 县政府) or a level character written at a
  /// clause's start (、区某某专班). Returns the head's mention (nil for a level character) and
  /// where the task begins.
  func adHocBodyHead(before start: Int, kindAt index: Int) -> (Int?, Int)? {
    var position = start
    while position > 0, index - position <= Self.adHocTaskMaximum {
      if let head = visibleMention(endingAt: position) {
        let mention = mentions[head]
        if mention.isPlace || mention.isBody && mention.className == .organization {
          // 乡镇工作专班: a kind of place (乡镇, 村居) heads no body by name.
          let named = position < index && !isGeneric(mention.start..<mention.end)
          return named ? (head, position) : nil
        }
        // 实施“某某工程”某项目指挥部: a work quoted inside the task is part of it.
        guard mention.className == .project, mention.start > 0,
          "“\"".unicodeScalars.contains(text[mention.start - 1])
        else { return nil }
        position = mention.start
        continue
      }
      let previous = text[position - 1]
      if "“”\"".unicodeScalars.contains(previous) {
        position -= 1
        continue
      }
      guard Self.isIdeograph(previous) else { return nil }
      if Self.adHocTaskBreaks.contains(where: { word in
        let count = word.unicodeScalars.count
        return position >= count && starts(word, at: position - count)
      }) {
        return nil
      }
      // 乡镇工作专班, 县区两级指挥部: levels written together name every such place, none.
      if Self.isLevelAtClauseStart(text, position - 1) {
        let named = index - position >= 1 && !"县区市镇乡村级".unicodeScalars.contains(text[position])
        return named ? (nil, position - 1) : nil
      }
      position -= 1
    }
    return nil
  }

  /// 、区某某专班: a level character (县, 区, 市, 镇, 乡) written right after punctuation or at the
  /// text's start, where it stands for the article's own place.
  static func isLevelAtClauseStart(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
    guard "县区市镇乡".unicodeScalars.contains(text[index]) else { return false }
    return index == 0 || !isIdeograph(text[index - 1])
  }
}
