import TupuGraph
import TupuOntology

/// The relations one sentence states, read with the ontology's patterns.
struct SentenceRelations: SentenceText {
  struct Found {
    var subject: String
    var predicate: String
    var object: Term
    var pattern: String
  }

  /// The document's reading, shared by reference: one copy of it per sentence cost a retain and
  /// a release of each of its tables.
  let shared: SharedReading
  var reading: DocumentReading {
    @inline(__always) _read { yield shared.reading }
  }
  let sentence: ReadSentence
  let text: [Unicode.Scalar]
  /// Visible mentions in reading order, with their canonical names.
  let entities: [SentenceEntity]
  var found: [Found] = []
  /// Who reviewed the projects of the sentence before (a meeting's agenda runs on: 审查批准以下
  /// 项目。A工程、B工程…), and who reviews those of this one.
  var previousReviewers: [String] = []
  /// The persons of the sentences just before, each a piece of a list cut at a semicolon.
  var attendeesListedBefore: [String] = []
  var reviewers: [String] = []
  /// Who received the gifts the article's sentences before this one read (甲公司向乙小学捐赠…。
  /// 丙公司捐款5万元: 丙's gift goes to 乙小学 too).
  var previousRecipients: [String] = []
  /// Who received a gift this sentence names no giver for (社会各界向某慈善总会捐款捐物): the
  /// article's later gifts that name no recipient go there too.
  var unnamedGiversRecipients: [String] = []
  let allCues: [(start: Int, end: Int, pattern: ExtractionPattern)]

  init(reading shared: SharedReading, sentence: ReadSentence) {
    self.shared = shared
    self.sentence = sentence
    self.text = sentence.scalars
    self.allCues = Self.cues(in: sentence.scalars, table: shared.reading.cues.all)
    // NB: the order sorted as indices, so that only the entities are copied (once).
    let mentions = sentence.mentions
    self.entities = mentions.indices.sorted { mentions[$0].start < mentions[$1].start }
      .compactMap { index in
        shared.reading.entity(mentions[index]).map {
          SentenceEntity(mention: mentions[index], name: $0.name, className: $0.className)
        }
      }
  }

  var lexicon: Lexicon { reading.lexicon }

  mutating func add(_ subject: String, _ predicate: String, _ object: String, _ pattern: String) {
    found.append(
      Found(subject: subject, predicate: predicate, object: .entity(object), pattern: pattern))
  }

  mutating func readAll() {
    readPosts()
    readMeetingCues()
    readPresidingChairs()
    readSpeakersAtMeeting()
    readAttendance()
    readReportersAttending()
    readReviews()
    readReferredWorks()
    readSponsors()
    readNesting()
    readSituated()
    readJurisdiction()
    readStationed()
    readPossessive()
    readBuildAt()
  }

  // MARK: Helpers

  static let clauseEnds: ScalarChoice = ["，", ",", "；", ";", "。", "！", "？", "：", ":"]

  func clauseStart(before index: Int) -> Int {
    var position = index
    while position > 0, !Self.clauseEnds.contains(text[position - 1]) { position -= 1 }
    return position
  }

  func clauseEnd(after index: Int) -> Int {
    var position = index
    while position < text.count, !Self.clauseEnds.contains(text[position]) { position += 1 }
    return position
  }

  /// Every cue of `matcher` in the sentence, longest first at each position.
  func cueOccurrences(_ matcher: String) -> [(start: Int, end: Int, pattern: ExtractionPattern)] {
    // NB: by bytes, counts first (matchers are ASCII; rules ask for theirs in every sentence).
    // Most sentences hold no cue at all.
    guard !allCues.isEmpty else { return [] }
    return allCues.filter { ExactText.same($0.pattern.matcher, matcher) }
  }

  /// Every cue of every pattern in the sentence, found in one pass (longest first).
  static func cues(in text: [Unicode.Scalar], table: WordTable<ExtractionPattern>)
    -> [(start: Int, end: Int, pattern: ExtractionPattern)]
  {
    guard table.count > 0 else { return [] }
    // NB: labelled as returned (an unlabelled array is cast, a copy of every element).
    var result: [(start: Int, end: Int, pattern: ExtractionPattern)] = []
    var index = 0
    while index < text.count {
      if let match = table.longest(in: text, at: index) {
        result.append((index, index + match.word.count, match.payload))
        index += match.word.count
      } else {
        index += 1
      }
    }
    return result
  }

  func isPerson(_ className: EntityClass) -> Bool { className == .person || className == .official }

