import TupuOntology
import TupuText

/// What the article has said so far: the places and the meeting that bare words refer to
/// (我区 → the district, 会议 → the meeting, 社区党委书记 → the community's).
// NB: the fields in one object, copied on write: every sentence keeps the context it was read
// in, and the passes over a document's sentences copy them (nine strings retained and released
// per copy, the larger part of a sentence's copy).
struct ArticleContext: Sendable {
  private final class Fields: @unchecked Sendable {
    var city: String?
    var district: String?
    var street: String?
    var community: String?
    var meeting: String?
    var meetingIntroduced = false
    var districtHint: String?
    var lastBody: String?

    init() {}

    func copy() -> Fields {
      let copy = Fields()
      copy.city = city
      copy.district = district
      copy.street = street
      copy.community = community
      copy.meeting = meeting
      copy.meetingIntroduced = meetingIntroduced
      copy.districtHint = districtHint
      copy.lastBody = lastBody
      return copy
    }

    /// The context of nothing said yet, shared (a first change copies it).
    static let empty = Fields()
  }

  private var fields = Fields.empty

  private mutating func unique() -> Fields {
    if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
    return fields
  }

  var city: String? {
    get { fields.city }
    set { unique().city = newValue }
  }
  var district: String? {
    get { fields.district }
    set { unique().district = newValue }
  }
  var street: String? {
    get { fields.street }
    set { unique().street = newValue }
  }
  var community: String? {
    get { fields.community }
    set { unique().community = newValue }
  }
  /// The article's meeting: the last one named with a cue (召开, 主持…), else the first.
  var meeting: String? {
    get { fields.meeting }
    set { unique().meeting = newValue }
  }
  var meetingIntroduced: Bool {
    get { fields.meetingIntroduced }
    set { unique().meetingIntroduced = newValue }
  }
  /// A district named only inside a body's name (青山区 of 青山区政协), to qualify bare bodies.
  var districtHint: String? {
    get { fields.districtHint }
    set { unique().districtHint = newValue }
  }
  /// The body of the last post read (政协 of 政协主席), for a role written alone later.
  var lastBody: String? {
    get { fields.lastBody }
    set { unique().lastBody = newValue }
  }

  func place(ofLevel level: String) -> (name: String, className: EntityClass)? {
    switch level {
    // 县委书记某某率队到某区考察: a county's post is no district's (nor a district's a county's).
    case "区", "县", "旗":
      return district.flatMap { ExactText.ends($0, with: level) ? ($0, .district) : nil }
    // 市委书记 in an article about one city (not a province, read as a City too).
    // In an article about a county-level city (District 鹤山市) and no prefecture, 市委书记 and
    // 市长 are its own leaders (Rulings: levels, the article's district).
    case "市":
      return city.flatMap { ExactText.ends($0, with: "市") ? ($0, .city) : nil }
        ?? district.flatMap { ExactText.ends($0, with: "市") ? ($0, .district) : nil }
    // 州委常委, 盟长: the prefecture-level 州 or 盟 the article names (Rulings: levels).
    case "州", "盟": return city.flatMap { ExactText.ends($0, with: level) ? ($0, .city) : nil }
    case "街道", "街", "镇", "乡": return street.map { ($0, .street) }
    case "社区", "村": return community.map { ($0, .community) }
    // 苏木达, 嘎查达: the head of the 苏木 or 嘎查 the article names, not of a town or village.
    case "苏木", "嘎查":
      let place = level == "苏木" ? street : community
      return place.flatMap {
        ExactText.ends($0, with: level) ? ($0, level == "苏木" ? .street : .community) : nil
      }
    default: return nil
    }
  }
}

