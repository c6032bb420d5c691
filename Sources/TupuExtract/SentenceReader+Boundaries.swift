import TupuOntology

/// Where names begin and whether a bare word names anything: the left edge of a division's
/// name, bodies named alone in a list of bodies, places that only say what kind they are.
extension SentenceReader {
  /// 经某县, 占某市, 原某乡: a one-character preposition or verb written right before a
  /// division's name is no part of it. The name starts after it when at least two characters
  /// remain and the whole is no county the gazetteer knows (同心县 keeps its 同).
  func divisionNameStart(_ own: Range<Int>, suffixEnd: Int) -> Int {
    // 联合县总工会, 感谢县委: a two-character verb before the level word names no division.
    if let first = own.first, !lexicon.list(.county).contains(text[first..<suffixEnd]),
      let word = lexicon.list(.enterpriseBoundary).longest(in: text, at: first),
      word.word.count >= 2, lexicon.list(.notAStop).longestLength(in: text, at: first) == nil
    {
      return word.word.count >= own.count ? own.upperBound : first + word.word.count
    }
    // 来某街道调研: a verb of the name-lead list, when two name characters remain.
    if own.count >= 3, let first = own.first, isNameLead(at: first),
      !lexicon.list(.county).contains(text[first..<suffixEnd])
    {
      return first + 1
    }
    guard own.count >= 3, let first = own.first,
      lexicon.list(.enterpriseBoundary).contains(text[first..<(first + 1)]),
      lexicon.list(.notAStop).longestLength(in: text, at: first) == nil,
      !lexicon.list(.county).contains(text[first..<suffixEnd])
    else { return own.lowerBound }
    return first + 1
  }

  /// 某县中等职业学校, 某市高等专科学校: a boundary word (等) that lies inside a name word of the
  /// not-a-stop list beginning a character or two before it (中等职业, 高等专科) is no boundary;
  /// after a numeral it is a school's short name and the list's 等 (县一中、二中等学校).
  func liesInsideNameWord(_ word: Range<Int>) -> Bool {
    let names = lexicon.list(.notAStop)
    for first in max(0, word.lowerBound - 2)..<word.lowerBound {
      if first > 0, "一二三四五六七八九十".unicodeScalars.contains(text[first - 1]) { continue }
      if let entry = names.longest(in: text, at: first), first + entry.word.count > word.upperBound {
        return true
      }
    }
    return false
  }

  /// Whether a one-character verb of the name-lead list (来, 受, 率) stands at `index`.
  func isNameLead(at index: Int) -> Bool {
    index < text.count && lexicon.list(.nameLead).contains(text[index..<(index + 1)])
  }

  /// 经县人民政府: the same preposition before a body that begins with its level (县 + 人民政府).
  func bodyOwnStart(_ own: Range<Int>) -> Int {
    // 会议邀请县水务局, 某中心联合区红十字会: a verb of two characters or more written inside the
    // characters before the kind word, right before a level word: the body begins at the level.
    if own.count >= 4 {
      for level in stride(from: own.upperBound - 1, through: own.lowerBound + 3, by: -1)
      where "区县市省".unicodeScalars.contains(text[level]) {
        guard let verb = lexicon.list(.enterpriseBoundary).longest(in: text, endingAt: level),
          verb.word.count >= 2, level - verb.word.count > own.lowerBound,
          lexicon.list(.notAStop).longestLength(in: text, at: level - verb.word.count) == nil
        else { continue }
        return level
      }
    }
    // 某社区联合某某服务中心: the verb that joins two bodies begins neither.
    if let first = own.first, own.count >= 4,
      Self.joiningVerbs.contains(where: { starts($0, at: first) })
    {
      return first + 2
    }
    // 受政协某县委员会委托, 率部分政协常委: a verb of the name-lead list and what only counts
    // people (部分) are no part of the body's own name.
    if let first = own.first, isNameLead(at: first) {
      let rest = first + 1
      if rest == own.upperBound { return rest }
      // 一年来镇党委…: the verb and a level word alone (来 + 镇) name no town.
      if own.count == 2, "区县市省旗镇乡村".unicodeScalars.contains(text[rest]) { return rest }
      // 受政协某县第九届委员会: the formal name after the verb (来凤县 is a county's own).
      if own.count >= 3, lexicon.list(.county).longestLength(in: text, at: first) == nil { return rest }
      if let stop = lexicon.list(.stop).longest(in: text, at: rest),
        rest + stop.word.count == own.upperBound
      {
        return own.upperBound
      }
    }
    // 据县统计局, 经区财政局: a one-character preposition before the level word.
    if own.count >= 3, let first = own.first,
      lexicon.list(.enterpriseBoundary).contains(text[first..<(first + 1)]),
      ["区", "县", "市", "省", "旗"].contains(String(text[first + 1])),
      lexicon.list(.notAStop).longestLength(in: text, at: first) == nil
    {
      return first + 1
    }
    // 联合县总工会: a two-character verb before the level word the body begins with.
    if let first = own.first, own.count >= 3,
      let word = lexicon.list(.enterpriseBoundary).longest(in: text, at: first),
      word.word.count >= 2, word.word.count < own.count,
      ["区", "县", "市", "省", "旗"].contains(String(text[first + word.word.count])),
      lexicon.list(.notAStop).longestLength(in: text, at: first) == nil
    {
      return first + word.word.count
    }
    guard own.count == 2, let first = own.first,
      lexicon.list(.enterpriseBoundary).contains(text[first..<(first + 1)]),
      ["区", "县", "市", "省", "旗"].contains(String(text[first + 1]))
    else { return own.lowerBound }
    return first + 1
  }

