/// The word knowledge of the genre, from the `Ontology/lexicon` files, ready for matching.
public struct Lexicon: Sendable {
  /// How a suffix-named thing nests in the places written before it (Ontology/lexicon/suffixes).
  public enum SuffixKind: String, Sendable, CaseIterable {
    case division, road, place, project, body, enterprise
  }

  public struct Suffix: Sendable {
    /// The suffix itself (街道办事处).
    public var text: String = ""
    public var className: EntityClass
    public var minimum: Int
    public var maximum: Int
    public var kind: SuffixKind
    /// Replaces the suffix in the canonical name (街道办事处 → 街道).
    public var fold: String?
  }

  /// A post in a place's leadership; `level` is the place word it starts with (区, 街道…).
  public struct LeaderPost: Sendable {
    public var title: String
    public var level: String
    public var shared: Bool
  }

  /// A body every place has (区委, 区政协); `level` as for posts, `nation` for none.
  public struct Body: Sendable {
    public var name: String
    public var level: String
  }

  public struct Role: Sendable {
    public var title: String
    public var holderIsPerson: Bool
    public var shared: Bool
    /// The unit is this sub-body of the body before the role (党组).
    public var subBody: String?
    /// The body the role names itself (党工委书记 → 党工委), if any.
    public var impliedBody: String?
  }

  public struct AfterNamePost: Sendable {
    public var title: String
    public var level: String
  }

  /// The tables, in one object (Lexicon+Tables.swift): a copy of the lexicon is one retain.
  @usableFromInline var tables = Tables()
  /// The word lists the extractor reads, by the name a `words` line gives them.
  public enum ListName: Int, CaseIterable, Sendable {
    case surname
    case doubleSurname
    case stop
    case notAStop
    case speech
    case notAName
    case notNameEnd
    case personRole
    case afterNamePerson
    case penNameEnd
    case meetingSuffix
    case meetingBare
    case meetingCue
    case meetingBoundary
    case meetingGeneric
    case meetingMarker
    case countedPerson
    case notMeetingAfter
    case reportWord
    case visitLead
    case visitAlong
    case reviewModal
    case notReviewModal
    case projectListHead
    case projectGeneric
    case activityEnd
    case projectInner
    case listAgenda
    case listVisit
    case listOpener
    case listItemEnd
    case listProjects
    case listSites
    case workWord
    case genericName
    case notASuffix
    case hereDistrict
    case hereStreet
    case hereCommunity
    case notInside
    case outlet
    case toward
    case receive
    case enterpriseBoundary
    case county
    case countyCity
    case prefecture
    case prefectureWithoutCounties
    case placeKind
    case nameParticle
    case nameLead
    case longNameEnd
    case nameInner
    case countyOneCharacter
    // The document stage's (relations).
    case eventKind
    case eventHeld
    case eventBefore
    case visitWord
    case ceremonyWord
    case eventQuotedBefore
    case reviewListTail
    case visitCue
    // Furniture (outlets in source and credit lines).
    case outletName
    case outletActing
    case outletActingBefore
    case sourceLabel
    case copyrightLabel
    case privateFirm
    case publicSociety
    case commonSurname
    case workKind
    case builtWorkKind
    case builtWorkOpener
    case institutionKind
    case societyKind
    case centreQualified
    case listUnits
    case listNotWorks
    case listTopics
    case listNaming
    // Visits: the sites a visit sees (SentenceReader+Visits).
    case siteCue
    case siteBuilding
    case workAspect
    case visitTopicOpener
    case visitManner
    case weakSiteCue
    case siteTail
    case workSiteTail
    case projectTour
    case notProjectVisit
    case notASite
    case notASiteEnd
    case existingSiteEnd
    case visitInSpeech
    case visitRemark
    case topicEnd
    // Tours (DocumentReading+Visitors).
    case visitorArrival
    case visitorPurpose
    case firmKind
    case firmTrade
    case visitParty
    case democraticParty
    // Posts (SentenceReader+Scan).
    case postNote
    case stopInDivision
    case stopInShortDivision
    case commonWordNotDistrict
    // Common words that name towns and villages across the country (SentenceReader+CommonWordDivisions).
    case commonWordDivision
    // Words that never begin a place's, body's or work's name (SentenceReader+LeadingVerbs).
    case leadingWord
    // Names without a surname (SentenceReader+Names).
    case minorityName
    // Common words no holder without a surname is (SentenceReader+Names).
    case commonWordNotName
    // Words written right after a river, lake or bay that say it is one (流域, 沿岸, 之滨)
    // (SentenceReader+WaterFeatures).
    case featureFrame
    // Names before a feature's character that name no feature (沿江, 江河, 河湖).
    case notAFeature
    // Words a feature's name is written right after (沿, 紧靠, 流经).
    case featureOpener
    // Words written right after a hill's name that say it is one (脚下, 北麓, 深处)
    // (SentenceReader+WaterFeatures).
    case hillFrame
    // Words a place's name is written right after, no part of it (至, 成, 毗连, 勾画)
    // (SentenceReader+FacilityWorks).
    case placeLead