  /// The article's meeting when a bare word (会议, 会上) or nothing stands at `index`.
  func bareMeeting(at index: Int) -> String? {
    var position = index
    if position < text.count, text[position] == "了" { position += 1 }
    // 列席了此次会议, 出席本次活动: the article's meeting, pointed at; 参加相关阶段会议: the
    // parts of it that concern each attendee.
    for pointer in ["此次", "本次", "这次", "相关阶段", "相关"] where starts(pointer, at: position) {
      position += pointer.unicodeScalars.count
      break
    }
    // 出席当天的捐赠仪式, 出席了两个项目的开工奠基仪式: the day or the count of the article's
    // event, before 的, points at it too.
    if let modifier = eventPointer(at: position) { position = modifier }
    if let meeting = entities.first(where: {
      $0.className == .meeting && $0.mention.start == position
    }) {
      return meeting.name
    }
    guard let meeting = sentence.context.meeting,
      let canonical = reading.canonical[DocumentReading.key(.meeting, meeting)]
    else { return nil }
    // 会议圆满闭幕。会后…组织开展集中视察活动，甲、乙参加活动: an activity is no session.
    if starts("活动", at: position),
      ExactText.ends(canonical, with: "会议") || ExactText.ends(canonical, with: "全会")
    {
      return nil
    }
    let bare = lexicon.list(.meetingBare).longestLength(in: text, at: position) != nil
    let study = position + 1 < text.count && text[position] == "学" && text[position + 1] == "习"
    // 某旅游节…甲出席开幕式, 某培训班…乙出席开班仪式: the opening is a meeting inside the event
    // (the ruling: each fact goes to the one its sentence names), and bare it names nothing.
    if let part = Self.openingParts.first(where: { starts($0, at: position) }),
      !ExactText.ends(canonical, with: part)
    {
      return nil
    }
    return bare || study || isEventKind(at: position)
      || isOwnKind(at: position, of: canonical)
      || isContractedName(at: position, of: canonical) ? canonical : nil
  }

  /// Where an event's kind word may begin after a pointer to the article's day or count and 的
  /// (当天的, 两个项目的, 3个村的); nil when none stands at `position`.
  func eventPointer(at position: Int) -> Int? {
    for day in ["当天的", "当日的", "今天的", "今日的"] where starts(day, at: position) {
      return position + day.unicodeScalars.count
    }
    var end = position
    while end < text.count, end - position < 3,
      SentenceReader.isDigit(text[end]) || "一二两三四五六七八九十几".unicodeScalars.contains(text[end])
    {
      end += 1
    }
    guard end > position, end < text.count, text[end] == "个" || text[end] == "项" else { return nil }
    guard
      let particle = (end + 1..<min(text.count, end + 5)).first(where: { text[$0] == "的" }),
      (end + 1..<particle).allSatisfy({ SentenceReader.isIdeograph(text[$0]) })
    else { return nil }
    return particle + 1
  }

  /// The opening or closing of an event, said bare (开幕式, 开班仪式).
  static let openingParts = ["开幕式", "闭幕式", "开幕仪式", "闭幕仪式", "开班仪式", "开班式", "结业仪式", "结业式", "开赛仪式", "开营仪式", "颁奖仪式", "颁奖典礼"]

  /// 出席开工仪式并…, 参加典礼, 主持活动: a short word ending in an event's kind, and nothing
  /// more in its clause, is the article's event again.
  func isEventKind(at position: Int) -> Bool {
    var end = position
    while end < text.count, end - position <= 12, SentenceReader.isIdeograph(text[end]),
      text[end] != "并"
    {
      end += 1
    }
    guard end == text.count || Self.clauseEnds.contains(text[end]) || text[end] == "并" else {
      return false
    }
    // 列席人员参加活动: a cue of attending inside the words is a clause of its own, not a name.
    let cues = cueOccurrences("agents-cue-meeting")
    guard !cues.contains(where: { $0.start >= position && $0.start < end }) else { return false }
    // 出席开工仪式, 主持项目开工奠基仪式: a few words of its kind before the kind word.
    return lexicon.list(.eventKind).longest(in: text, endingAt: end).map { kind in
      end - position - kind.word.count <= 6
    } ?? false
  }

  // MARK: Posts

