import TupuOntology

extension DocumentReading {
  /// One node per thing: persons named again anywhere, bare bodies qualified with their place,
  /// short forms of companies and meetings folded into the full name.
  mutating func resolve() {
    attachLateDistrict()
    settleGuessedNameEnds()
    markKnownNames()
    markFeatureHeads()
    // NB: names kept by their bytes (a set of Strings hashes each normalized).
    var organizations: Set<ExactText> = []
    // NB: in the order first written, not sets: of two fuller names of one length, a short
    // form is read as the one the article named first (`max(by:)` keeps the first of equals).
    // A set's order changes from run to run (Swift seeds its hashing per process), and two
    // runs on one text gave different graphs.
    var meetings = UniqueNames()
    var enterprises = UniqueNames()
    // NB: keyed by the class's bytes (a String key is hashed as NFC at every lookup).
    var works: [EntityClass: Set<ExactText>] = [:]
    var divisions: [EntityClass: Set<ExactText>] = [:]
    var districts: Set<ExactText> = []
    // NB: mentions read in place by index: `for mention in` copies each one (seven Strings
    // retained and released), ~600 instructions a mention and loop.
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices where mentions[index].visibility == .entity {
        let className = mentions[index].className
        let name = mentions[index].name
        if className == .street || className == .community {
          divisions[className, default: []].insert(ExactText(name))
        }
        if className == .district { districts.insert(ExactText(name)) }
        if className == .organization {
          organizations.insert(ExactText(name))
          if !mentions[index].isBody { enterprises.append(name) }
        }
        if className == .meeting { meetings.append(name) }
        if className == .project || className == .place {
          works[className, default: []].insert(ExactText(name))
        }
      }
    }
    let fullNames = personNamesReadShort()
    let lateDistricts = onlyDistrictByLevel()
    let towns = onlyTownByLevel()
    let countyCity = articleCountyCity()
    var standingZones: Set<ExactText> = []
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices where mentions[index].via == SentenceReader.standingZoneVia {
        standingZones.insert(ExactText(mentions[index].name))
      }
    }
    // NB: room for every mention at once: grown insert by insert, the two tables were rehashed
    // several times a document.
    let mentionCount = sentences.reduce(0) { $0 + $1.mentions.count }
    canonical.reserveCapacity(canonical.count + mentionCount)
    classes.reserveCapacity(classes.count + mentionCount)
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices where mentions[index].visibility == .entity {
        let className = mentions[index].className
        let key = Self.key(className, mentions[index].name)
        guard canonical[key] == nil else { continue }
        var name = mentions[index].name
        switch className {
        case .person, .official:
          name = fullNames[ExactText(name)] ?? name
        case .organization:
          let mention = mentions[index]
          // 县人大常委会主任某某 before the article first names its county: that county's all
          // the same (Rulings: the article's district), as its leaders are.
          // 、政协副主席: written with nothing before it (not 市二届人大常委会, a term's count
          // after a level).
          let alone =
            mention.start == 0 || !SentenceReader.isIdeograph(sentence.scalars[mention.start - 1])
          name = resolveOrganization(
            mention, organizations: organizations, enterprises: enterprises,
            district: sentence.context.district ?? sentence.context.districtHint
              ?? mention.bareLevel.flatMap { lateDistricts[ExactText($0)] },
            town: mention.bareLevel.flatMap { towns[ExactText($0)] }, alone: alone,
            countyCity: countyCity)
          name = Self.gluedHeadName(name, among: organizations, places: districts) ?? name
        case .meeting:
          // NB: the name's length once, not once per meeting (a count of Characters).
          let length = ExactText.length(name)
          let longer = meetings.names.lazy.filter {
            ExactText.endsLonger($0, with: name) && ExactText.length($0) > length
              && ExactText.ends($0, with: name)
          }
          if let full = longer.max(by: { ExactText.length($0) < ExactText.length($1) }) { name = full }
        case .project, .place:
          // 城南污水处理厂 after 某县城南污水处理厂: the same work without its place.
          let length = ExactText.length(name)
          let longer = (works[className] ?? []).filter { work in
            let full = work.text
            return ExactText.endsLonger(full, with: name) && ExactText.length(full) > length + 1
              && ExactText.ends(full, with: name)
              && Self.placeSuffixes.contains { full.dropLast(length).hasSuffix($0) }
          }
          if longer.count == 1, let full = longer.first?.text, ExactText.length(name) >= 4 { name = full }
          name = Self.gluedHeadName(name, among: works[className] ?? []) ?? name
        case .street, .community:
          name = gluedDivisionName(name, among: divisions[className] ?? []) ?? name
          // 赴甲、乙等乡镇 … 甲镇: a short name a list wrote without its level is the place
          // the document writes in full, when one level fits.
          if ExactText.same(mentions[index].via, "list-counted") {
            name = leveledDivisionName(name, className, among: divisions[className] ?? []) ?? name
          }
        default: break
        }
        canonical[key] = name
      }
    }
    // Classes: an official anywhere is an official everywhere.
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices where mentions[index].visibility == .entity {
        let written = mentions[index].className
        guard let name = canonical[Self.key(written, mentions[index].name)] else { continue }
        let className = mentions[index].isPerson ? .person : written
        let key = ExactText(name)
        // (An official's class is set; another's only when the name has none yet.)
        if written == .official {
          classes[key] = .official
        } else if classes[key] == nil {
          classes[key] = className
        }
      }
      // A name read as a work anywhere is a work everywhere (某公园 planned at the meeting),
      // but a zone that holds things or hosts an event stands (在某产业园举行).
      for index in mentions.indices
      where mentions[index].visibility == .entity && mentions[index].className == .project {
        if let name = canonical[Self.key(.project, mentions[index].name)],
          classes[ExactText(name)] != .official, classes[ExactText(name)] != .person,
          !standingZones.contains(ExactText(mentions[index].name))
        {
          classes[ExactText(name)] = .project
        }
      }
      for post in sentence.posts where post.official {
        let person = sentence.mentions[post.person]
        if let name = canonical[Self.key(person.className, person.name)] {
          classes[ExactText(name)] = .official
        }
      }
    }
    // 某博物馆 beside 某博物馆项目 or 某机场建设项目 in the same article: the facility is that
    // work, named bare (the zones ruling: reported on as a work), unless it opens or hosts.
    let places = classes.compactMap { $0.value == .place ? $0.key : nil }
    for place in places where !standingZones.contains(place) {
      if Self.workNameEndings.contains(where: { classes[ExactText(place.text + $0)] == .project }) {
        classes[place] = .project
      }
    }
    for zone in standingZones where classes[zone] == .project { classes[zone] = .place }
    storeResolution()
  }

  /// What a work's name adds to the facility it builds (某博物馆项目, 某机场建设项目).
  static let workNameEndings = ["项目", "建设项目"]

  /// Two-character names that are a three-character name of the document cut short where the
  /// text goes on with its third character (党委书记冯秀兰指着…, read 冯秀 before a verb):
  /// the short name → the full one.
  func personNamesReadShort() -> [ExactText: String] {
    // First two characters → full names.
    // NB: by their bytes, as elsewhere in resolution: a String key hashes every name normalized.
    var threeCharacter: [ExactText: Set<ExactText>] = [:]
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices
      where mentions[index].visibility == .entity && mentions[index].isPerson
        && ExactText.length(mentions[index].name) == 3
      {
        let name = mentions[index].name
        // NB: of three scalars, three Characters: the first two scalars are its first two
        // Characters, cut without a walk of grapheme breaks (`prefix(2)`).
        let scalars = name.unicodeScalars
        let firstTwo =
          scalars.count == 3
          ? String(scalars[..<scalars.index(scalars.startIndex, offsetBy: 2)])
          : String(name.prefix(2))
        threeCharacter[ExactText(firstTwo), default: []].insert(ExactText(name))
      }
    }
    var full: [ExactText: String] = [:]
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices
      where mentions[index].visibility == .entity && mentions[index].isPerson
        && ExactText.length(mentions[index].name) == 2 && mentions[index].end < sentence.scalars.count
      {
        let mention = mentions[index]
        guard let candidates = threeCharacter[ExactText(mention.name)] else { continue }
        let next = sentence.scalars[mention.end]
        // Only one full name fits: the one whose third character the text goes on with.
        let fitting = candidates.filter { $0.text.unicodeScalars.last == next }
        if fitting.count == 1, let name = fitting.first {
          full[ExactText(mention.name)] = name.text
        }
      }
    }
    return full
  }

  /// 借鉴万江街道, 团来万江街道, 镇新源村 where the document names 万江街道 and 新源村 on their
  /// own: one to three characters glued before a town's or village's name it names elsewhere
  /// (a verb, a word's tail) are no part of it; the glued name is that town or village. A
  /// division written before it (某镇某村) is read as its own place, never glued.
  func gluedDivisionName(_ name: String, among names: Set<ExactText>) -> String? {
    let length = ExactText.length(name)
    let shorter = names.filter { other in
      let short = other.text
      let shortLength = ExactText.length(short)
      let extra = length - shortLength
      return extra >= 1 && extra <= 3 && shortLength >= 3 && ExactText.ends(name, with: short)
        && !Self.placeSuffixes.contains { name.dropLast(short.count).hasSuffix($0) }
    }
    return shorter.count == 1 ? shorter.first?.text : nil
  }

  /// 第三次来某某大厦, 将建某某森林公园, 系某区委宣传部 where the document names 某某大厦, 某某森林公园
  /// or 某区委宣传部 on its own: a verb or preposition of one character glued before a place's,
  /// work's or body's name (来, 建, 系, 当 …) is no part of it; the glued name is that one.
  /// A count of times may stand before the verb (第三次来).
  /// With `places`, a body's name after the character may also open with a district the
  /// document names on its own (系某区委宣传部 beside 某区).
  static func gluedHeadName(
    _ name: String, among names: Set<ExactText>, places: Set<ExactText> = []
  ) -> String? {
    // The character opens the name, or follows a count of times (第三次) that opens it; one
    // inside a place's name (文成县, 福建省) is the place's.
    var offset = 0
    let scalars = name.unicodeScalars
    if scalars.first == "第", let times = scalars.prefix(4).firstIndex(of: "次") {
      offset = scalars.distance(from: scalars.startIndex, to: times) + 1
    }
    guard offset < 4, let glued = scalars.dropFirst(offset).first,
      gluedHeadCharacters.contains(glued)
    else { return nil }
    // NB: no copy of the name unless such a character opens it.
    let rest = String(scalars.dropFirst(offset + 1))
    guard rest.unicodeScalars.count >= 3 else { return nil }
    if names.contains(ExactText(rest)) { return rest }
    let opensWithPlace = places.contains {
      rest.utf8.count > $0.text.utf8.count && ExactText.starts(rest, with: $0.text)
    }
    return opensWithPlace ? rest : nil
  }

  /// Verbs and prepositions of one character a name read backwards from its kind word may take
  /// in before it: coming or going (来, 到, 赴, 至, 往), building (建), being (系, 居, 成, 当),
  /// and the prepositions (在, 向, 从, 对, 把, 将, 为).
  static let gluedHeadCharacters = Set("来到赴至往建系居成当在向从对把将为".unicodeScalars)

  /// 甘棠 → 甘棠镇: the one division of the document named `name` and a level word of its
  /// class (镇, 乡, 街道; 村, 社区), if exactly one is.
  func leveledDivisionName(
    _ name: String, _ className: EntityClass, among names: Set<ExactText>
  ) -> String? {
    let levels = className == .street ? ["镇", "乡", "街道"] : ["村", "社区"]
    let fitting = levels.map { name + $0 }.filter { names.contains(ExactText($0)) }
    return fitting.count == 1 ? fitting.first : nil
  }

  /// The level words a place written before a work's name ends with.
  static let placeSuffixes = ["省", "市", "区", "县", "旗", "镇", "乡", "街道", "村", "社区"]

  /// Whether a sentence of the document writes `words` (某县县委: a one-character county's
  /// committee written with its level again).
  func writes(_ words: String) -> Bool {
    // NB: compared scalar by scalar (String.contains searched each sentence character by
    // character, at every resolution of such a body).
    let word = Array(words.unicodeScalars)
    guard let first = word.first else { return false }
    return sentences.contains { sentence in
      let scalars = sentence.scalars
      guard scalars.count >= word.count else { return false }
      for start in 0...(scalars.count - word.count) where scalars[start] == first {
        if scalars[start..<(start + word.count)].elementsEqual(word) { return true }
      }
      return false
    }
  }

  static func key(_ className: EntityClass, _ name: String) -> NameKey {
    NameKey(className == .official ? .person : className, name)
  }

  func resolveOrganization(
    _ mention: Mention, organizations: Set<ExactText>, enterprises: UniqueNames,
    district: String?, town: String? = nil, alone: Bool = false, countyCity: String? = nil
  ) -> String {
    let name = mention.name
    let length = ExactText.length(name)
    // The article's own county-level city, when the sentence is read in it (not a city named in
    // passing): its 市-level bodies are its own, as a county's 县-level ones are.
    let ownCity = countyCity.flatMap { city in
      district.map { ExactText($0) == ExactText(city) } == true ? city : nil
    }
    // 县委常委、宣传部部长: the post reader names the department after its committee (县委宣传部)
    // though no level is written before it; a body every county has is named with its place
    // (Rulings), so it is the article's county's, as 县委办 written with its level is.
    if mention.bareLevel == nil, mention.qualifier == nil, mention.isBody,
      let level = Self.committeeLevelNamed(mention, cityLevel: ownCity != nil)
    {
      var levelled = mention
      levelled.bareLevel = level
      return resolveOrganization(
        levelled, organizations: organizations, enterprises: enterprises, district: district,
        town: town, alone: alone, countyCity: countyCity)
    }
    if let level = mention.bareLevel {
      // 县人大常委会主任甲…；某县人大常委会主任乙: where the sentence has its district, a fuller
      // name of another county's body (the visitors') is not this one's.
      let ownDistrict = district.flatMap { ExactText.ends($0, with: level) ? $0 : nil }
      let fuller = organizations.filter { body in
        ExactText.endsLonger(body.text, with: name) && ExactText.length(body.text) > length
          && ExactText.ends(body.text, with: name) && !ExactText.starts(body.text, with: level)
          && (ownDistrict.map { ExactText.starts(body.text, with: $0) } ?? true)
      }
      if fuller.count == 1, let only = fuller.first { return only.text }
      if level == "区" || level == "县", let district, ExactText.ends(district, with: level) {
        // 澧县 + 县委办, 滨海新区 + 区委: a district whose level is 新区 writes its committee with
        // the level again (某新区区委); a county named with one character does so where the
        // article writes it so (某县县委书记), else it writes the level once (某县委办公室).
        if ExactText.starts(name, with: level + "委"),
          ExactText.ends(district, with: "新区")
            || district.count == 2 && writes(district + level + "委")
        {
          return district + name
        }
        return district + String(name.dropFirst())
      }
      // 市委办, 市政协, 市委常委、宣传部长 in a county-level city's own article (Rulings: levels,
      // the article's district): that city's, as 县委办 is the county's.
      if level == "市", let ownCity {
        return ownCity + String(name.dropFirst())
      }
      if level == "镇" || level == "乡", let town, ExactText.ends(town, with: level) {
        return town + String(name.dropFirst())
      }
      return name
    }
    // 政协副主席某某 in a county's article: the county's 政协 (Rulings: the article's district),
    // not a city's 政协 an earlier guest's post named.
    if mention.isBody, alone, ["政协", "人大常委会"].contains(name), let district,
      let level = district.unicodeScalars.last, "区县旗".unicodeScalars.contains(level)
    {
      return district + name
    }
    if mention.isBody, alone, ["政协", "人大常委会"].contains(name), let ownCity {
      return ownCity + name
    }
    if mention.isBody {
      // 宣传部 after 区委宣传部 was written: the same body.
      let fuller = organizations.filter {
        ExactText.endsLonger($0.text, with: name) && ExactText.length($0.text) > length
          && ExactText.ends($0.text, with: name)
      }
      if fuller.count == 1, let only = fuller.first { return only.text }
      return name
    }
    // 某某公司 and 北京某某茶业股份有限公司: the fullest form.
    let core = Self.enterpriseCore(name)
    let coreLength = ExactText.length(core)
    let fuller = enterprises.names.lazy.filter {
      coreLength >= 2 && ExactText.holds($0, core) && ExactText.length($0) > length && $0.contains(core)
    }
    if let full = fuller.max(by: { ExactText.length($0) < ExactText.length($1) }) { return full }
    return name
  }

  /// The level (区 or 县) of a department's name that `SentenceReader.qualifyDepartment` wrote
  /// with its committee's level and 委 before the two were written (县委 + 宣传部 of 县委常委、宣传部长).
  /// With `cityLevel`, 市 too (市委 + 宣传部 in a county-level city's own article).
  static func committeeLevelNamed(_ mention: Mention, cityLevel: Bool = false) -> String? {
    let scalars = Array(mention.name.unicodeScalars)
    guard scalars.count == mention.end - mention.start + 2, scalars.count >= 4, scalars[1] == "委",
      scalars[0] == "区" || scalars[0] == "县" || (cityLevel && scalars[0] == "市"),
      SentenceReader.committeeDepartments.contains(String(String.UnicodeScalarView(scalars[2...])))
    else { return nil }
    return String(scalars[0])
  }

  static func enterpriseCore(_ name: String) -> String {
    for ending in ["股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团"]
    where ExactText.ends(name, with: ending) && ExactText.ends(name, with: ending) {
      return String(name.dropLast(ending.count))
    }
    return name
  }

  /// Persons (and companies by their short name) mentioned again without their context:
  /// 何某某要求, 吴某某是第一家….
  mutating func markKnownNames() {
    var names = KnownNames()
    var seenPersons: Set<ExactText> = []
    var seenCores: Set<ExactText> = []
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices where mentions[index].visibility == .entity {
        if mentions[index].isPerson, seenPersons.insert(ExactText(mentions[index].name)).inserted {
          names.insert(mentions[index].name, .person)
        }
        if mentions[index].className == .organization, !mentions[index].isBody {
          let core = Self.enterpriseCore(mentions[index].name)
          if core != mentions[index].name, core.unicodeScalars.count >= 2,
            seenCores.insert(ExactText(core)).inserted
          {
            names.insert(core, .organization)
          }
        }
      }
    }
    addMentions(whereWritten: names) { _, match, range in
      Mention(
        start: range.lowerBound, end: range.upperBound, className: match.payload,
        name: ScalarString.make(match.word[...]), via: "known-name")
    }
  }

  /// Where one of `names` is written in a sentence outside every mention (longest first, left to
  /// right), adds the mention `make` gives for it, if any: the reading of names the document
  /// has read once, found again wherever else it writes them.
  mutating func addMentions(
    whereWritten names: KnownNames,
    _ make: (_ sentence: ReadSentence, _ match: KnownNames.Entry, _ range: Range<Int>) -> Mention?
  ) {
    guard names.count > 0 else { return }
    for number in sentences.indices {
      // NB: in place — a copy of the sentence would copy its mentions on the first append.
      var index = 0
      let count = sentences[number].scalars.count
      while index < count {
        guard let match = names.longest(in: sentences[number].scalars, at: index) else {
          index += 1
          continue
        }
        let end = index + match.word.count
        let overlaps = sentences[number].mentions.contains {
          $0.visibility != .dropped && $0.start < end && $0.end > index
        }
        if !overlaps, let mention = make(sentences[number], match, index..<end) {
          sentences[number].mentions.append(mention)
        }
        index = end
      }
    }
  }

  /// Stores each visible mention's canonical name and class in it, for the relations.
  mutating func storeResolution() {
    // NB: written in place in each sentence (a class): self is only read.
    for sentence in sentences {
      // NB: the fields read in place, not the mention copied to an argument.
      for index in sentence.mentions.indices {
        sentence.mentions[index].resolved = lookUp(
          sentence.mentions[index].visibility, sentence.mentions[index].className,
          sentence.mentions[index].name)
      }
    }
  }

  /// The canonical name and class of a mention that is an entity of the graph.
  func entity(_ mention: Mention) -> (name: String, className: EntityClass)? {
    mention.resolved
  }

  func lookUp(_ mention: Mention) -> (name: String, className: EntityClass)? {
    lookUp(mention.visibility, mention.className, mention.name)
  }

  func lookUp(_ visibility: Mention.Visibility, _ className: EntityClass, _ written: String)
    -> (name: String, className: EntityClass)?
  {
    guard visibility == .entity, let name = canonical[Self.key(className, written)] else {
      return nil
    }
    let finalClass = classes[ExactText(name)] ?? className
    // 代表区政协八届委员会, 理清支部委员会、居民委员会关系, 区党委委员、办公室主任某某: a kind word
    // left bare once the page is read (no place, level or body before it) names no body.
    if finalClass == .organization, Self.bareBodyWords.contains(where: { ExactText.same($0, name) }) {
      return nil
    }
    return (name, finalClass)
  }

  /// Kinds of body that never name one alone (unlike 宣传部 or 管委会, which a page's district or
  /// zone completes).
  static let bareBodyWords = ["委员会", "支部委员会", "居民委员会", "村民委员会", "办公室"]
}