    /// The name a `words` line gives the list.
    public var name: String {
      switch self {
      case .surname: return "surname"
      case .doubleSurname: return "double-surname"
      case .stop: return "stop"
      case .notAStop: return "not-a-stop"
      case .speech: return "speech"
      case .notAName: return "not-a-name"
      case .notNameEnd: return "not-name-end"
      case .personRole: return "person-role"
      case .afterNamePerson: return "after-name-person"
      case .penNameEnd: return "pen-name-end"
      case .meetingSuffix: return "meeting-suffix"
      case .meetingBare: return "meeting-bare"
      case .meetingCue: return "meeting-cue"
      case .meetingBoundary: return "meeting-boundary"
      case .meetingGeneric: return "meeting-generic"
      case .meetingMarker: return "meeting-marker"
      case .countedPerson: return "counted-person"
      case .notMeetingAfter: return "not-meeting-after"
      case .reportWord: return "report-word"
      case .visitLead: return "visit-lead"
      case .visitAlong: return "visit-along"
      case .reviewModal: return "review-modal"
      case .notReviewModal: return "not-review-modal"
      case .projectListHead: return "project-list-head"
      case .projectGeneric: return "project-generic"
      case .activityEnd: return "activity-end"
      case .projectInner: return "project-inner"
      case .listAgenda: return "list-agenda"
      case .listVisit: return "list-visit"
      case .listOpener: return "list-opener"
      case .listItemEnd: return "list-item-end"
      case .listProjects: return "list-projects"
      case .listSites: return "list-sites"
      case .workWord: return "work-word"
      case .genericName: return "generic-name"
      case .notASuffix: return "not-a-suffix"
      case .hereDistrict: return "here-district"
      case .hereStreet: return "here-street"
      case .hereCommunity: return "here-community"
      case .notInside: return "not-inside"
      case .outlet: return "outlet"
      case .toward: return "toward"
      case .receive: return "receive"
      case .enterpriseBoundary: return "enterprise-boundary"
      case .county: return "county"
      case .countyCity: return "county-city"
      case .prefecture: return "prefecture"
      case .prefectureWithoutCounties: return "prefecture-without-counties"
      case .placeKind: return "place-kind"
      case .nameParticle: return "name-particle"
      case .nameLead: return "name-lead"
      case .longNameEnd: return "long-name-end"
      case .nameInner: return "name-inner"
      case .countyOneCharacter: return "county-one"
      case .eventKind: return "event-kind"
      case .eventHeld: return "event-held"
      case .eventBefore: return "event-before"
      case .visitWord: return "visit-word"
      case .ceremonyWord: return "ceremony-word"
      case .eventQuotedBefore: return "event-quoted-before"
      case .reviewListTail: return "review-list-tail"
      case .visitCue: return "visit-cue"
      case .outletName: return "outlet-name"
      case .outletActing: return "outlet-acting"
      case .outletActingBefore: return "outlet-acting-before"
      case .sourceLabel: return "source-label"
      case .copyrightLabel: return "copyright-label"
      case .privateFirm: return "private-firm"
      case .publicSociety: return "public-society"
      case .commonSurname: return "common-surname"
      case .workKind: return "work-kind"
      case .builtWorkKind: return "built-work-kind"
      case .builtWorkOpener: return "built-work-opener"
      case .institutionKind: return "institution-kind"
      case .societyKind: return "society-kind"
      case .centreQualified: return "centre-qualified"
      case .listUnits: return "list-units"
      case .listNotWorks: return "list-not-works"
      case .listTopics: return "list-topics"
      case .listNaming: return "list-naming"
      case .siteCue: return "site-cue"
      case .siteBuilding: return "site-building"
      case .workAspect: return "work-aspect"
      case .visitTopicOpener: return "visit-topic-opener"
      case .visitManner: return "visit-manner"
      case .weakSiteCue: return "weak-site-cue"
      case .siteTail: return "site-tail"
      case .workSiteTail: return "work-site-tail"
      case .projectTour: return "project-tour"
      case .notProjectVisit: return "not-project-visit"
      case .notASite: return "not-a-site"
      case .notASiteEnd: return "not-a-site-end"
      case .existingSiteEnd: return "existing-site-end"
      case .visitInSpeech: return "visit-in-speech"
      case .visitRemark: return "visit-remark"
      case .topicEnd: return "topic-end"
      case .visitorArrival: return "visitor-arrival"
      case .visitorPurpose: return "visitor-purpose"
      case .firmKind: return "firm-kind"
      case .firmTrade: return "firm-trade"
      case .visitParty: return "visit-party"
      case .democraticParty: return "democratic-party"
      case .postNote: return "post-note"
      case .stopInDivision: return "stop-in-division"
      case .stopInShortDivision: return "stop-in-short-division"
      case .commonWordNotDistrict: return "common-word-not-district"
      case .commonWordDivision: return "common-word-division"
      case .leadingWord: return "leading-word"
      case .minorityName: return "minority-name"
      case .commonWordNotName: return "common-word-not-name"
      case .featureFrame: return "feature-frame"
      case .notAFeature: return "not-a-feature"
      case .featureOpener: return "feature-opener"
      case .hillFrame: return "hill-frame"
      case .placeLead: return "place-lead"
      }
    }