  mutating func readPosts() {
    let titlePattern = reading.cues.titleID
    let unitPattern = reading.cues.unitID
    let former = formerPostStarts()
    for post in sentence.posts {
      guard let person = reading.entity(sentence.mentions[post.person]) else { continue }
      // 原区委书记某某: a former post is no title, nor its unit the holder's.
      if former.contains(where: { $0.person == post.person && $0.start <= post.start }) {
        continue
      }
      // 某集团党委委员、副总经理某某: a company's post titles a holder whom a post in the same
      // company's party committee makes an Official.
      if let title = post.title.map({ bodyTitle(of: post) ?? $0 })
        ?? (holdsPartyPostInFirm(of: post) ? post.companyTitle : nil),
        let titlePattern, person.className == .official
      {
        found.append(
          Found(
            subject: person.name, predicate: "title", object: .literal(title), pattern: titlePattern
          ))
      }
      guard let unitPattern else { continue }
      for unit in post.units {
        switch unit {
        case .mention(let index):
          let mention = sentence.mentions[index]
          if let entity = reading.entity(mention) {
            add(person.name, "affiliated-with", entity.name, unitPattern)
          }
        case .named(let name, let className):
          if let canonical = reading.canonical[DocumentReading.key(className, name)] {
            add(person.name, "affiliated-with", canonical, unitPattern)
          }
        case .bareBody(let name, let level):
          // 市委书记某某 in a text that names one city in full (某某市), by this sentence or before
          // it: the post is of that city (the rulings' posts of a named place), no bare 市委.
          if let level, let city = reading.soleCity(ofLevel: level, namedBy: sentence) {
            add(person.name, "affiliated-with", city, unitPattern)
          } else if let canonical = reading.canonical[DocumentReading.key(.organization, name)] {
            add(person.name, "affiliated-with", canonical, unitPattern)
          } else if level == nil,
            let body = reading.soleBody(endingWith: name)
          {
            // 协会执行会长某某: the one body of that kind the article names (某区建筑业协会).
            add(person.name, "affiliated-with", body, unitPattern)
          }
        case .electingSociety(let kind):
          if let society = reading.principalSociety(endingWith: kind) {
            add(person.name, "affiliated-with", society, unitPattern)
          }
        }
      }
    }
  }

  /// Whether the holder of a company's post holds, in this sentence, a titled post whose unit
  /// is the same company (某集团党委委员、副总经理): its party committee's or the firm itself.
  func holdsPartyPostInFirm(of post: PostLink) -> Bool {
    guard post.companyTitle != nil else { return false }
    let firms: [String] = post.units.compactMap { unit in
      if case .mention(let index) = unit { return reading.entity(sentence.mentions[index])?.name }
      return nil
    }
    guard !firms.isEmpty else { return false }
    return sentence.posts.contains { other in
      other.person == post.person && other.title != nil
        && other.units.contains { unit in
          guard case .mention(let index) = unit,
            let name = reading.entity(sentence.mentions[index])?.name
          else { return false }
          return firms.contains { ExactText.same($0, name) || ExactText.starts(name, with: $0) }
        }
    }
  }

  /// The posts written after 原 or 前 (原区委书记, 原副县长), by holder and where they begin: those
  /// and the posts after them in the same list before the name are former posts.
  func formerPostStarts() -> [(person: Int, start: Int)] {
    sentence.posts.compactMap { post in
      guard post.start >= 1, text[post.start - 1] == "原" || text[post.start - 1] == "前",
        !sentence.mentions.contains(where: {
          $0.start < post.start && $0.end >= post.start && $0.visibility != .dropped
        }),
        post.start < 2 || !SentenceReader.isIdeograph(text[post.start - 2])
          || "任了的是即".unicodeScalars.contains(text[post.start - 2])
      else { return nil }
      return (post.person, post.start)
    }
  }

  /// The state's bodies of a place written with its bare level (市政府, 县人大常委会, 区政协,
  /// 县人民法院): their heads are titled as written, level and all (市政府秘书长), the form every
  /// gold writer accepts; a party body's level goes (县纪委书记 → 纪委书记).
  static func keepsLevelInTitle(_ body: String) -> Bool {
    ["政府", "人大", "政协", "法院", "检察院"].contains { body.contains($0) }
  }

