import TupuGraph
import TupuOntology

extension SentenceRelations {
  // MARK: Located-in

  static let containedClasses: EntityClassSet = [
    .district, .street, .community, .road, .place, .project,
  ]
  static let containerClasses: EntityClassSet = [
    .city, .district, .street, .community, .road, .place,
  ]

  mutating func readNesting() {
    guard let pattern = reading.cues.nestingID else { return }
    for entity in entities where Self.containedClasses.contains(entity.className) {
      guard let index = entity.mention.container,
        let container = reading.entity(sentence.mentions[index]),
        Self.containerClasses.contains(container.className),
        container.className != .city || Self.isWrittenInFull(container.name),
        // 某市某街道 (a prefecture's or province's name before a town's): the town lies in one of
        // its districts, not named; only a city with none holds its towns directly (a county-level
        // city read as a City, 某某市某镇, still holds them).
        !(entity.className == .street && container.className == .city
          && isAboveCounties(container.name)),
        // 到某镇某乡调研: a town holds no town, a county no county (two places named in a row).
        container.className != entity.className
          || ![.district, .street].contains(entity.className),
        // 甲镇至乙镇公路改建工程, 甲区—乙区跨界河道: a route between places lies in neither.
        !joinsPlaces(entity.mention.start..<entity.mention.end),
        // 甲市至乙市高速公路某段: 乙市 is the route's end, not the work's container.
        !Self.isRouteEnd(sentence.mentions[index].start, in: text),
        // 某村距离某街道: a town written after a village lies in no village.
        (Self.divisionLevel(entity.className) ?? 9) >= (Self.divisionLevel(container.className) ?? 0),
        // 东坡大道深沥村至义合村段: a village lies in no road or facility.
        Self.divisionLevel(entity.className) == nil || Self.divisionLevel(container.className) != nil
      else { continue }
      add(entity.name, "located-in", container.name, pattern)
      // 某镇甲村、乙村党群服务中心: the place before a list holds every item of it; so does
      // 某镇甲村党群服务中心、乙村党群服务中心 (each item a facility named with its village).
      var end = entity.mention.end
      if entity.mention.isDivision,
        let facility = firstEntity(where: { $0.mention.start == entity.mention.start }),
        facility.mention.end > end, [.place, .project].contains(facility.className)
      {
        end = facility.mention.end
      }
      while entity.mention.isDivision, end + 1 < text.count, "、和及".unicodeScalars.contains(text[end]),
        let next = firstEntity(where: {
          $0.mention.start == end + 1 && $0.className == entity.className
            && $0.mention.container == nil
        })
      {
        add(next.name, "located-in", container.name, pattern)
        end = next.mention.end
        if let facility = firstEntity(where: { $0.mention.start == next.mention.start }),
          facility.mention.end > end, [.place, .project].contains(facility.className)
        {
          end = facility.mention.end
        }
      }
      if entity.className == .place, Self.divisionLevel(container.className) != nil,
        opensList(at: chainStart(of: index))
      {
        locateListedPlaces(after: entity, in: container.name, pattern)
      }
    }
  }

  /// 到某区甲小区、乙小区, 深入某镇甲纪念馆、乙服务中心: a place prefix that opens a list of
  /// facilities locates every item of it (Rulings: where things lie), each a Place written
  /// without a place of its own. Works are left alone (the development gold nests only the first
  /// of a list of works), and so is the rest of a list a division enters midway (、某街道某社区
  /// 甲中心、乙公园: the prefix holds its own item only).
  mutating func locateListedPlaces(
    after first: SentenceEntity, in container: String, _ pattern: String
  ) {
    var end = first.mention.end
    while end + 1 < text.count, SentenceReader.listJoiners.contains(text[end]),
      let next = firstEntity(where: { $0.mention.start == end + 1 }),
      next.className == .place, next.mention.container == nil,
      // 县文化中心, 市体育馆: a facility named by a level word lies in that level's place, not in
      // the prefix (and the gold states no containment for it).
      !Self.levelWords.contains(text[next.mention.start])
    {
      add(next.name, "located-in", container, pattern)
      end = next.mention.end
    }
  }