  static let joiningVerbs = ["联合", "携手", "会同", "协同"]

  /// Adverbs that only ever modify a verb (积极, 进一步): what follows them is a verb phrase.
  static let verbAdverbs = [
    "积极", "进一步", "认真", "全面", "切实", "大力", "主动", "及时", "充分", "不断", "持续",
    "努力", "全力", "有效", "加快", "共同",
  ]

  /// Whether `range` is two characters right after one of `verbAdverbs`: the verb it modifies,
  /// no name's own part (a place the gazetteer or the county list knows still is one).
  func isVerbAfterAdverb(_ range: Range<Int>) -> Bool {
    let index = range.lowerBound
    guard range.count == 2,
      Self.verbAdverbs.contains(where: { word in
        let count = word.unicodeScalars.count
        return index >= count && starts(word, at: index - count)
      })
    else { return false }
    return lexicon.gazetteer.longestLength(in: text, at: index) == nil
      && lexicon.list(.county).longestLength(in: text, at: index) == nil
  }

  /// The characters a body suffix completes: 经县人民政府 loses its preposition; 县投资促进局,
  /// cut by the stop words 投资 and 进, runs back to the level word written after a boundary.
  func bodyOwn(_ own: Range<Int>, at index: Int, maximum: Int) -> Range<Int> {
    let start = bodyOwnStart(own)
    if start != own.lowerBound { return start..<own.upperBound }
    guard own.lowerBound > 0, isName(own.lowerBound - 1) else { return own }
    let boundary = lexicon.list(.meetingBoundary)
    var position = own.lowerBound - 1
    while position >= max(0, index - maximum), isName(position) {
      if boundary.longestLength(in: text, at: position) != nil
        || mentions.contains(where: { $0.visibility != .dropped && $0.end > position && $0.start <= position })
      {
        return own
      }
      if ["区", "县", "市"].contains(String(text[position])), position == 0 || !isName(position - 1) {
        return position..<index
      }
      position -= 1
    }
    return own
  }