    static let byName: [String: ListName] = Dictionary(
      uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    public init?(name: String) {
      guard let list = Self.byName[name] else { return nil }
      self = list
    }
  }

  /// What a word the sentence scanner meets is; on words of equal length the earlier case wins.
  public enum ScanWord: Sendable {
    case leader(LeaderPost)
    case body(Body)
    case role(Role)
    case suffix(Suffix)
    case gazetteer(EntityClass)
    case group
    case personRole
    case afterName(AfterNamePost)
    case speech
    case afterNamePerson
    case stop

    public var priority: Int {
      switch self {
      case .leader: return 10
      case .body: return 9
      case .role: return 8
      case .suffix: return 7
      case .gazetteer: return 6
      case .group: return 5
      case .personRole: return 4
      case .afterName: return 3
      case .speech: return 2
      case .afterNamePerson: return 1
      case .stop: return 0
      }
    }
  }

  public init() {}

  private mutating func computeBareCounties() {
    // NB: the bare names kept as scalars, a string made only for a full name kept (strings for
    // all 3,000 counties and their bare names, hashed as Strings, took 17M instructions at every
    // start).
    var fullNames: [ArraySlice<Unicode.Scalar>: [[Unicode.Scalar]]] = [:]
    for entry in list(.county).entries where entry.word.count >= 3 {
      fullNames[entry.word.dropLast(), default: []].append(entry.word)
    }
    var words: [(word: [Unicode.Scalar], payload: String)] = []
    let common: [ListName] = [.stop, .genericName, .notAName, .notAStop, .commonWordNotDistrict]
    for (bare, names) in fullNames where names.count == 1 {
      if common.contains(where: { list($0).contains(bare) }) { continue }
      // (Made in one write of its UTF-8: appended scalar by scalar, the names took 21M.)
      words.append((Array(bare), Self.string(names[0][...])))
    }
    bareCounties = WordTable(words)
  }