/// Recognizes the mentions and posts of one sentence (the first stage of extraction).
///
/// One left-to-right pass over the sentence's scalars: at each position the longest lexicon
/// word wins (a post over a body over a role over a suffix…); characters that match nothing
/// gather as the pending name that the next suffix or post completes (青山 + 区委书记).
struct SentenceReader: SentenceText {
  let lexicon: Lexicon
  let text: [Unicode.Scalar]
  var mentions: [Mention] = []
  var posts: [PostLink] = []
  /// Positions inside 《…》 titles or already taken by a meeting or byline.
  var taken: [Bool]
  /// The body of the last post read in the sentence.
  var lastBaseBody: Int?
  /// The article's district when the sentence is read (context.district), for its bare name
  /// written before its towns (SentenceReader+Places).
  var articleDistrict: String?
  /// For each position, whether a space of the original text stood before it (empty when not
  /// known): `spaceSeparates(at:)`.
  var spaces: [Bool] = []

  init(lexicon: Lexicon, text: [Unicode.Scalar]) {
    self.lexicon = lexicon
    self.text = text
    self.taken = Array(repeating: false, count: text.count)
  }

  // MARK: Characters

  static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x20000...0x2FFFF).contains(value) || value == 0x3007
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(scalar.value)
  }

  func isName(_ index: Int) -> Bool {
    index >= 0 && index < text.count && Self.isIdeograph(text[index]) && !taken[index]
  }

  func string(_ range: Range<Int>) -> String {
    ScalarString.make(text[range])
  }

  func inList(_ list: Lexicon.ListName, _ range: Range<Int>) -> Bool {
    lexicon.list(list).contains(text[range])
  }

  // MARK: The whole sentence

  mutating func read(context: inout ArticleContext) {
    if isNavigation { return }
    maskTitles()
    readBylines()
    readCountedNames()
    readChairsNamedAfterBy()
    readMeetings(context: &context)
    readOwnPlaceConvening(context: context)
    scan(context: context)
    readYouthLeagueCommittees()
    readWholeKnownDivisions()
    readGovernmentsAfterPartyCommittees()
    hideBodiesOwningRooms()
    readCountyCities()
    readListedFacilities()
    readZonesNamedNewDistricts()
    dropCountedDivisions()
    dropShortFormsBeforeNames()
    readPlacesInMeetings()
    readPlacesInsideMeetings()
    readWorksNamingCeremonies()
    readParenthesizedPosts(context: context)
    readUnitCredits()
    readFirmsWithBracketedPlace()
    readElections(context: context)
    readNamesBeforeEtc()
    readElectedPosts()
    readPostsElectedBefore()
    readFirmsBeforeKind()
    readFirmsBeforeHeads()
    readFirmsBesideFirms()
    dropBodiesOfCoupledLevels()
    foldCommitteesOfTerm()
    readWorksNamedAfterSites()
    readFirmsWorks()
    readWorksAfterInvestment()
    readWorksWithBracketedNote()
    readRoadCodesOfWorks()
    readEnumerations()
    readCapacitiesOfWorks()
    readWorksByCapacity()
    readSizedWorks()
    readSupportingWorks()
    readWorksOverShortPlaces()
    dropWorksInsideCompanies()
    readAgendaItems()
    readVisitedSites()
    readSigningVenues()
    readFacilitiesUnderConstruction()
    readStandingZones()
    readAddressChains()
    readWaterFeatures(context: context)
    readOpenedFacilities()
    readInstitutionsNewBuildings()
    dropRoomsAsWorks()
    readQuotedWorks()
    readZonesNamedAsBuilt()
    dropCampaignsAsWorks()
    dropClausesAsWorks()
    dropWorksNamedInInstructions()
    readInstitutionsWorks()
    dropCountedWorks()
    dropNamesCutFromOthers()
    dropOutlets()
    readNamesAfterCreditUnits()
    dropOutletsInFurniture()
    dropBarePlacesInOutlets()
    hideMembersAsClass()
    dropShortFormsBeforeLateNames()
    dropUnknownDivisions()
    dropUnknownCities()
    dropPraiseNamesAsTowns()
    dropDivisionsInSlogans()
    dropPartsOfBuildings()
    dropMeetingsOfEveryTerm()
    hideProvincesBeforeDivisions()
    dropIdleOutlets()
    dropNamesOpenedInsideBrackets()
    dropDivisionsOfEveryKind()
  }

  /// 某市日报, 某区政府网站, 某某商报网讯: a name written before an outlet's word names the outlet
  /// (a byline, a source, a link), not a place or body of the news.
  mutating func dropOutlets() {
    let outlet = lexicon.list(.outlet)
    for index in mentions.indices
    where !mentions[index].isPerson && mentions[index].visibility != .dropped
      && outlet.longestLength(in: text, at: mentions[index].end) != nil
    {
      mentions[index].visibility = .dropped
    }
  }

  /// The page's district written by its bare name (推动朝天各项事业): a mention of `district`.
  mutating func readBareDistrict(_ district: String) {
    let bare = Array(district.unicodeScalars.dropLast())
    guard !bare.isEmpty, text.count >= bare.count else { return }
    for start in 0...(text.count - bare.count)
    where text[start..<(start + bare.count)].elementsEqual(bare) {
      let end = start + bare.count
      if end < text.count, lexicon.suffixes.longestLength(in: text, at: end) != nil { continue }
      if start > 0, lexicon.list(.surname).contains(text[(start - 1)..<start]) { continue }
      if (start..<end).contains(where: { taken[$0] }) { continue }
      if mentions.contains(where: {
        $0.visibility != .dropped && $0.start < end && $0.end > start
      }) {
        continue
      }
      _ = addMention(
        Mention(start: start, end: end, className: .district, name: district, via: "bare-district")
      )
    }
  }

  /// A person's name whose end starts another, longer name (a company, a place) is no name;
  /// nor is one of 和 and a company's first characters (书记和盐城某纺织有限公司).
  mutating func dropNamesCutFromOthers() {
    for index in mentions.indices
    where mentions[index].isPerson && mentions[index].visibility != .dropped {
      let person = mentions[index]
      let overlapped = mentions.contains {
        !$0.isPerson && $0.visibility != .dropped && $0.start > person.start
          && $0.start < person.end && $0.end > person.end
      }
      if overlapped { mentions[index].visibility = .dropped }
      // 书记和盐城海瑞纺织有限公司: 和 joins, and the rest of the "name" begins the company's.
      guard !overlapped, text[person.start] == "和",
        let company = mentions.indices.first(where: {
          mentions[$0].start == person.end && mentions[$0].className == .organization
            && !mentions[$0].isBody && mentions[$0].visibility != .dropped
        })
      else { continue }
      mentions[index].visibility = .dropped
      mentions[company].name = string((person.start + 1)..<person.end) + mentions[company].name
      mentions[company].start = person.start + 1
    }
  }

  /// A breadcrumb (首页>部门导航>某镇人民政府>工作动态) is navigation: nothing in it counts.
  var isNavigation: Bool {
    var arrows = 0
    for scalar in text where scalar == ">" || scalar == "＞" || scalar == "›" || scalar == "»" {
      arrows += 1
    }
    return arrows >= 2
  }

  /// 《…》 names a work; nothing inside it is an entity of the page.
  mutating func maskTitles() {
    var open: Int?
    for index in positions(of: "《", or: "》") {
      if text[index] == "《" { open = index }
      if text[index] == "》", let start = open {
        for inside in start...index { taken[inside] = true }
        if titleNamesWork(start + 1..<index) { addTitledWork(start + 1..<index) }
        open = nil
      }
    }
  }

  /// Words of an outlet's credit (某区融媒体中心, 某某网, 记者).
  static let outletWords = ["媒体", "新闻", "网", "报", "电视", "广播", "传媒", "记者", "通讯员", "编辑"]

  /// A byline line: only the names in it.
  mutating func readByline() {
    // (某县某局 某某), (某区某办、某街道): a credit that names the writer's unit names a body
    // (or place) of the news; its names are still read as the byline's. An outlet's credit
    // (某区融媒体中心, 某某网, 记者) names no entity (the rulings on furniture).
    let outlet = Self.outletWords.contains { word in
      (0..<text.count).contains { starts(word, at: $0) }
    }
    if !outlet, (0..<text.count).contains(where: { position in
      lexicon.suffixes.longest(in: text, at: position).map { $0.payload.kind == .body } ?? false
        || lexicon.bodies.longestLength(in: text, at: position) != nil
    }) {
      scan(context: ArticleContext())
    }
    readBylineFields()
    // (某县某局 某某): the unit's writers are its people.
    if !outlet { readUnitCredit(open: -1, close: text.count) }
  }

  mutating func addMention(_ mention: Mention) -> Int {
    mentions.append(mention)
    return mentions.count - 1
  }

  /// The mention ending exactly at `end`, latest first.
  func mention(endingAt end: Int) -> Int? {
    mentions.indices.last { mentions[$0].end == end }
  }
}