  /// The level words a facility named by its level alone begins with (县文化中心, 区行政中心).
  static let levelWords = ScalarChoice("省市州盟区县旗镇乡村".unicodeScalars)

  /// Where the chain of places a mention is written in begins (某县某镇某村 for 某村).
  func chainStart(of index: Int) -> Int {
    var index = index
    var seen = 0
    while let outer = sentence.mentions[index].container, seen < 8 {
      index = outer
      seen += 1
    }
    return sentence.mentions[index].start
  }

  /// Whether a list may begin at `start`: no list joiner (、和及与) right before it.
  func opensList(at start: Int) -> Bool {
    start == 0 || !SentenceReader.listJoiners.contains(text[start - 1])
  }

  /// A known prefecture with districts or counties under it, or a province (某省, 某自治区).
  func isAboveCounties(_ name: String) -> Bool {
    if name.hasSuffix("省") || name.hasSuffix("自治区") { return true }
    return lexicon.list(.prefecture).contains(name)
      && !lexicon.list(.prefectureWithoutCounties).contains(name)
  }

  /// 湖南 of 湖南某县 is a short form, no place of its own (Rulings: places inside names).
  static func isWrittenInFull(_ city: String) -> Bool {
    guard let last = city.unicodeScalars.last else { return false }
    return "省市州盟区".unicodeScalars.contains(last)
  }

  mutating func readSituated() {
    readPartOf()
    for cue in cueOccurrences("situated-cue") {
      var position = cue.end
      if position + 1 < text.count, text[position] == "市", text[position + 1] == "区" {
        position += 2
      }
      guard
        var place = innermost(
          firstEntity(where: {
            Self.containerClasses.contains($0.className) && $0.mention.start >= cue.end
              && $0.mention.start <= position
          }), among: Self.containerClasses)
      else { continue }
      if isNotInside(after: place) { continue }
      // 选址于某大道甲村至乙村段: a stretch between places lies along the road, in neither.
      if routeEnd(after: place) != nil {
        guard let road = entities.last(where: {
          $0.className == .road && $0.mention.end == place.mention.start
        }) else { continue }
        place = road
      }
      var subject: SentenceEntity?
      // 地处某区东部的某镇: a part of the place may stand before 的.
      let part = Self.insideParts.first { starts($0, at: place.mention.end) }
      // 位于某路9号的某中心: a house number after a road is part of the address.
      let attributive =
        place.mention.end + (part?.unicodeScalars.count ?? 0)
        + (place.className == .road ? houseNumberLength(at: place.mention.end) : 0)
      if attributive < text.count, text[attributive] == "的" {
        subject = firstEntity { $0.mention.start == attributive + 1 }
      }
      // 某村是位于某镇东部的一个行政村: nothing named after 的; the clause's subject lies there.
      if subject == nil, attributive < text.count, text[attributive] == "的",
        cue.start >= 1, text[cue.start - 1] == "是",
        let before = entities.last(where: {
          $0.mention.end == cue.start - 1 && Self.containedClasses.contains($0.className)
        })
      {
        subject = before
      } else if attributive >= text.count || text[attributive] != "的" {
        let start = clauseStart(before: cue.start)
        // 某县某镇某学校位于某村: the name that ends last before the cue, the longest of those;
        // never a division that holds the place (a town lies in no village).
        subject = entities.filter {
          $0.mention.end <= cue.start && $0.mention.start >= start
            && (Self.containedClasses.contains($0.className) || $0.className == .organization)
            && !Self.holds($0.className, place.className)
        }.max { ($0.mention.end, $1.mention.start) < ($1.mention.end, $0.mention.start) }
        // 某镇文体中心位于…: a division at the head of a name left unread (its kind word unknown)
        // is not what lies there; the unread name is.
        if let found = subject, found.mention.end < cue.start, found.mention.end > found.mention.start,
          [EntityClass.street, .community, .district].contains(found.className),
          (found.mention.end..<cue.start).allSatisfy({ SentenceReader.isIdeograph(text[$0]) }),
          !(found.mention.end..<cue.start).contains(where: {
            lexicon.list(.stop).longestLength(in: text, at: $0) != nil
          })
        {
          continue
        }
        // 某社区隶属某街道，地处…: a clause that begins with the cue goes on with the sentence's
        // subject.
        // 该幼儿园位于…, 项目位于…: the thing the article named before; a clause that begins
        // with the cue goes on with the sentence's first (该项目总投资…，由…建设，位于…).
        let referredIn = start == cue.start ? 0..<cue.start : start..<cue.start
        if subject == nil, let referred = referent(in: referredIn, clauseStart: referredIn.lowerBound) {
          let placeholder = Mention(
            start: 0, end: 0, className: referred.className, name: "", via: "")
          subject = SentenceEntity(
            mention: placeholder, name: referred.name, className: referred.className)
        }
        // 该项目…，位于…: the project was meant, though not found; not the sentence's body.
        let refers = referredIn.contains { position in
          text[position] == "该"
            && Self.referenceKinds.contains { starts($0, at: position + 1) }
        }
        // 地址位于某路: the address of the sentence's subject.
        let addressed = Self.addressWords.contains {
          ends($0, at: cue.start) && cue.start - start == $0.unicodeScalars.count
        }
        if subject == nil, start == cue.start || addressed, !refers {
          subject = topic(before: start)
        }
      }
      guard let subject, subject.className != .city else { continue }
      add(subject.name, "located-in", place.name, cue.pattern.id)
      // 位于A路与B街交会处: at a crossing, both roads hold it.
      var end = place.mention.end
      while place.className == .road, end + 1 < text.count,
        "与和、".unicodeScalars.contains(text[end]),
        let other = firstEntity(where: { $0.mention.start == end + 1 && $0.className == .road })
      {
        add(subject.name, "located-in", other.name, cue.pattern.id)
        end = other.mention.end
      }
    }
  }