  /// 纪委书记, 政协主席, 组织部长: a role written right after its body is titled with the body's
  /// word, as written, without the place (县纪委书记 → 纪委书记; 市委政法委书记 keeps 市委).
  func bodyTitle(of post: PostLink) -> String? {
    guard
      let index = post.units.lazy.compactMap({ unit -> Int? in
        if case .mention(let index) = unit { return index }
        return nil
      }).first
    else { return nil }
    let body = sentence.mentions[index]
    // A body of the lexicon (区政协, 县纪委), or one contracted with its head's title (组织部长);
    // a long name read by its suffix (某园区管委会) keeps the bare role.
    // 政法委书记: a party secretary's title names the committee it heads, never 书记 alone.
    // NB: by bytes (a String == of two Chinese words that differ, ~300 instructions).
    let secretary =
      post.title.map { WordSet.same($0, "书记") || WordSet.same($0, "副书记") } ?? false
    let span = body.end - body.start
    // 州政法委书记: a level word and a committee's three characters, read by its suffix.
    let levelled = span == 4 && SentenceReader.levelScalars.contains(text[body.start])
    // 某集团工会主席, 某中学团委书记: the kind word alone after the name it belongs to.
    let kindAfterContainer = span <= 2 && body.name.unicodeScalars.count > span
    let contracted =
      body.via == "suffix"
      && (post.end - post.start == 1 || secretary && (span <= 3 || levelled)
        && body.container == nil || kindAfterContainer)
    guard body.isBody, body.className == .organization, body.via == "body" || contracted,
      body.end == post.start, post.end <= text.count
    else { return nil }
    // 农工党某市委主委: a democratic party's committee is the post's unit; the title is the role.
    if lexicon.list(.democraticParty).longestLength(in: text, at: body.start) != nil { return nil }
    var start = body.start
    if let qualifier = body.qualifier {
      start += qualifier.unicodeScalars.count
    } else if let level = body.bareLevel, !Self.keepsLevelInTitle(body.name) {
      start += level.unicodeScalars.count
    } else if body.bareLevel != nil {
      // 市政府秘书长, 县人大常委会副主任: the level stays (the post as written).
    } else if let container = body.container {
      start = max(start, sentence.mentions[container].end)
    }
    // 市委政法委: the level stays with 委 (政法委 of the 市委).
    if start > body.start, start < text.count, text[start] == "委" { start -= 1 }
    guard post.start - start >= 2 else { return nil }
    let title = ScalarString.make(text[start..<post.end])
    return title
  }

  // MARK: Meetings

  /// Where the last chair or convene cue of the sentence ended (attendees come after it).
  var chairCueEnds: [Int] = []

  mutating func readMeetingCues() {
    for cue in cueOccurrences("agent-cue-meeting") {
      let predicate = cue.pattern.predicate
      let after = cue.end < text.count && text[cue.end] == "了" ? cue.end + 1 : cue.end
      let named = pastOwnDivisionPointer(after)
      // 举行“某某大会”: a name quoted whole is read without its quotes.
      let quoted = after < text.count && text[after] == "“" ? after + 1 : after
      let found = entities.first(where: {
        $0.className == .meeting
          && ($0.mention.start == after || $0.mention.start == named || $0.mention.start == quoted)
      })
      var meeting = found?.name
      if meeting == nil && predicate == "chairs" {
        let after = cue.end
        // 典礼在某某的主持下开始: the article's event.
        let under = after < text.count && text[after] == "下" && cue.start > 0
          && text[cue.start - 1] == "的"
        let atClauseEnd =
          after >= text.count || Self.clauseEnds.contains(text[after]) || text[after] == "并"
          || under
        if atClauseEnd, sentence.context.meeting != nil {
          meeting = articleMeeting()
        } else {
          meeting = bareMeeting(at: after)
        }
      }
      // 活动由某部门主办, 由甲、乙共同主办: the bodies after 由 convene the article's meeting.
      let bodyEnd = ["共同", "联合"].first { ends($0, at: cue.start) }
        .map { cue.start - $0.unicodeScalars.count } ?? cue.start
      if meeting == nil, predicate == "convenes", sentence.context.meeting != nil,
        cue.end >= text.count || Self.clauseEnds.contains(text[cue.end]),
        let body = entities.last(where: {
          $0.mention.end == bodyEnd && Self.conveningClasses.contains($0.className)
        }),
        case let listStart = bodiesListed(before: body.mention).start,
        let by = byPosition(before: listStart)
      {
        // 首届某某博览会由甲主办, 本届某某节由甲主办: the meeting the clause names, else the article's.
        meeting = hostedMeeting(before: by, fallback: true)
      }
      // 活动由甲、乙、省某某院主办, 由甲,乙主办, 由甲、中共乙县委主办: a list after 由 not read
      // whole; each of its items read as a body convenes the meeting the clause before 由 names,
      // or the article's when it speaks of that and names no other.
      if meeting == nil, predicate == "convenes", sentence.context.meeting != nil,
        cue.end >= text.count || Self.clauseEnds.contains(text[cue.end]),
        let list = coHostsAfterBy(endingAt: bodyEnd), !list.hosts.isEmpty,
        let hosted = hostedMeeting(before: list.by, fallback: false)
      {
        for host in list.hosts { add(host, predicate, hosted, cue.pattern.id) }
      }
      chairCueEnds.append(cue.end)
      guard let meeting else { continue }
      let start = clauseStart(before: cue.start)
      // The nearest before the cue: 某区政协 rather than the 某区 its name begins with.
      let venue = predicate == "convenes" ? venueStart(from: start, before: cue.start) : nil
      let agent = entities.filter { entity in
        entity.mention.end <= cue.start && entity.mention.start >= start
          && (venue.map { entity.mention.end <= $0 } ?? true)
          && !isInsideMeetingName(entity.mention)
          && (isPerson(entity.className)
            || predicate == "convenes"
              && Self.conveningClasses.contains(entity.className))
      }.max { ($0.mention.end, $1.mention.start) < ($1.mention.end, $0.mention.start) }
        ?? carriedSubject(clauseStart: start, cueStart: cue.start)
      guard let agent else { continue }
      // 某集团某项目党支部举行…, 某市某服务中心在某地开展…, 某县某某之家前的广场内举办…: a body or
      // place whose name the text goes on with heads a longer name (or a venue) nobody read;
      // who convenes is that unread name, not the head.
      if predicate == "convenes", !isPerson(agent.className),
        headsUnreadName(agent.mention, before: min(venue ?? cue.start, bodyEnd))
      {
        continue
      }
      // 某县图书馆新馆举行…: the place a building's name begins with is no convener; the
      // building, read whole, convenes nothing.
      if predicate == "convenes", !isPerson(agent.className),
        entities.contains(where: {
          $0.mention.start <= agent.mention.start && $0.mention.end > agent.mention.end
            && $0.mention.end <= cue.start && $0.className == .place
        })
      {
        continue
      }
      // 主持召开甲会议和乙会议: both.
      for meeting in [meeting] + (found.map { meetingsJoined(after: $0.mention) } ?? []) {
        add(agent.name, predicate, meeting, cue.pattern.id)
        // 甲、乙组织召开; 镇党委书记甲、镇人大主席乙分别主持会议: each of the list.
        if predicate == "convenes" || predicate == "chairs", isPerson(agent.className) {
          for person in personsListed(before: agent.mention) {
            add(person, predicate, meeting, cue.pattern.id)
          }
        }
        // 甲单位、乙单位联合召开: every body of the list convenes.
        if predicate == "convenes", !isPerson(agent.className) {
          for body in bodiesListed(before: agent.mention).names {
            add(body, predicate, meeting, cue.pattern.id)
          }
        }
      }
    }
    readJointConveners()
  }