/// A sentence's scalars, read word by word by the recognizer and the relation reader alike.
protocol SentenceText {
  var text: [Unicode.Scalar] { get }
}

extension SentenceText {
  /// Where `first` or `second` stands in the sentence, in order.
  // NB: one pass over the buffer: a rule's `for index in text.indices where text[index] == …`
  // cost ~30 instructions a position in a mutating reader, and most sentences hold no bracket.
  func positions(of first: Unicode.Scalar, or second: Unicode.Scalar) -> [Int] {
    text.withUnsafeBufferPointer { buffer in
      var found: [Int] = []
      for index in buffer.indices where buffer[index] == first || buffer[index] == second {
        found.append(index)
      }
      return found
    }
  }

  /// Where `first`, `second` or `third` stands in the sentence, in order (one pass).
  func positions(
    of first: Unicode.Scalar, or second: Unicode.Scalar, or third: Unicode.Scalar
  ) -> [Int] {
    text.withUnsafeBufferPointer { buffer in
      var found: [Int] = []
      for index in buffer.indices
      where buffer[index] == first || buffer[index] == second || buffer[index] == third {
        found.append(index)
      }
      return found
    }
  }

  /// Where any of four characters stands in the sentence, in order (one pass).
  func positions(
    of first: Unicode.Scalar, or second: Unicode.Scalar, or third: Unicode.Scalar,
    or fourth: Unicode.Scalar
  ) -> [Int] {
    text.withUnsafeBufferPointer { buffer in
      var found: [Int] = []
      for index in buffer.indices
      where buffer[index] == first || buffer[index] == second || buffer[index] == third
        || buffer[index] == fourth
      {
        found.append(index)
      }
      return found
    }
  }