  /// The string of `scalars`, written as UTF-8 at once (the extractor makes its names with it too).
  public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var byteCount = 0
    for scalar in scalars { byteCount += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: byteCount) { buffer in
      var written = 0
      for scalar in scalars {
        UTF8.encode(scalar) { unit in
          buffer[written] = unit
          written += 1
        }
      }
      return written
    }
  }

  /// Fills `scanStarts` from the tables the scanner reads at every position.
  public mutating func computeScanStarts() {
    computeBareCounties()
    var starts = ScalarSet()
    starts.formUnion(leaderPosts.firstScalars)
    starts.formUnion(bodies.firstScalars)
    starts.formUnion(roles.firstScalars)
    starts.formUnion(suffixes.firstScalars)
    starts.formUnion(gazetteer.firstScalars)
    starts.formUnion(groups.firstScalars)
    starts.formUnion(afterNamePosts.firstScalars)
    for list in [ListName.personRole, .speech, .afterNamePerson, .stop] {
      starts.formUnion(lists[list.rawValue].firstScalars)
    }
    scanStarts = starts
    // NB: gathered and made a table at once (`WordTable(_:)`), in the order of inserting them:
    // the order of `ScanWord.priority`, highest first, so that the first word of a length a
    // lookup finds is the one the priority puts highest (the scanner reads no other's payload).
    var words: [(word: [Unicode.Scalar], payload: ScanWord)] = []
    words += leaderPosts.entries.map { ($0.word, .leader($0.payload)) }
    words += bodies.entries.map { ($0.word, .body($0.payload)) }
    words += roles.entries.map { ($0.word, .role($0.payload)) }
    words += suffixes.entries.map { ($0.word, .suffix($0.payload)) }
    words += gazetteer.entries.map { ($0.word, .gazetteer($0.payload)) }
    words += groups.entries.map { ($0.word, .group) }
    words += list(.personRole).entries.map { ($0.word, .personRole) }
    words += afterNamePosts.entries.map { ($0.word, .afterName($0.payload)) }
    words += list(.speech).entries.map { ($0.word, .speech) }
    words += list(.afterNamePerson).entries.map { ($0.word, .afterNamePerson) }
    words += list(.stop).entries.map { ($0.word, .stop) }
    scanWords = WordTable(words)
  }

  /// The list named `name` (empty when the ontology defines none).
  @inlinable
  public func list(_ name: ListName) -> WordTable<Int> { tables.lists[name.rawValue] }

  public mutating func add(_ word: String, to name: ListName, line: Int) {
    lists[name.rawValue].insert(word, line)
  }