  /// 某省精神文明建设指导委员会, 某区人大常委会代表资格审查委员会, 某区人大社会建设委员会: 建设,
  /// 指导 and 代表, which elsewhere end a name, are a committee's field words within its own
  /// name; the name runs back over them to the place or body written before it. Returns where
  /// the name starts, or nil when no such place or body stands there.
  func committeeFieldStart(_ own: Range<Int>, maximum: Int) -> Int? {
    var position = own.lowerBound
    while position >= 2, Self.committeeFieldWords.contains(string((position - 2)..<position)) {
      position -= 2
    }
    guard position < own.lowerBound else { return nil }
    while position > 0, own.upperBound - position < maximum, isName(position - 1),
      visibleMention(endingAt: position) == nil,
      !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < position && $0.end >= position
      }),
      lexicon.list(.stop).longest(in: text, endingAt: position) == nil
    {
      position -= 1
    }
    guard let outer = visibleMention(endingAt: position),
      mentions[outer].isPlace || mentions[outer].isBody,
      own.upperBound - position <= maximum
    else { return nil }
    return position
  }

  static let committeeFieldWords: Set<String> = ["建设", "指导", "代表"]

  /// 自然资源所、林业站和前期办等部门: a body written alone (no place, no post after it) is
  /// one when it stands in a list next to another body.
  func isListedBody(start: Int, end: Int) -> Bool {
    // 林业站、水利站和前期办: after a list comma or a conjunction.
    if start > 0, "、和及与".unicodeScalars.contains(text[start - 1]),
      let previous = visibleMention(endingAt: start - 1),
      mentions[previous].isBody
    {
      return true
    }
    // 政府办、区某局; (政府办、某局); 施工单位、政府办等部门: an office written short (…办, three
    // characters or more) stands alone as an item of a list or a credit.
    if end - start >= 3, text[end - 1] == "办",
      start == 0 || "、，,(（。；;".unicodeScalars.contains(text[start - 1]),
      end == text.count || "、，,)）等；;。".unicodeScalars.contains(text[end])
    {
      return true
    }
    guard end + 1 < text.count, "、和及与".unicodeScalars.contains(text[end]),
      let next = lexicon.suffixes.longest(in: text, at: end + 1)
    else { return false }
    return next.payload.kind == .body && next.payload.minimum == 0
  }

  /// 国家级湿地公园, 省级示范党群服务中心, a bare 实践中心: a place whose own characters only say
  /// what grade it is names no place unless a named place before it owns it (长者饭堂 is named).
  func isGenericPlace(_ own: Range<Int>, container: Int?) -> Bool {
    if container != nil { return false }
    // 社区党群服务中心, 社区文化广场: kind words only (generic, then a place's kind) name no place.
    let generic = lexicon.list(.genericName)
    let kind = lexicon.list(.placeKind)
    var position = own.lowerBound
    var generics = 0
    while position < own.upperBound,
      let word = generic.longest(in: text, at: position) ?? kind.longest(in: text, at: position),
      position + word.word.count <= own.upperBound
    {
      if generic.longestLength(in: text, at: position) != nil { generics += 1 }
      position += word.word.count
    }
    // A square called 文化广场 may be the town's own name; 社区文化广场 is any community's.
    if generics == 0, generic.longest(in: text, endingAt: own.lowerBound) != nil { generics = 1 }
    return position == own.upperBound && generics > 0
  }

  /// 适应城市, 涵养城市: 城市 after a two-character verb is the common noun; a city named in
  /// 城 has a short name (盐城市). 这一城市, 老城市, 大城市: after a demonstrative, a count or a
  /// word of age or size it is the noun too, unless the country's lists know the name.
  func isCityAsNoun(_ name: Range<Int>, word: String) -> Bool {
    // NB: the scalar first: a String == of two Chinese words that differ costs ~330 instructions.
    guard let last = name.last, text[last] == "城", word == "市" else { return false }
    if name.count == 3 { return true }
    guard name.count == 2, Self.cityNounModifiers.contains(text[name.lowerBound]) else { return false }
    let whole = name.lowerBound..<(name.upperBound + 1)
    return !lexicon.list(.prefecture).contains(text[whole])
      && !lexicon.list(.countyCity).contains(text[whole])
  }

  static let cityNounModifiers: Set<Unicode.Scalar> = Set("一这那该本此每各全老新大小".unicodeScalars)

  /// 某市委常委、组织部长: a department of the party committee written alone right after the
  /// committee's post is that committee's (某市委组织部), not a bare 组织部.
  mutating func qualifyDepartment(endingAt end: Int) {
    guard let made = visibleMention(endingAt: end), mentions[made].isBody,
      Self.committeeDepartments.contains(mentions[made].name),
      string(mentions[made].start..<end) == mentions[made].name
    else { return }
    let start = mentions[made].start
    // 某县委常委、组织部部长、统战部部长: a later department of the same chain is that
    // committee's too (某县委统战部), as the first one is.
    if start >= 1, text[start - 1] == "、", let committee = committeeOfDepartment(before: start - 1) {
      mentions[made].name = committee + mentions[made].name
      return
    }
    guard start >= 5, text[start - 1] == "、", ends("委常委", at: start - 1) else { return }
    let level = String(text[start - 5])
    guard ["区", "县", "市", "省", "旗", "州", "盟"].contains(level) else { return }
    // Only the name changes: the span (and the title cut from it) stays the department's.
    let committee = visibleMention(endingAt: start - 4).flatMap {
      mentions[$0].isDivision ? mentions[$0].name : nil
    }
    mentions[made].name = (committee ?? level) + "委" + mentions[made].name
  }

  /// The committee (某县委) of the department whose post ends right before `comma` in a chain of
  /// one holder's posts (某县委组织部部长、, 组织部长、), when that department is named after it.
  func committeeOfDepartment(before comma: Int) -> String? {
    for title in Self.departmentHeadTitles {
      let end = comma - title.count
      guard end >= 0, text[end..<comma].elementsEqual(title),
        let earlier = visibleMention(endingAt: end), mentions[earlier].isBody
      else { continue }
      let name = mentions[earlier].name
      guard
        let kind = Self.committeeDepartments.words.first(where: { ExactText.ends(name, with: $0) }),
        case let committee = String(name.unicodeScalars.dropLast(kind.unicodeScalars.count)),
        committee.unicodeScalars.count >= 2, ExactText.ends(committee, with: "委")
      else { return nil }
      return committee
    }
    return nil
  }

  /// A department head's titles, by how a chain writes them after the department (部长 of 组织部部长,
  /// 长 of 组织部长): the longest first.
  static let departmentHeadTitles: [[Unicode.Scalar]] = [
    "常务副部长", "副部长", "副书记", "副主任", "部长", "书记", "主任", "长",
  ].map { Array($0.unicodeScalars) }

  /// 某公司党委副书记、纪委书记、工会主席某某; 市政协党组副书记、政协副主席某某: a body's kind word
  /// written bare in a chain of one holder's posts is a body of the chain's first post (the
  /// firm's 工会), or that body itself (the 政协 of 市政协党组), not a body named by the word alone.
  mutating func qualifyBodyInPostChain(endingAt end: Int, chain: [PostToken]) {
    qualifyPlaceSocietyInPostChain(endingAt: end, chain: chain)
    guard let made = visibleMention(endingAt: end), mentions[made].isBody,
      Self.chainBodyKinds.contains(mentions[made].name),
      string(mentions[made].start..<end) == mentions[made].name,
      mentions[made].start >= 1, text[mentions[made].start - 1] == "、",
      let base = chain.first(where: { $0.baseBody != nil })?.baseBody, base != made,
      mentions[base].className == .organization
    else { return }
    let kind = mentions[made].name
    let baseName = mentions[base].name
    if let range = baseName.range(of: kind) {
      mentions[made].name = String(baseName[..<range.upperBound])
      mentions[made].bareLevel = mentions[base].bareLevel
    } else if !mentions[base].isBody {
      mentions[made].name = baseName + kind
    }
  }

  static let chainBodyKinds: WordSet = ["工会", "政协", "人大", "团委", "妇联"]

  /// 某市政协副主席、工商联主席某某; 某县副县长、慈善总会名誉会长某某: a place's federation or
  /// society written bare after a post of a place's body (or of the place itself) in one holder's
  /// chain is that place's (某市工商联, 某县慈善总会), not a body named by its kind alone.
  mutating func qualifyPlaceSocietyInPostChain(endingAt end: Int, chain: [PostToken]) {
    // NB: a kind written right after 、 is tested in place before the mentions' walk.
    guard end >= 3, text[end - 1] == "联" || text[end - 1] == "会" || text[end - 1] == "协",
      Self.placeSocietyKindList.contains(where: { kind in
        let start = end - kind.count
        return start >= 1 && text[start - 1] == "、" && starts(kind.word, at: start)
      }),
      let made = visibleMention(endingAt: end),
      mentions[made].className == .organization, mentions[made].bareLevel == nil,
      Self.placeSocietyKinds.contains(mentions[made].name),
      string(mentions[made].start..<end) == mentions[made].name,
      mentions[made].start >= 1, text[mentions[made].start - 1] == "、",
      let first = chain.first
    else { return }
    let kind = mentions[made].name
    if let base = first.baseBody, base != made, mentions[base].className == .organization {
      // 某市政协 → 某市工商联; 市政协 → 市工商联 (qualified as the bare body is).
      if let qualifier = mentions[base].qualifier,
        ExactText.starts(mentions[base].name, with: qualifier)
      {
        mentions[made].name = qualifier + kind
        mentions[made].qualifier = qualifier
      } else if let level = mentions[base].bareLevel,
        ExactText.starts(mentions[base].name, with: level)
      {
        mentions[made].name = level + kind
        mentions[made].bareLevel = level
      }
      return
    }
    // 某县副县长: a leader's post of a place written in full.
    let place: (String, EntityClass)?
    switch first.units.first {
    case .mention(let index)?: place = (mentions[index].name, mentions[index].className)
    case .named(let name, let className)?: place = (name, className)
    default: place = nil
    }
    guard first.baseBody == nil, let (name, className) = place,
      className == .district || className == .city
    else { return }
    mentions[made].name = name + kind
    mentions[made].qualifier = name
  }

  /// A place's federations and public societies, written bare after a post in one holder's chain.
  static let placeSocietyKinds: WordSet = [
    "工商联", "慈善总会", "侨联", "科协", "文联", "残联", "红十字会", "总工会",
  ]
  static let placeSocietyKindList: [(word: String, count: Int)] = placeSocietyKinds.words.map {
    ($0, $0.unicodeScalars.count)
  }

  /// Departments of a party committee that `qualifyDepartment` names after it.
  static let committeeDepartments: WordSet = ["组织部", "宣传部", "统战部", "政法委", "办公室"]

  /// Branches written without 党 (村支部, 民进某地总支): read only after a village or a democratic party.
  static let branchWords: WordSet = ["支部", "总支", "支社"]

  /// Where a democratic party's name ends right before `start` (民进 + 某地总支), its start.
  func democraticPartyBefore(_ start: Int) -> Int? {
    lexicon.list(.democraticParty).longest(in: text, endingAt: start).map { start - $0.word.count }
  }

  /// The firm or the place a chain of one holder's posts begins with, if it begins with one: the
  /// owner of a discipline committee named later in the chain (纪委书记).
  func chainOwnerName(_ chain: [PostToken]) -> String? {
    guard let first = chain.first else { return nil }
    if let base = first.baseBody {
      let owner = mentions[base]
      return owner.className == .organization && !owner.isBody ? owner.name : nil
    }
    switch first.units.first {
    case .mention(let place)? where mentions[place].isPlace && mentions[place].className != .district
      && mentions[place].className != .city:
      return mentions[place].name
    case .named(let name, let className)? where className == .street || className == .community:
      return name
    default:
      return nil
    }
  }

  /// 某区2023年重大项目集中开工仪式, 某省某市某县某镇…奠基仪式: the places written in full at the
  /// head of a meeting's name are entities too (the ruling on places inside names), each inside
  /// the one before it.
  mutating func readPlacesInMeetings() {
    for meeting in mentions.indices
    where mentions[meeting].className == .meeting && mentions[meeting].visibility != .dropped {
      var position = mentions[meeting].start
      let end = mentions[meeting].end
      // 2022年某市某县春季项目签约大会: the year a meeting's name opens with comes before its
      // places.
      var year = position
      while year < end, year - position < 4, Self.isDigit(text[year]) { year += 1 }
      if year - position == 4, year < end, text[year] == "年" {
        position = year + 1
        if position < end, text[position] == "度" { position += 1 }
      }
      // 中国共产党某县第十三届委员会…, 政协某县第十届委员会…, 中国人民政治协商会议某市某区第十五届
      // 委员会…: the party's or the conference's formal name puts the place after its own.
      for head in ["中国人民政治协商会议", "中国共产党", "中共", "政协"] where starts(head, at: position) {
        position += head.unicodeScalars.count
        break
      }
      // 第26期某市管领导干部进修班, 第七届某县运动会: a course's or event's count before the place.
      if position < end, text[position] == "第" {
        var count = position + 1
        while count < end, Self.isDigit(text[count]) || Self.countNumerals.contains(text[count]) {
          count += 1
        }
        if count > position + 1, count < end, text[count] == "期" || text[count] == "届" {
          position = count + 1
        }
      }
      var container: Int?
      while position < end, let (range, className, name) = divisionName(at: position, before: end),
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start == range.lowerBound && $0.end == range.upperBound
        })
      {
        var place = Mention(
          start: range.lowerBound, end: range.upperBound, className: className, name: name,
          via: "meeting-place")
        place.container = container
        container = addMention(place)
        position = range.upperBound
      }
    }
  }

  /// A division's name written in full from `start`: a county the gazetteer knows (临县, 某某回族区),
  /// else two to four name characters and a division suffix.
  func divisionName(at start: Int, before end: Int) -> (Range<Int>, EntityClass, String)? {
    // 中央省市会议精神: the centre and the levels below it, no province named 中央省.
    if starts("中央", at: start) { return nil }
    // A name the country's lists know, however long (某某土家族苗族自治县), and a county-level
    // city as the District it is (某某市人大常委会第十次会议, 某某市政府第五次常务会议).
    for (list, className): (Lexicon.ListName, EntityClass) in [
      (.county, .district), (.countyCity, .district), (.prefecture, .city),
    ] {
      let names = lexicon.list(list)
      for length in stride(from: min(16, end - start - 1), through: 2, by: -1)
      where names.contains(text[start..<(start + length)]) {
        return (start..<(start + length), className, string(start..<(start + length)))
      }
    }
    // No name in a session's number or a year (十二届区委…, 2023年第七期…), nor after a verb.
    let isNameCharacter = { (index: Int) -> Bool in
      Self.isIdeograph(self.text[index])
        && self.lexicon.list(.meetingMarker).longestLength(in: self.text, at: index) == nil
        && self.lexicon.list(.stop).longestLength(in: self.text, at: index) == nil
        && self.lexicon.suffixes.longest(in: self.text, at: index)?.payload.kind != .division
    }
    // 临县, 道县: a county named with one character, written with its level.
    if start + 2 < end, isNameCharacter(start), text[start + 1] == "县" {
      return (start..<(start + 2), .district, string(start..<(start + 2)))
    }
    for own in 2...4 where start + own < end {
      let range = start..<(start + own)
      guard range.allSatisfy(isNameCharacter) else { return nil }
      guard let suffix = lexicon.suffixes.longest(in: text, at: start + own),
        suffix.payload.kind == .division, own >= suffix.payload.minimum,
        own <= suffix.payload.maximum, start + own + suffix.word.count < end,
        !isFalseSuffix(at: start + own, length: suffix.word.count), !isGeneric(range)
      else { continue }
      let word = ScalarString.make(suffix.word[...])
      let folded = suffix.payload.fold ?? word
      return (
        start..<(start + own + suffix.word.count), suffix.payload.className,
        string(range) + folded
      )
    }
    return nil
  }

  /// Whether a division written in full begins the name that starts at `start`, alone or after
  /// the divisions before it (某县某镇…项目): an entity of its own (the ruling on places inside
  /// names).
  func isHeadDivision(_ inner: Int, of start: Int) -> Bool {
    var position = start
    while let next = mentions.indices.first(where: {
      mentions[$0].start == position && mentions[$0].isDivision && mentions[$0].visibility == .entity
        && mentions[$0].via != "gazetteer"
    }) {
      if next == inner { return true }
      position = mentions[next].end
    }
    return isHeadPlace(inner, of: start, chainEnd: position)
  }

  /// Whether the characters after a province or country written without its suffix run on,
  /// with no word between that may follow a name, into the suffix of a zone, facility or body
  /// (云岭自贸区, 湖东道公交站: a short form of a province and what follows); 某省工作 is no name, and a division after it
  /// (新疆昌吉州; 区 may end a zone's) makes an address of places.
  func isShortFormInName(end: Int) -> Bool {
    guard end < text.count, isName(end), !isNameEnd(end) else { return false }
    // 天津某某区, 重庆某某区: a district the country's list knows, right after the short form,
    // makes an address of places (its 区 is no zone's).
    if startsKnownCounty(at: end) { return false }
    var position = end + 1
    while position < min(text.count, end + 10), isName(position) {
      if lexicon.list(.stop).longestLength(in: text, at: position) != nil { return false }
      if let suffix = lexicon.suffixes.longest(in: text, at: position),
        !isFalseSuffix(at: position, length: suffix.word.count)
      {
        // 新疆昌吉州…: a chain of divisions (an address) names the province too.
        return suffix.payload.kind != .division || suffix.word == ["区"]
      }
      position += 1
    }
    return false
  }

  /// 县政府副县长某某: the government written before its own leader's post is part of the post
  /// (the post's unit is the place), no body of its own. So is 人民政府 written in full before
  /// its own leader's post (某县人民政府县长, 县人民政府副县长 in an article whose county is
  /// known): the leader of a place's government is the place's (Rulings). Where no place of the
  /// level is known, the bare 县人民政府 stays the post's unit; before another post
  /// (县人民政府副秘书长) it stays a body.
  @discardableResult
  mutating func hideGovernmentBeforeLeader(at index: Int, title: String, level: String) -> Int? {
    guard let previous = visibleMention(endingAt: index),
      mentions[previous].className == .organization,
      ExactText.ends(mentions[previous].name, with: "政府")
    else { return nil }
    let name = mentions[previous].name
    if ExactText.ends(name, with: "人民政府") {
      // Read by its suffix: the place, if written, stands at the head of the name.
      let place = String(name.unicodeScalars.dropLast(4))
      guard Self.isLeaderOfGovernment(title, level: level), ExactText.ends(place, with: level),
        place != level || (articleDistrict.map { ExactText.ends($0, with: level) } ?? false)
      else { return nil }
    } else if !mentions[previous].isBody {
      return nil
    }
    mentions[previous].visibility = .hidden
    return previous
  }

  /// 县长, 副区长, 常务副市长, 代镇长: the head of a level's government (its level + 长).
  static func isLeaderOfGovernment(_ title: String, level: String) -> Bool {
    var rest = Substring(title)
    for prefix in ["常务副", "代理", "代", "副"] where rest.hasPrefix(prefix) {
      rest = rest.dropFirst(prefix.count)
      break
    }
    return rest == level + "长"
  }

  /// 青山市政府副市长某某: the place written at the head of a government hidden before its leader's
  /// post, as a place of its own, when it is of the post's level (the post's unit).
  mutating func placeOfHiddenGovernment(_ government: Int, level: String) -> Int? {
    let body = mentions[government]
    guard let qualifier = body.qualifier, ExactText.ends(qualifier, with: level),
      let className = Self.className(ofLevel: level)
    else { return nil }
    let length = qualifier.unicodeScalars.count
    guard length >= 2, body.start + length < body.end,
      string(body.start..<body.start + length) == qualifier
    else { return nil }
    return addMention(
      Mention(
        start: body.start, end: body.start + length, className: className, name: qualifier,
        via: "post-place"))
  }
}