  /// 某镇以北, 县城以北, 某县与某县交界处: the place is a landmark or a border, not a container.
  func isNotInside(after place: SentenceEntity) -> Bool {
    let notInside = lexicon.list(.notInside)
    var end = place.mention.end
    // 县城以北: the seat of the county, named by its level and 城.
    if end < text.count, text[end] == "城" { end += 1 }
    if notInside.longestLength(in: text, at: end) != nil { return true }
    // 某县与某县交界处: a second place of the same class, then a border word; 某区、某市、某市
    // 三地交界处: a list of places of any level, counted before the border word.
    var others = 0
    while end < text.count, "与和、及".unicodeScalars.contains(text[end]),
      let other = firstEntity(where: {
        $0.mention.start == end + 1
          && ($0.className == place.className || Self.containerClasses.contains($0.className))
      })
    {
      if other.className != place.className && !Self.isDivision(other.className) { return false }
      end = other.mention.end
      others += 1
    }
    guard others > 0 else { return false }
    if end + 1 < text.count, "两二三四五几多等".unicodeScalars.contains(text[end]),
      "地县区市省镇乡村方".unicodeScalars.contains(text[end + 1])
    {
      end += 2
    }
    return notInside.longestLength(in: text, at: end) != nil
  }

  static func isDivision(_ className: EntityClass) -> Bool { divisionLevel(className) != nil }

  /// 甲镇至乙镇公路: a route in `range` whose far end is a place named (班溪至康岭公路 joins
  /// no divisions and may lie in one).
  func joinsPlaces(_ range: Range<Int>) -> Bool {
    range.contains { position in
      Self.isRoute(text[position..<(position + 1)])
        && sentence.mentions.contains {
          $0.start == position + 1 && Self.divisionLevel($0.className) != nil
        }
    }
  }

  /// Whether the place at `start` follows 至 (甲市至乙市): the far end of a route.
  static func isRouteEnd(_ start: Int, in text: [Unicode.Scalar]) -> Bool {
    // 结对点——某州某县: a dash of two leads on to what is named, it joins no route's ends.
    if start > 1, text[start - 1] == "—", text[start - 2] == "—" { return false }
    return start > 0 && isRoute(text[(start - 1)..<start])
  }