  /// Whether the words between a body or place and the convene cue (or the venue before it)
  /// go on with its name: they hold 的 (某县某之家前的广场内) or end in a body's or place's kind
  /// word (某公司某项目党支部, 某社会工作与服务中心). Time words and adverbs (近日, 于5日, 还) do not.
  func headsUnreadName(_ mention: Mention, before end: Int) -> Bool {
    guard mention.end < end else { return false }
    // 某党支部组织志愿服务队开展…, 某局联合某服务中心举办…: a verb of its own between them, so the
    // body acts and the words after it name whom it acts with.
    let gap = mention.end..<end
    if Self.jointVerbs.contains(where: { verb in gap.contains { starts(verb, at: $0) } })
      || cueOccurrences("agent-cue-meeting").contains(where: { gap.contains($0.start) })
    {
      return false
    }
    if gap.contains(where: { text[$0] == "的" }) { return true }
    if ends("中心", at: end), end - 2 > mention.end { return true }
    guard let suffix = lexicon.suffixes.longest(in: text, endingAt: end),
      suffix.word.count >= 2, end - suffix.word.count > mention.end
    else { return false }
    return [.organization, .place].contains(suffix.payload.className)
  }

  static let jointVerbs = ["组织", "联合", "携手", "会同", "协同", "带领", "邀请", "动员", "指导"]

  /// 甲县第九届人大第三次会议举行第二次全体会议: a place inside a meeting's name does not
  /// convene the meeting after it.
  func isInsideMeetingName(_ mention: Mention) -> Bool {
    entities.contains { other in
      other.className == .meeting && other.mention.start <= mention.start
        && other.mention.end >= mention.end
        && other.mention.end - other.mention.start > mention.end - mention.start
    }
  }

  /// 甲赴某镇调研，并召开某会: a clause that begins with 并 (or 随后) goes on with the person (or
  /// else the body) the sentence began with, not the place visited in between.
  func carriedSubject(
    clauseStart start: Int, cueStart: Int
  ) -> SentenceEntity? {
    let lead = ScalarString.make(text[start..<cueStart])
    guard start > 0, ["并", "随后", "随即", "并随即", "随后又"].contains(lead) else { return nil }
    let before = entities.filter { $0.mention.end < start }
    // A person first (县委书记甲赴某镇…); else the body the sentence began with (某部门深入…).
    if let person = before.filter({ isPerson($0.className) }).min(by: {
      $0.mention.start < $1.mention.start
    }) {
      return person
    }
    let bodies = before.filter { Self.conveningClasses.contains($0.className) }
    guard
      var first = bodies.min(by: {
        ($0.mention.start, -$0.mention.end) < ($1.mention.start, -$1.mention.end)
      })
    else { return nil }
    // 某市某区工商联组织…，并举行: a place written right before another name heads it; the body
    // so named acts.
    while first.className != .organization,
      let next = bodies.filter({ $0.mention.start == first.mention.end }).max(by: {
        $0.mention.end < $1.mention.end
      })
    {
      first = next
    }
    return first
  }