extension SentenceReader {
  static let capacityMeasures = ScalarChoice(
    "万亿千吨套台件辆头只平方米立瓦个条张片双部箱羽".unicodeScalars)
  static let capacityPrefixes = [
    "年产", "年加工", "年处理", "年出栏", "年存栏", "年仓储", "年吞吐", "日产", "日处理", "年新增",
  ]
  // An array, not a Set: two comparisons a character cost less than hashing it.
  static let capacityPrefixStarts = ScalarChoice(
    Set(capacityPrefixes.compactMap { $0.unicodeScalars.first }))

  /// 恒达公司年产80万吨建材项目, 、某品牌年产36万吨饲料项目: a project named by its
  /// capacity, up to its 项目, with the firm written right before it.
  mutating func readWorksByCapacity() {
    var index = 0
    while index < text.count {
      // Two comparisons a character before any string match.
      guard Self.capacityPrefixStarts.contains(text[index]),
        let prefix = Self.capacityPrefixes.first(where: { starts($0, at: index) })
      else {
        index += 1
        continue
      }
      var position = index + prefix.unicodeScalars.count
      var digits = 0
      while position < text.count, Self.isDigit(text[position]) || ". ,".unicodeScalars.contains(text[position]) {
        if Self.isDigit(text[position]) { digits += 1 }
        position += 1
      }
      var measures = 0
      while position < text.count, Self.capacityMeasures.contains(text[position]) {
        position += 1
        measures += 1
      }
      guard digits > 0, measures > 0 else {
        index += 1
        continue
      }
      var end: Int?
      // A second capacity may follow (年产20万吨化纤10万吨瓶片项目): its digits stay inside.
      while position < text.count, position - index <= 24,
        Self.isIdeograph(text[position]) || Self.isDigit(text[position])
      {
        if starts("项目", at: position), !starts("项目部", at: position) {
          end = countOfWorks(before: position, after: index) ?? position + 2
          break
        }
        position += 1
      }
      guard let end, !(index..<end).contains(where: { taken[$0] }) else {
        index += 1
        continue
      }
      var start = index
      if let firm = visibleMention(endingAt: index), mentions[firm].className == .organization,
        !mentions[firm].isBody
      {
        start = mentions[firm].start
      } else {
        // 、某品牌年产…: a brand between a list's separator and the capacity.
        var head = index
        while head > 0, index - head < 4, Self.isIdeograph(text[head - 1]), !taken[head - 1] { head -= 1 }
        if index - head >= 2, head == 0 || "、，,".unicodeScalars.contains(text[head - 1]),
          !(head..<index).contains(where: { lexicon.list(.stop).longestLength(in: text, at: $0) != nil }),
          // (A province's or city's short form in the brand, 山东某某年产…, names no place.)
          !mentions.contains(where: {
            $0.visibility != .dropped && $0.end > head && $0.start < index && $0.via != "gazetteer"
          })
        {
          start = head
        }
      }
      addWork(start..<end, name: string(start..<end).filter { $0 != " " }, via: "capacity")
      index = end
    }
  }