  /// The word lists the extractor reads; `words` lines must name one of these.
  public static let knownLists: [String: String] = [
    "surname": "single-character surnames",
    "firm-kind": "what firms listed before 等 are called (重点企业, 台资企业)",
    "firm-trade": "trades that end a firm's short name, no suffix after (某某木业, 某某物流)",
    "visit-party": "words after a visit's cue that name the party visiting (观摩团, 督查人员)",
    "democratic-party": "the democratic parties' short names (民建, 农工党), before their committees",
    "post-note": "a note in brackets between a post and its holder's name (主持工作, 兼)",
    "double-surname": "two-character surnames",
    "stop": "words that end a name",
    "not-a-stop": "name words that begin with a stop word (和平)",
    "speech": "speech verbs after a person's name",
    "not-a-name": "common words that start like a personal name",
    "not-name-end": "forms of address after a surname (大爷, 阿姨)",
    "person-role": "words that introduce a person without a post",
    "after-name-person": "words right after a person's name",
    "pen-name-end": "endings of a department's pen name in a byline",
    "meeting-suffix": "endings of meeting names",
    "meeting-bare": "mentions of the article's meeting without its name",
    "meeting-cue": "words that introduce a meeting name",
    "meeting-boundary": "words a meeting name never spans",
    "meeting-generic": "words that make a meeting name generic",
    "meeting-marker": "words a meeting name read without a cue must hold",
    "counted-person": "a count of people after a list of names (两位)",
    "not-meeting-after": "characters after a meeting suffix that make it no meeting",
    "report-word": "words that complete a 听取 review cue",
    "visit-lead": "words after the leaders of a visit (带队, 率, 一行)",
    "visit-along": "words after those who go along on a visit and do not review (陪同, 参加)",
    "review-modal": "words before a review cue that make it a demand, not an act (要, 将)",
    "not-review-modal": "words holding a modal word that are none (主要, 重要)",
    "project-list-head": "words after an enumeration of projects",
    "project-generic": "modifiers that make a project name generic",
    "activity-end": "words for what is done that end a task, not a work (平整, 加工)",
    "project-inner": "words that end other names but belong inside a project's (治理, 提升)",
    "list-agenda": "cues before an enumeration a meeting hears or decides on (听取了, 审议)",
    "list-visit": "cues before an enumeration of sites a visit sees (先后来到, 察看了)",
    "list-opener": "other words an enumeration's first item begins after (对, 就, 涵盖)",
    "list-item-end": "words that end an enumeration's item (等, 建设情况, 规划设计方案)",
    "list-projects": "words after an enumeration that make its items projects (项目, 工程)",
    "list-sites": "words after an enumeration that make its items sites of a visit (等地, 等处)",
    "work-word": "words in a site's name that make it a work under way (改造, 二期)",
    "generic-name": "words that make a place or body name generic",
    "not-a-suffix": "compounds that look like a suffix but are not",
    "here-district": "words standing for the article's district",
    "here-street": "words standing for the article's street",
    "here-community": "words standing for the article's community",
    "not-inside": "words after a place saying something is beside it, not in it",
    "outlet": "words after a name making it a news outlet or website (日报, 网站)",
    "toward": "words introducing a donation's recipient",
    "receive": "words after a donation's recipient (收到, 获得)",
    "enterprise-boundary": "words a company or school name never spans (its left end)",
    "county": "the country's districts and counties by their full names (朝天区, 商水县)",
    "county-city": "the country's county-level cities, Districts written with 市 (鹤山市)",
    "prefecture": "the country's prefecture-level cities, 自治州 and 盟 by their full names (绍兴市)",
    "prefecture-without-counties": "prefecture-level cities whose towns lie in no district or county (中山市)",
    "place-kind": "words that say what kind a place is, not which (文化, 新时代文明实践)",
    "name-particle": "one-character words after a name that never end a given name (等, 在)",
    "name-lead": "one-character verbs before a division or body, never its first character (来, 受)",
    "long-name-end": "words that end a long name written without a middle dot after a post (带领, 主持)",
    "name-inner": "one-character stop words that may stand inside a transliterated name (日 in 格日乐)",
    "county-one": "counties named with one character and 县 (景县, 澧县), read only after a boundary",
    "event-kind": "endings of an event's name besides the meeting suffixes (仪式, 典礼)",
    "event-held": "verbs after an event's name saying it took place (举行, 开幕)",
    "event-before": "cues before the name of an event that took place (举办, 召开)",
    "visit-cue": "cues of a visit whose list names the sites it sees (来到, 走进)",
    "site-building": "words before a visited site saying it is being built (正在建设中的)",
    "work-aspect": "what of a work a visit sees, written after its name (主体施工, 征迁, 地块)",
    "visit-topic-opener": "words before the work a visit is about (就A进行调研, 对A进行督导)",
    "visit-manner": "how a visit is made, between 进行 and its verb (专题, 现场)",
    "review-list-tail": "words after a reviewed project saying what of it (建设情况, 规划设计方案)",
    "list-units": "words after 等 saying a list's items are bodies, not works (单位, 部门)",
    "list-not-works": "words holding 项目 or 工程 that name no work (体检项目, 工程车辆)",
    "list-topics": "words after 等 saying a list's items are tasks or topics, not works (工作, 方面)",
    "list-naming": "words that name a counted set's members after it (四个项目分别是A、B)",
    "work-kind": "what a work's name ends with when an agenda names it (快速路, 片区, 新城)",
    "built-work-kind": "what a zone, town or road being built ends with, right before 建设 (新城, 自贸区, 高速)",
    "built-work-opener": "words right before such a work's name that begin it (就, 关于, 融入, 推进)",
    "centre-qualified": "what 中央 (central) qualifies when it is no party centre (八项规定, 一号文件, 厨房, 苏区)",
    "institution-kind": "where a school or hospital serves or what grade it is, right before its kind word (乡村小学, 标准化学校)",
    "society-kind": "what kind of chamber, association or cooperative it is, written alone before its kind word (商会协会, 供销合作社)",
    "event-quoted-before": "cues before an event's name only when it opens with a quotation",
    "ceremony-word": "what a ceremony does (开工, 捐赠): 开工仪式 names no event of its own",
    "visit-word": "words of a visit to sites (观摩, 调研): 观摩活动 is a visit, no meeting",
    "outlet-name": "endings of a news outlet's own name (融媒体中心, 电视台)",
    "outlet-acting": "words after an outlet that tell of it acting in the story (主办, 走进, 捐赠)",
    "outlet-acting-before": "words before an outlet that tell of it acting with others (联合, 由, 携手)",
    "source-label": "labels of a source or credit line before an outlet (来源, 供稿)",
    "copyright-label": "labels of a copyright line before the company behind a site (版权所有)",
    "common-surname": "the most common surnames, to split a run of names (蒋某李某某)",
    "private-firm": "endings of a private firm's name, whose heads are Persons (公司, 合作社)",
    "public-society": "a place's public societies and foundations (慈善协会): right after the place, their heads are Officials",
    // Visits (SentenceReader+Visits).
    "site-cue": "words right before a site a visit sees (来到, 走进, 实地察看了)",
    "weak-site-cue": "site cues that as often govern a topic (到, 对, 调研)",
    "site-tail": "words right after a visited site that end its name (现场, 调研, 建设情况)",
    "work-site-tail": "site tails saying the site is a work being built (施工现场, 建设进度)",
    "project-tour": "words after a visited site making the visit a tour of works (项目建设, 施工)",
    "not-project-visit": "words after a site making the visit a call on a running firm (生产经营)",
    "not-a-site": "words after a visit cue that name no site (一线, 基层)",
    "not-a-site-end": "words a visited site's name never ends with (情况, 规划, 展示馆)",
    "existing-site-end": "endings of a standing facility's name (馆, 广场, 遗址)",
    "visit-in-speech": "words after a visit that make it part of a speech's name (考察…重要讲话)",
    "visit-remark": "words after a visit's cue that open a remark, not a site (强调, 要求)",
    "topic-end": "endings of what is seen or heard of a place, never a work's name (成效, 村容村貌)",
    "visitor-arrival": "a delegation coming to the article's own place (来我县, 莅临我市)",
    "visitor-purpose": "what a delegation comes for after a one-character short form (来怀考察)",
    "stop-in-division": "one-character stop words a division's own name may hold (格日朝鲁苏木)",
    "common-word-not-district":
      "common words of the genre that are a county's bare name too (乡村振兴, 平安建设)",
    "common-word-division":
      "common words that name towns and villages across the country (建设乡, 发展村, 文明乡)",
    "leading-word":
      "common verbs, adverbs, prepositions and conjunctions no name begins with (责成某开发区)",
    "stop-in-short-division":
      "one-character stop words that end a two-character town's or village's name (仁和镇, 丰有镇)",
    "common-word-not-name":
      "common words whose first character is no surname, never a holder read without a surname (驻地)",
    "minority-name": "Tibetan, Mongolian and Uyghur name words and Yi clan names (次仁, 巴特尔, 吉克), read without a surname",
    "feature-frame":
      "words after a river's, lake's or bay's name that say it is one (某河流域, 某湖之滨, 等河道)",
    "not-a-feature": "words ending in 河, 湖, 江 or 湾 that name no feature (沿江, 江河, 河湖)",
    "feature-opener": "words a river's, lake's or bay's name is written right after (沿, 紧靠, 流经)",
    "hill-frame": "words after a hill's name that say it is one (某山脚下, 某山北麓, 某山深处)",
    "place-lead": "words a place's name is written right after, no part of it (南侧至某博物馆, 成某景区, 毗连某风景区)",
  ]
}