  /// 某区在某镇举行…, 在县政府会议室召开…: where 在 (or 于) begins a venue between the clause's
  /// start and the cue, the places and bodies after it say where, not who.
  func venueStart(from start: Int, before cue: Int) -> Int? {
    (start..<cue).last { position in
      (text[position] == "在" || text[position] == "于"
        || Self.travelVerbs.contains { starts($0, at: position) }
        || text[position] == "到" && entities.contains { $0.mention.start == position + 1 })
        && !entities.contains { $0.mention.start <= position && position < $0.mention.end }
    }
  }

  /// 来到某学校开展某活动, 某工商联赴某市开展…, 某巡察组进驻某局召开…: the place gone to is where,
  /// not who. A bare 到 counts only with a name right after it (某帮扶团到某村举行…), not in
  /// 达到, 受到 or 到位.
  static let travelVerbs = ["来到", "走进", "深入", "前往", "赴", "进驻"]

  /// 某市召开某审议会: a city convenes as a district does.
  static let conveningClasses: EntityClassSet = [
    .organization, .city, .district, .street, .community,
  ]

  /// The bodies written before `last` in a list with it (甲、乙和|last), and where the list
  /// begins.
  func bodiesListed(before last: Mention) -> (names: [String], start: Int) {
    var names: [String] = []
    var start = last.start
    // 甲、乙和丙; 甲联合乙 (召开): the joiner before each earlier body.
    func joiner(endingAt end: Int) -> Int? {
      if end >= 3, ends("联合", at: end) { return 2 }
      return end >= 2 && "、和与及".unicodeScalars.contains(text[end - 1]) ? 1 : nil
    }
    while let length = joiner(endingAt: start),
      let body = entities.last(where: {
        $0.mention.end == start - length && Self.conveningClasses.contains($0.className)
      })
    {
      names.append(body.name)
      start = body.mention.start
    }
    return (names, start)
  }

  /// 由甲、乙（联合）组织的某会议: every body after 由 convenes the meeting.
  mutating func readJointConveners() {
    // The convene pattern of the ontology; the facts are its, though 由…组织的 needs no cue word.
    guard let patternID = reading.cues.convenesID else { return }
    readInitiators(patternID)
    // 承办 (hosting on another's behalf) is no convening; 发起 (starting it) is.
    let verbs = ["组织召开", "组织", "主办", "举办", "召开", "发起"]
    for meeting in entities where meeting.className == .meeting {
      var position = meeting.mention.start
      guard position > 0, text[position - 1] == "的" else { continue }
      position -= 1
      // 由甲主办、乙承办的某会议: the bodies before 主办 convene, those before 承办 do not.
      // 乙承办、丙协办: each hosting clause in turn.
      var hostedOnly = false
      while let hosted = Self.hostingVerbs.first(where: { ends($0, at: position) }) {
        position = hostStart(before: position - hosted.unicodeScalars.count)
        guard position > 0, "、，,".unicodeScalars.contains(text[position - 1]) else {
          hostedOnly = true
          break
        }
        position -= 1
      }
      guard !hostedOnly, let verb = verbs.first(where: { ends($0, at: position) }) else { continue }
      position -= verb.unicodeScalars.count
      for modifier in ["联合", "共同"] where ends(modifier, at: position) {
        position -= modifier.unicodeScalars.count
      }
      let last = entities.last(where: {
        $0.mention.end == position && Self.conveningClasses.contains($0.className)
      })
      let listed = last.map { bodiesListed(before: $0.mention) }
      guard let last, let listed,
        followsBy(listed.start) || opensHeldClause(listed.start, meeting.mention)
      else {
        // 由甲、乙、省某某院共同主办的某论坛, 由甲,乙主办的某节: a list after 由 not read whole;
        // each of its items read as a body convenes.
        for host in coHostsAfterBy(endingAt: position)?.hosts ?? [] {
          add(host, "convenes", meeting.name, patternID)
        }
        continue
      }
      for body in [last.name] + listed.names { add(body, "convenes", meeting.name, patternID) }
    }
  }