  /// 年产10万套智能家居生产线项目: a work named by its capacity keeps it; the digits cut the
  /// scan's name after 万套.
  mutating func readCapacitiesOfWorks() {
    let measures = Self.capacityMeasures
    let prefixes = Self.capacityPrefixes
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].visibility != .dropped {
      var position = mentions[index].start
      // Measure words inside the name's head (万套智能家居…) or before it.
      var head = position
      while head < mentions[index].end, measures.contains(text[head]) { head += 1 }
      while position > 0, measures.contains(text[position - 1]) { position -= 1 }
      var digits = 0
      while position > 0, Self.isDigit(text[position - 1]) || text[position - 1] == "." {
        position -= 1
        digits += 1
      }
      guard digits > 0, head < mentions[index].end,
        let prefix = prefixes.first(where: { ends($0, at: position) })
      else { continue }
      let start = position - prefix.unicodeScalars.count
      mentions[index].name = string(start..<mentions[index].start) + mentions[index].name
      mentions[index].start = start
      // …生产线项目: the work's own word after it (not 项目部, the site office).
      let end = mentions[index].end
      if let word = ["项目", "工程"].first(where: { starts($0, at: end) }),
        end + 2 >= text.count || text[end + 2] != "部"
      {
        mentions[index].name += word
        mentions[index].end = end + 2
        for other in mentions.indices where other != index && mentions[other].start >= start
          && mentions[other].end <= end + 2 && mentions[other].visibility != .dropped
        {
          mentions[other].visibility = .dropped
        }
      }
    }
  }
}