  /// 调研组, 视察组, 考察团, 观摩团: a visit's word that names a team, no cue of a list.
  func isTeamWord(at position: Int) -> Bool {
    position < text.count && "组团队".unicodeScalars.contains(text[position])
  }

  /// Whether `word` starts at `index` of the sentence.
  @inline(__always)
  func starts(_ word: String, at index: Int) -> Bool {
    // NB: the word's UTF-8 read in place (rules ask at every position of a sentence; the
    // scalar view's iterator cost most of the time).
    if let matched = word.utf8.withContiguousStorageIfAvailable({
      UTF8Scalars.matches($0, in: text, at: index)
    }) {
      return matched
    }
    var offset = index
    for scalar in word.unicodeScalars {
      guard offset < text.count, text[offset] == scalar else { return false }
      offset += 1
    }
    return true
  }

  /// Whether `word` ends at `end` of the sentence.
  @inline(__always)
  func ends(_ word: String, at end: Int) -> Bool {
    if let matched = word.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
      let count = UTF8Scalars.count(bytes)
      return end - count >= 0 && UTF8Scalars.matches(bytes, in: text, at: end - count)
    }) {
      return matched
    }
    let count = word.unicodeScalars.count
    return end - count >= 0 && starts(word, at: end - count)
  }
}