  /// 某分会组织的某仪式在某校举行: bodies that open the clause, their verb and 的 before the name
  /// of a meeting the clause goes on to say was held name who holds it, with 由 or without.
  func opensHeldClause(_ start: Int, _ meeting: Mention) -> Bool {
    guard clauseStart(before: start) == start else { return false }
    let end = clauseEnd(after: meeting.end)
    return Self.meetingHeldVerbs.contains { verb in (meeting.end..<end).contains { starts(verb, at: $0) } }
  }

  static let meetingHeldVerbs = ["举行", "召开", "开幕", "举办", "拉开"]

  /// 本次活动由甲、乙共同发起，…: the bodies after 由 that started the article's event convene it
  /// (发起 at a clause's end, as 主办 is read by the convene cue).
  mutating func readInitiators(_ patternID: String) {
    guard sentence.context.meeting != nil else { return }
    for index in text.indices where text[index] == "发" && starts("发起", at: index) {
      let after = index + 2
      guard after >= text.count || Self.clauseEnds.contains(text[after]) else { continue }
      let bodyEnd = ["共同", "联合"].first { ends($0, at: index) }
        .map { index - $0.unicodeScalars.count } ?? index
      guard
        let body = entities.last(where: {
          $0.mention.end == bodyEnd && Self.conveningClasses.contains($0.className)
        }),
        case let listed = bodiesListed(before: body.mention),
        followsBy(listed.start), let meeting = articleMeeting()
      else { continue }
      for name in [body.name] + listed.names { add(name, "convenes", meeting, patternID) }
    }
  }

  static let hostingVerbs = ["承办", "协办", "联合承办", "共同承办"]

  /// 由甲…, 由中共甲…: the list of bodies at `start` follows 由 (the party's 中共, 中国共产党 before
  /// its committee's name are no body of their own).
  func followsBy(_ start: Int) -> Bool { byPosition(before: start) != nil }

  /// Where the bodies before a hosting verb (乙、丙承办) begin.
  func hostStart(before end: Int) -> Int {
    guard
      let last = entities.last(where: {
        $0.mention.end == end && Self.conveningClasses.contains($0.className)
      })
    else { return end }
    return bodiesListed(before: last.mention).start
  }

  mutating func readAttendance() {
    for cue in cueOccurrences("agents-cue-meeting") {
      // 出席会议, 参加学习, and 出席并讲话 (of the article's meeting).
      let closes =
        cue.end >= text.count || Self.clauseEnds.contains(text[cue.end]) || text[cue.end] == "并"
      let current = sentence.context.meeting.flatMap {
        reading.canonical[DocumentReading.key(.meeting, $0)]
      }
      guard
        let meeting = bareMeeting(at: cue.end) ?? (closes ? current : nil)
          ?? (introducesAttendees(after: cue.end) ? current : nil)
      else { continue }
      // 列席会议的县长某某在主席台就座: the cue modifies the names after it, not those before.
      // (甲、乙等参加仪式的领导为获奖者颁奖: no name after 的, the names before attend.)
      if let modified = attendeesModified(after: cue.end) {
        let named = entities.filter {
          isPerson($0.className) && modified.contains($0.mention.start)
            && $0.mention.end <= modified.upperBound
        }
        if !named.isEmpty {
          for entity in named { add(entity.name, cue.pattern.predicate, meeting, cue.pattern.id) }
          continue
        }
      }
      let lower = chairCueEnds.filter { $0 <= cue.start }.max() ?? 0
      for entity in entities
      where isPerson(entity.className) && entity.mention.end <= cue.start
        && entity.mention.start >= lower && !starts("带队", at: entity.mention.end)
        && !isSpokenOf(entity.mention) && !actsInOwnClause(entity.mention, before: cue.start)
      {
        add(entity.name, cue.pattern.predicate, meeting, cue.pattern.id)
      }
      // 出席会议的还有甲、乙; 参加仪式的领导有丙: the attendees follow.
      if let listed = attendeesIntroduced(after: cue.end) {
        for entity in entities where isPerson(entity.className) && entity.mention.start >= listed {
          add(entity.name, cue.pattern.predicate, meeting, cue.pattern.id)
        }
      }
      if lower == 0 {
        for name in attendeesListedBefore {
          add(name, cue.pattern.predicate, meeting, cue.pattern.id)
        }
      }
    }
  }