extension SentenceReader {
  /// 宏达建筑工程有限公司: a work's word (工程, 项目) inside a company's name ends no project.
  mutating func dropWorksInsideCompanies() {
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].visibility != .dropped {
      let work = mentions[index]
      if mentions.contains(where: {
        $0.className == .organization && !$0.isBody && $0.visibility != .dropped
          && $0.start <= work.start + 2 && $0.end > work.end && $0.start < work.end
      }) {
        mentions[index].visibility = .dropped
      }
    }
  }
}

extension SentenceReader {
  /// A company, bank, cooperative or chamber of commerce: neither party, government nor public
  /// institution, so the heads it names are Persons.
  func isPrivateFirm(_ mention: Mention) -> Bool {
    // A foundation reads as a body by its suffix (as 总会, 红十字会), but its heads are Persons
    // (the Official or Person ruling: the heads of private foundations).
    guard mention.className == .organization, !mention.isBody || mention.name.hasSuffix("基金会")
    else { return false }
    let name = Array(mention.name.unicodeScalars)
    if isPublicSociety(name) { return false }
    return lexicon.list(.privateFirm).longest(in: name, endingAt: name.count) != nil
  }

  /// 某市慈善协会, 市慈善基金会, 中国计划生育协会: a place's own public society, written right
  /// after the place (or its bare level word), is no private firm; 某某集团慈善基金会 is.
  func isPublicSociety(_ name: [Unicode.Scalar]) -> Bool {
    guard let society = lexicon.list(.publicSociety).longest(in: name, endingAt: name.count)
    else { return false }
    let place = name[..<(name.count - society.word.count)]
    guard let last = place.last else { return true }
    return Self.levelCharacters.contains(last) || ["中国", "中华", "全国"].contains(String(String.UnicodeScalarView(place)))
  }
}