  /// Words that join the ends of a route or a border in a name (甲镇至乙镇, 甲区—乙区).
  static func isRoute(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
    name.contains { "至—－".unicodeScalars.contains($0) }
  }

  /// Kind words after 是某镇的(一个): what the division before 是 is (某村是某镇的一个行政村).
  static let partKinds = [
    "行政村", "自然村", "村", "社区", "居委会", "居民委员会", "村委会", "镇", "乡", "街道",
  ]

  /// 某村是某镇的一个行政村, 某社区是某街道下辖的社区: the division before 是 lies in the one
  /// after it, a level above.
  mutating func readPartOf() {
    guard let pattern = reading.cues.situatedID else { return }
    // NB: the 是 after the name tested first, before the entity is copied or its class hashed.
    for index in entities.indices {
      let at = entities[index].mention.end
      guard at < text.count, text[at] == "是" else { continue }
      let part = entities[index]
      guard Self.divisionLevel(part.className) != nil,
        let whole = innermost(
          firstEntity(where: {
            $0.mention.start == at + 1 && Self.divisionLevel($0.className) != nil
          }), among: [.city, .district, .street, .community]),
        Self.holds(whole.className, part.className), whole.className != part.className
      else { continue }
      var position = whole.mention.end
      for link in ["下辖的", "所辖的", "管辖的", "的"] where starts(link, at: position) {
        position += link.unicodeScalars.count
        break
      }
      guard position > whole.mention.end else { continue }
      for count in ["一个", "一处", "一座"] where starts(count, at: position) {
        position += count.unicodeScalars.count
        break
      }
      // 是某镇的重点村, 是某镇的中心社区: a quality may stand before the kind word.
      let kindAt = (position..<min(text.count, position + 5)).first { index in
        Self.partKinds.contains { starts($0, at: index) }
      }
      guard let kindAt, (position..<kindAt).allSatisfy({ SentenceReader.isIdeograph(text[$0]) })
      else { continue }
      add(part.name, "located-in", whole.name, pattern)
    }
  }

  /// Words for an address that open a clause (地址位于某路…).
  static let addressWords = ["地址", "住址", "新址", "地点"]

  /// A division cannot lie in one of its own level or below: 某镇 in 某村 is a misreading.
  static func holds(_ inner: EntityClass, _ outer: EntityClass) -> Bool {
    guard let innerLevel = divisionLevel(inner), let outerLevel = divisionLevel(outer) else {
      return false
    }
    return innerLevel <= outerLevel
  }

  /// The length of a house number at `index` (9号, 27号院, 3号楼), 0 when none.
  func houseNumberLength(at index: Int) -> Int {
    var position = index
    while position < text.count, SentenceReader.isDigit(text[position]) { position += 1 }
    guard position > index, position < text.count, text[position] == "号" else { return 0 }
    position += 1
    if position < text.count, "院楼".unicodeScalars.contains(text[position]) { position += 1 }
    return position - index
  }

  /// Parts of a place that still lie inside it (地处某区东部的某镇); 以北, 东侧 say the
  /// opposite (not-inside).
  static let insideParts = [
    "东南部", "东北部", "西南部", "西北部", "东部", "西部", "南部", "北部", "中部", "境内", "腹地",
    "中心", "城区", "辖区内", "辖区",
  ]

  /// The entity a sentence is about: its first place or body, before `position` — what a
  /// clause without a subject of its own goes on with.
  func topic(before position: Int) -> SentenceEntity? {
    guard let first = firstEntity(where: { !isPerson($0.className) }),
      first.mention.end <= position,
      Self.containedClasses.contains(first.className) || first.className == .organization
    else { return nil }
    return first
  }