  /// 甲、乙等分管领导就项目进展情况进行汇报: those who report at the article's meeting attend
  /// it (the reporters named before 进行汇报 or 作汇报 in a sentence with no attending cue).
  mutating func readReportersAttending() {
    // NB: every cue below holds 汇; most sentences have none, and skip the meeting's lookup.
    guard text.contains("汇"), let meeting = sentence.context.meeting.flatMap({
      reading.canonical[DocumentReading.key(.meeting, $0)]
    }), let pattern = reading.cues.attendsID,
      cueOccurrences("agents-cue-meeting").isEmpty
    else { return }
    for word in ["进行汇报", "作汇报", "做汇报"] {
      // NB: the word tried only where its first scalar stands.
      let first = word.unicodeScalars.first
      guard let cue = text.indices.first(where: { text[$0] == first && starts(word, at: $0) })
      else { continue }
      let clause = (text[..<cue].lastIndex(where: { Self.clauseEnds.contains($0) }) ?? -1) + 1
      let lower = max(clause, chairCueEnds.filter { $0 <= cue }.max() ?? 0)
      for entity in entities
      where isPerson(entity.className) && entity.mention.end <= cue && entity.mention.start >= lower
      {
        add(entity.name, "attends", meeting, pattern)
      }
      return
    }
  }

  /// The stretch a cue written as a modifier names (出席会议的区领导甲、乙等在主席台就座,
  /// 列席会议的县长丙在主席台前排就座): from 的 after the cue's kind word to the predicate that
  /// follows the names (在, 也, 分别, 一同) or the clause's end at a semicolon or full stop; nil
  /// when the cue is no modifier, or introduces its attendees with 有 or 是 (出席会议的还有).
  func attendeesModified(after position: Int) -> Range<Int>? {
    guard attendeesIntroduced(after: position) == nil,
      let particle = (position..<min(text.count, position + 10)).first(where: { text[$0] == "的" }),
      particle > position,
      let kind = lexicon.list(.eventKind).longest(in: text, endingAt: particle)
        ?? lexicon.list(.meetingBare).longest(in: text, endingAt: particle),
      particle - position - kind.word.count <= 4
    else { return nil }
    let start = particle + 1
    var end = start
    while end < text.count {
      let inName = entities.contains {
        isPerson($0.className) && $0.mention.start <= end && $0.mention.end > end
      }
      if !inName, text[end] == "。" || text[end] == "；" || text[end] == ";"
        || Self.afterModifiedNames.contains(where: { starts($0, at: end) })
      {
        break
      }
      // 甲、乙，区法院院长丙等: the list goes on past a comma only to a name close after it.
      if !inName, text[end] == "，" || text[end] == ",",
        !entities.contains(where: {
          isPerson($0.className) && $0.mention.start > end && $0.mention.start <= end + 12
            && !(end + 1..<$0.mention.start).contains { Self.clauseEnds.contains(text[$0]) }
        })
      {
        break
      }
      end += 1
    }
    return start..<end
  }

  static let afterModifiedNames = ["在", "也", "分别", "一同", "一起", "共同"]

  /// Where the list of attendees begins when the cue's clause introduces them: 出席会议的还有,
  /// 参加活动的领导有.
  func attendeesIntroduced(after position: Int) -> Int? {
    let end = min(text.count, position + 10)
    for index in position..<end where text[index] == "的" {
      // 参加会议的区领导还有: a group word (区领导) before 还有.
      let after = index + 1 + (lexicon.groups.longestLength(in: text, at: index + 1) ?? 0)
      for word in ["还有", "有", "领导有", "领导还有", "嘉宾有", "是"] where starts(word, at: after) {
        return after + word.unicodeScalars.count
      }
      return nil
    }
    return nil
  }

  /// 甲、乙，丙；丁等出席仪式: the sentence reader cuts a list of attendees at semicolons. This
  /// sentence's persons when it is such a cut piece: it ends with a semicolon and states no
  /// meeting cue of its own (the facts loop carries them to the sentence that has the cue).
  var listPiece: [String]? {
    guard let last = text.last(where: { $0 != " " }), last == "；" || last == ";",
      !allCues.contains(where: {
        $0.pattern.matcher == "agents-cue-meeting" || $0.pattern.matcher == "agent-cue-meeting"
      })
    else { return nil }
    return entities.filter { isPerson($0.className) }.map(\.name)
  }

  // MARK: Reviews
}

/// A document's reading, once resolved, for the relations of each of its sentences to share.
/// A visible mention of a sentence with its canonical name and class.
// NB: an object, so that the relations' many passes over a sentence's entities copy a reference,
// not a mention and its seven strings (as a tuple, copied through the runtime's generic copy).
final class SentenceEntity {
  let mention: Mention
  let name: String
  let className: EntityClass

  init(mention: Mention, name: String, className: EntityClass) {
    self.mention = mention
    self.name = name
    self.className = className
  }
}

final class SharedReading {
  let reading: DocumentReading

  init(_ reading: DocumentReading) {
    self.reading = reading
  }
}