extension SentenceReader {
  /// 该协会会长, 总商会副会长, 某某商会的副会长: the text before a role (after one 的) ends in a
  /// private firm's kind word written bare, or in a private firm's name.
  func followsPrivateFirmWord(_ index: Int) -> Bool {
    var end = index
    if end > 0, text[end - 1] == "的" { end -= 1 }
    if let firm = visibleMention(endingAt: end), mentions[firm].className == .organization {
      return end < index && isPrivateFirm(mentions[firm])
    }
    return lexicon.list(.privateFirm).longest(in: text, endingAt: end) != nil
  }
}

extension SentenceReader {
  /// 原区政协副主席某某, 原县委副书记某某: a former post is no title and ties its holder to no
  /// body (the Official or Person ruling).
  func isFormerPost(_ chain: [PostToken]) -> Bool {
    guard let first = chain.first else { return false }
    var starts = [first.start]
    if let body = first.baseBody { starts.append(mentions[body].start) }
    for unit in first.units {
      if case .mention(let place) = unit { starts.append(mentions[place].start) }
    }
    // 原区政协副主席, 青禾区原区长, 县人大常委会原主任: 原 right before the post or its place,
    // after a boundary, the place or the body the post is of.
    return starts.contains { start in
      guard start > 0, text[start - 1] == "原" else { return false }
      return start == 1 || !isName(start - 2)
        || lexicon.list(.stop).longest(in: text, endingAt: start - 1) != nil
        || mentions.contains {
          $0.end == start - 1 && ($0.isDivision || $0.className == .organization)
        }
    }
  }
}

extension SentenceReader {
  /// Reads `range` as one work: what was read inside it is dropped, but the places written in
  /// full at its head stay entities (某省某公司年产…项目: the ruling on places inside names).
  mutating func addWork(_ range: Range<Int>, name: String, via: String) {
    for other in mentions.indices
    where mentions[other].visibility != .dropped && mentions[other].start >= range.lowerBound
      && mentions[other].end <= range.upperBound && !isHeadDivision(other, of: range.lowerBound)
    {
      mentions[other].visibility = .dropped
    }
    _ = addMention(
      Mention(
        start: range.lowerBound, end: range.upperBound, className: .project, name: name, via: via))
  }
}