  mutating func readJurisdiction() {
    for cue in cueOccurrences("jurisdiction-list") {
      var position = cue.end
      // 某社区…，辖区内的A小区、B小区: the sentence's community or street holds them.
      // 辖区内有A小区、B小区: the list after 有 too.
      for word in ["内共有", "内建有", "内有", "内的", "共有", "建有", "内", "的", "有"]
      where starts(word, at: position) {
        position += word.unicodeScalars.count
        break
      }
      // 组织辖区爱心企业A、B: a kind word before the list names no item.
      if let kind = Self.jurisdictionKinds.first(where: { starts($0, at: position) }) {
        position += kind.unicodeScalars.count
      }
      let named = entities.last(where: {
        $0.mention.end == cue.start && [.district, .street, .community].contains($0.className)
      })
      let topical =
        cue.start == clauseStart(before: cue.start)
        ? topic(before: cue.start).flatMap {
          [.district, .street, .community].contains($0.className) ? $0 : nil
        } : nil
      guard
        let container = (named ?? topical ?? actingHolder(before: cue.start))?.name
          ?? hereHolder(endingAt: cue.start)
      else {
        continue
      }
      while let item = firstEntity(where: { $0.mention.start == position }) {
        if !isPerson(item.className) && item.className != .meeting && item.name != container {
          add(item.name, "located-in", container, cue.pattern.id)
        }
        position = item.mention.end
        guard position < text.count, "、及和".unicodeScalars.contains(text[position]) else { break }
        position += 1
      }
    }
  }

  /// Kind words between 辖区 and the names it lists (辖区爱心企业A、B).
  static let jurisdictionKinds = [
    "爱心企业", "爱心商家", "爱心单位", "重点企业", "规上企业", "企业", "商家", "商户", "单位",
  ]

  /// 某街道组织辖区企业A、B: the division that opens the clause and acts with one verb
  /// (nothing named between it and 辖区) is the one whose jurisdiction is meant.
  func actingHolder(before cueStart: Int) -> SentenceEntity? {
    let start = clauseStart(before: cueStart)
    guard
      let holder = firstEntity(where: {
        $0.mention.start == start && [.district, .street, .community].contains($0.className)
      }),
      cueStart - holder.mention.end <= 4,
      !entities.contains(where: {
        $0.mention.start >= holder.mention.end && $0.mention.start < cueStart
      })
    else { return nil }
    return holder
  }

  /// 社区辖区内有…, 街道辖区…: a word standing for the article's community or street, right
  /// before 辖区, names it.
  func hereHolder(endingAt end: Int) -> String? {
    if lexicon.list(.hereCommunity).longest(in: text, endingAt: end) != nil,
      let community = sentence.context.community
    {
      return reading.canonical[DocumentReading.key(.community, community)]
    }
    if lexicon.list(.hereStreet).longest(in: text, endingAt: end) != nil,
      let street = sentence.context.street
    {
      return reading.canonical[DocumentReading.key(.street, street)]
    }
    return nil
  }

  mutating func readBuildAt() {
    for cue in cueOccurrences("build-at") {
      var after = cue.end
      if after < text.count, text[after] == "“" || text[after] == "\"" { after += 1 }
      // 在某镇建设年产5万吨的某项目: the first work named in the clause after the cue.
      let clauseEnd = clauseEnd(after: cue.end)
      // 在某镇新建某中学: a school or hospital being built is a work too, whatever its class.
      guard
        let project = firstEntity(where: {
          ($0.className == .project || isBuiltInstitution($0))
            && $0.mention.start >= cue.end
            && ($0.mention.start <= after || $0.mention.end <= clauseEnd)
        })
      else { continue }
      let start = clauseStart(before: cue.start)
      // 在某镇某村建设: the innermost place of the chain after 在.
      guard
        let place = innermost(
          entities.last(where: {
            Self.containerClasses.contains($0.className) && $0.mention.end <= cue.start
              && $0.mention.start >= start && $0.mention.start > 0
              && text[$0.mention.start - 1] == "在"
          }), among: Self.containerClasses),
        place.mention.end <= cue.start,
        // 在甲市、乙市建设了A园、B园: which place holds which work the text does not say.
        !(place.mention.end < text.count && "、和及与".unicodeScalars.contains(text[place.mention.end]))
      else { continue }
      add(project.name, "located-in", place.name, cue.pattern.id)
    }
  }
}

extension SentenceRelations {
  /// Institutions a town builds (schools, hospitals): named as firms are, built as works are.
  static let builtInstitutionEndings = schoolEndings + ["医院", "卫生院", "养老院", "敬老院"]

  func isBuiltInstitution(_ entity: SentenceEntity) -> Bool {
    entity.className == .organization && !entity.mention.isBody
      && Self.builtInstitutionEndings.contains { ExactText.ends(entity.name, with: $0) }
  }
}

extension SentenceRelations {
  /// The kinds a reference word (该幼儿园, 该项目) names, by the ending of the names it refers to.
  static let referenceKinds = [
    "项目", "工程", "幼儿园", "小学", "中学", "学校", "医院", "园区", "小区", "公园", "广场",
    "基地", "产业园", "开发区", "中心", "馆", "站", "厂", "园", "院", "社区", "街道", "村", "镇", "乡",
    // 该村史馆, 该镇史馆: a facility, not the village or town its name begins with.
    "村史馆", "镇史馆", "史馆", "活动室", "活动中心",
  ]
  static let schoolEndings = ["学校", "小学", "中学", "幼儿园", "学院", "大学"]

  /// The first referent written in `range` (该项目总投资…).
  func referent(in range: Range<Int>, clauseStart: Int) -> (name: String, className: EntityClass)? {
    for position in range {
      if let referred = referent(at: position, clauseStart: clauseStart) { return referred }
    }
    return nil
  }

  /// 该项目, 该幼儿园, 该校, 学校 at `index` (and a bare 项目 beginning its clause): the latest
  /// entity of the article so named, before `index`.
  func referent(at index: Int, clauseStart: Int? = nil) -> (name: String, className: EntityClass)? {
    var endings: [String] = []
    // 某中学校友甲向母校捐赠: 母校 (their old school) is a school named before, as 该校 is.
    if ["学校", "该校", "本校", "母校"].contains(where: { starts($0, at: index) }) {
      endings = Self.schoolEndings
    } else if index < text.count, text[index] == "该" || index == clauseStart,
      let kind = Self.referenceKinds.filter({
        starts($0, at: text[index] == "该" ? index + 1 : index)
      }).max(by: { $0.count < $1.count })
    {
      // A bare kind word only for a project (项目位于…): 园区, 中心 alone are too loose.
      if text[index] != "该", kind != "项目" { return nil }
      endings = [kind]
    } else {
      return nil
    }
    func fits(_ entity: (name: String, className: EntityClass)) -> Bool {
      if endings == ["项目"] || endings == ["工程"] { return entity.className == .project }
      return entity.className != .city && !isPerson(entity.className)
        && endings.contains { ExactText.ends(entity.name, with: $0) }
    }
    if let here = entities.last(where: { $0.mention.end <= index && fits(($0.name, $0.className)) })
    {
      return (here.name, here.className)
    }
    // A bare 项目 refers within its sentence only; 该 refers back through the article.
    if !"该本".unicodeScalars.contains(text[index]), !starts("学校", at: index),
      !starts("母校", at: index)
    {
      return nil
    }
    // Sentences are kept in reading order: back from this one, to its article's first.
    var lower = 0
    var upper = reading.sentences.count
    while lower < upper {
      let middle = (lower + upper) / 2
      let read = reading.sentences[middle]
      if (read.article, read.index) < (sentence.article, sentence.index) {
        lower = middle + 1
      } else {
        upper = middle
      }
    }
    var position = lower - 1
    while position >= 0, reading.sentences[position].article == sentence.article {
      var best: (end: Int, entity: (name: String, className: EntityClass))?
      for mention in reading.sentences[position].mentions where mention.end > best?.end ?? -1 {
        if let entity = reading.entity(mention), fits(entity) { best = (mention.end, entity) }
      }
      if let best { return best.entity }
      position -= 1
    }
    return nil
  }
}

extension SentenceRelations {
  /// 驻某县某镇工作队: a body stationed in a place lies in it (Rulings: 驻 in a name), when the
  /// place is an entity of the article.
  mutating func readStationed() {
    guard let pattern = reading.cues.nestingID else { return }
    for body in entities where body.className == .organization {
      let span = body.mention.start..<body.mention.end
      guard let at = span.first(where: { text[$0] == "驻" }), at + 1 < span.upperBound else {
        continue
      }
      var inner = SentenceReader(lexicon: lexicon, text: Array(text[(at + 1)..<span.upperBound]))
      inner.scan(context: ArticleContext())
      // The chain of divisions right after 驻: the last holds the body.
      var position = 0
      var held: Mention?
      while let next = inner.mentions.filter({ $0.start == position && $0.isDivision })
        .max(by: { $0.end < $1.end })
      {
        held = next
        position = next.end
      }
      guard let held, held.via == "suffix",
        let place = reading.canonical[DocumentReading.key(held.className, held.name)]
      else { continue }
      add(body.name, "located-in", place, pattern)
    }
  }
}

extension SentenceRelations {
  /// The levels of divisions, outermost first (Rulings: levels).
  /// The level of a division class: City 0, District 1, Street 2, Community 3 (nil for others).
  // NB: a switch over the four names, not a dictionary: a lookup hashed the class name (~350
  // instructions), and entities of every sentence ask.
  static func divisionLevel(_ className: EntityClass) -> Int? {
    switch className {
    case .city: 0
    case .district: 1
    case .street: 2
    case .community: 3
    default: nil
    }
  }

  /// The next item of a list of divisions: the class of the first, which lies below `level`.
  func isListed(_ className: EntityClass, after first: EntityClass?, below level: Int) -> Bool {
    if let first { return className == first }
    // 某社区的某小区, 某镇的某公园: a place or work of a district, street or community.
    if [.place, .project, .road].contains(className) { return true }
    return Self.divisionLevel(className).map { $0 > level } ?? false
  }

  /// Words between a division and the lower ones it holds: 某镇的某村, 某街道设立某社区,
  /// 某镇下设某村 (longest first).
  static let holdingLinks = [
    "新成立的", "新设立的", "新成立", "新设立", "成立", "设立", "下设", "新设", "共辖", "现辖", "共有",
    "现有", "辖有", "辖", "的",
  ]
  /// The first scalars of `holdingLinks`.
  static let holdingLinkStarts = Array(Set(holdingLinks.compactMap(\.unicodeScalars.first)))

  /// The first of `holdingLinks` written at `index`; the words tried only where one of their
  /// first scalars stands.
  func holdingLink(at index: Int) -> String? {
    guard index < text.count, Self.holdingLinkStarts.contains(text[index]) else { return nil }
    return Self.holdingLinks.first(where: { starts($0, at: index) })
  }

  /// 青禾镇的兰溪村、大柳村, 某街道设立A社区、B社区: a division, a word that says it holds
  /// them, and divisions of a lower level after it — each lies in it, as with a place prefix
  /// before a list.
  mutating func readPossessive() {
    guard let pattern = reading.cues.nestingID else { return }
    for holder in entities {
      // 某产业园内的某项目: a zone holds the works inside it.
      let zone =
        [.place, .project].contains(holder.className) && starts("内的", at: holder.mention.end)
      guard let level = zone ? 2 : Self.divisionLevel(holder.className), holder.className != .city,
        let link = zone ? "内的" : holdingLink(at: holder.mention.end)
      else { continue }
      var position = holder.mention.end + link.unicodeScalars.count
      // 某社区的“某驿站”、“某广场”: a place in quotes is one all the same.
      let opening = "“\"「‘".unicodeScalars
      let closing = "”\"」’".unicodeScalars
      if position < text.count, opening.contains(text[position]) { position += 1 }
      var itemClass: EntityClass?
      while let item = firstEntity(where: {
        $0.mention.start == position
          && isListed($0.className, after: itemClass, below: level)
      }) {
        // 某镇的某村小学: the place only begins a longer name; nothing is said of it.
        if let longer = firstEntity(where: { $0.mention.start == position }),
          longer.mention.end > item.mention.end
        {
          break
        }
        add(item.name, "located-in", holder.name, pattern)
        itemClass = item.className
        position = item.mention.end
        if position < text.count, closing.contains(text[position]) { position += 1 }
        guard position + 1 < text.count, "、和及".unicodeScalars.contains(text[position]) else {
          break
        }
        position += 1
        if position < text.count, opening.contains(text[position]) { position += 1 }
      }
    }
  }
}
