import TupuOntology

extension SentenceRelations {
  /// Who reviews the projects a sentence names: the meeting that hears, studies, deliberates or
  /// decides on them (会议听取了…, 会上…作了汇报, 审议…), or the leaders who make a visit (调研,
  /// 来到, 察看…; with those named before 带领 or 率) — not those who go along (陪同, 参加).
  ///
  /// Each project goes to the cue before it (or, in a site's frame 在A现场，…, the cue after
  /// it). A cue without a subject of its own (…，研究了A; 随后，一行来到A; 他察看了A) goes on
  /// with the reviewers of the cue before, in this sentence or an earlier one of the article.
  mutating func readReviews() {
    // The reviewers go on until a sentence names others.
    reviewers = previousReviewers
    let projects = entities.filter { $0.className == .project }
    let cues = reviewCues()
    let leaders = visitLeaders()
    guard !projects.isEmpty || !cues.isEmpty || !leaders.isEmpty else { return }
    let meetingOpens = openingMeeting()
    let pattern = cues.first?.pattern.id ?? reading.cues.reviewsID
    var carried = previousReviewers
    // 由甲带队, 甲率代表团…: the visit's leaders, whatever the sentence's cue.
    if !leaders.isEmpty { carried = leaders }
    // The reviewers at each cue, in order; without projects, only whoever the sentence hands
    // on: those of its last cue with a subject.
    var atCue: [(start: Int, agents: [String])] = []
    if projects.isEmpty {
      for cue in cues.reversed() {
        let agents = withTeamLeaders(
          reviewers(before: cue.start, meetingOpens: meetingOpens), leaders, at: cue.start)
        if !agents.isEmpty {
          atCue = [(cue.start, agents)]
          break
        }
      }
      if atCue.isEmpty, !cues.isEmpty, !carried.isEmpty { atCue = [(0, carried)] }
    }
    for cue in cues where !projects.isEmpty {
      var agents = withTeamLeaders(
        reviewers(before: cue.start, meetingOpens: meetingOpens), leaders, at: cue.start)
      // 县长某某调研A, the holder's name unread (a rare surname, a name without one): someone
      // the sentence names, not the reviewers of a cue or a sentence before.
      if agents.isEmpty, !hasUnreadHolder(before: cue.start) {
        agents = atCue.last?.agents ?? carried
      }
      // 观摩团先后走进A、B: a visit is made by people; a meeting carried from the sentence before
      // sees no site (an unnamed team's visit gives no reviews).
      if !isMeetingCue(cue) { agents = agents.filter { !isMeeting($0) } }
      agents = widenedToTheVisit(agents, atCue: cue.start)  // 甲一行 after 甲、乙一行 (+Tours)
      // 区长先后听取了A、B项目的进展情况 in a meeting's article, its subject unnamed or unread:
      // the agenda is the meeting's.
      if agents.isEmpty, isMeetingCue(cue), !tellsVisit(before: cue.start),
        let meeting = articleMeeting()
      {
        agents = [meeting]
      }
      guard !agents.isEmpty else { continue }
      atCue.append((cue.start, agents))
    }
    if let last = atCue.last {
      // Carried on: a meeting always (its agenda may list projects in the next sentence); a
      // visit's leaders when they are named with a visit of their own.
      reviewers = last.agents
    } else if !leaders.isEmpty {
      reviewers = leaders
    }
    guard let pattern, !projects.isEmpty else { return }
    let frames = siteFrames()
    let paired = pairedReviewers(projects.map(\.mention.start), atCue: atCue)
    for project in projects {
      var agents: [String] = []
      if let before = atCue.last(where: { $0.start < project.mention.start }) {
        agents = before.agents
      } else if let frame = frames.first(where: { $0.contains(project.mention.start) }) {
        // 在A、B现场，甲察看…: the frame's sites go to the cue after it, or to whoever stands
        // right after the frame, or to the visit's leaders.
        agents =
          atCue.first(where: { $0.start >= frame.upperBound })?.agents
          ?? personAfter(frame.upperBound).map { [$0] } ?? carried
      } else if let meetingOpens, hasReport(from: 0) {
        // 会上，A、B等项目负责人作了汇报; 会上，各单位分别就A、B推进情况进行了汇报，对…进行了研究:
        // the meeting hears them, whatever cue comes after the report.
        agents = [meetingOpens]
      } else if atCue.isEmpty, !previousReviewers.isEmpty, let first = entities.first,
        first.className == .project, first.mention.start <= ordinalEnd(),
        isAgendaGoingOn()
      {
        // The agenda's list goes on in a sentence of its own.
        agents = previousReviewers
      } else if let after = atCue.first(where: {
        clauseStart(before: $0.start) <= project.mention.start
      }) {
        // A、B等项目，甲逐一察看: a site before its cue in the same clause.
        agents = after.agents
      } else if isReachedSite(project.mention), let after = atCue.first(where: {
        $0.start > project.mention.start && isVisitCue(at: $0.start)
      }) {
        // 甲到A项目现场，察看工程进度: a site reached (到 is no cue of its own) goes to the visit's
        // cue after it.
        agents = after.agents
      } else if project.mention.start <= 1, let after = atCue.first(where: {
        $0.start > project.mention.start && isVisitCue(at: $0.start)
      }), !self.leaders(before: after.start).isEmpty {
        // A项目现场，机器轰鸣，甲详细询问了项目进度: the work the sentence opens on, seen by the
        // visit's leader the sentence names later.
        agents = after.agents
      }
      if let one = paired[project.mention.start] { agents = [one] }
      // 甲察看…，要求加快A项目建设: a work the visit's leader asks for is not one it sees.
      if let before = atCue.last(where: { $0.start < project.mention.start }),
        isVisitCue(at: before.start), isRemark(between: before.start, and: project.mention.start)
      {
        continue
      }
      for agent in agents { add(agent, "reviews", project.name, pattern) }
    }
  }

  /// Whether a leader's post stands before the cue in its clause with name characters after it
  /// that no mention reads (州长某某调研, a name the lexicon cannot read): the cue has a subject
  /// of its own. A post followed by a word that is no name (县长一行, 县长到) says nothing.
  func hasUnreadHolder(before cue: Int) -> Bool {
    let posts = lexicon.leaderPosts
    var index = clauseStart(before: cue)
    while index < cue {
      guard let post = posts.longest(in: text, at: index) else {
        index += 1
        continue
      }
      let after = index + post.word.count
      if after + 1 < cue, SentenceReader.isIdeograph(text[after]),
        SentenceReader.isIdeograph(text[after + 1]),
        !entities.contains(where: { $0.mention.start <= after && $0.mention.end > after }),
        posts.longestLength(in: text, at: after) == nil,
        lexicon.list(.stop).longestLength(in: text, at: after) == nil,
        lexicon.list(.afterNamePerson).longestLength(in: text, at: after) == nil,
        lexicon.list(.speech).longestLength(in: text, at: after) == nil,
        !lexicon.list(.nameParticle).contains(text[after..<after + 1])
      {
        return true
      }
      index = after
    }
    return false
  }

  /// The review cues of the sentence that state a review: 听取 with a report; not a cue inside
  /// a name (某研究院, 调研组), not one that those who go along do (陪同调研, 参加视察), not a
  /// demand (要研究, 将视察).
  func reviewCues() -> [(start: Int, end: Int, pattern: ExtractionPattern)] {
    cueOccurrences("agent-cue-projects").filter { cue in
      // 听取 reviews only with a report (汇报, 情况) later in the sentence.
      if cue.end - cue.start == 2, text[cue.start] == "听", !hasReport(from: cue.end) {
        return false
      }
      // 某某技术研究中心, 某研究院: 研究 before a research body's kind word is inside a name,
      // however the name was read (a cut name, 中心及培训中心项目, leaves the cue bare).
      if starts("研究", at: cue.start), cue.end == cue.start + 2, isResearchBody(at: cue.end) {
        return false
      }
      // (A name read from the cue on, 研究青禾职业学校, is a misread name, not a cue inside one.)
      if entities.contains(where: {
        $0.mention.start <= cue.start && $0.mention.end > cue.start && $0.className != .project
          && !($0.mention.start == cue.start && $0.mention.end - cue.end >= 4)
      }) {
        return false
      }
      if lexicon.list(.visitAlong).longest(in: text, endingAt: cue.start) != nil { return false }
      if isVisitInSpeech(cue.end) { return false }
      return !isDemand(before: cue.start)
    }
  }

  /// Whether a research body's kind word begins at `position`, right after 研究 (研究中心, 研究院,
  /// 研究所, 研究室) — not a word that only begins with one (研究中心城区…, 研究所需资金).
  func isResearchBody(at position: Int) -> Bool {
    guard let kind = Self.researchBodyKinds.first(where: { starts($0, at: position) }) else {
      return false
    }
    let after = position + kind.unicodeScalars.count
    guard after < text.count else { return true }
    return !Self.notAfterResearchKind.contains(text[after])
  }

  /// Kind words of research bodies after 研究.
  static let researchBodyKinds = ["中心", "院", "所", "室"]
  /// Characters that make the kind word part of another (中心城区, 所需, 所有, 所属, 院内, 室内).
  static let notAfterResearchKind: ScalarChoice = ["城", "区", "工", "需", "有", "属", "在", "涉", "内", "外"]

  /// A modal word between the clause's start and `cue`: 各部门要深入研究…, 将视察….
  func isDemand(before cue: Int) -> Bool {
    let modal = lexicon.list(.reviewModal)
    let notModal = lexicon.list(.notReviewModal)
    var position = clauseStart(before: cue)
    while position < cue {
      if let word = notModal.longest(in: text, at: position) {
        position += word.word.count
        continue
      }
      if modal.longestLength(in: text, at: position) != nil { return true }
      position += 1
    }
    return false
  }

  /// What a clause opening on 在 ends with when it frames the sites a visit sees.
  static let siteFrameEnds = ["现场", "工地", "项目", "等地", "等处"]

  /// Clauses that frame sites: 在A项目现场，…; 在A、B建设现场，…; 在A、B等地，… (a list the
  /// words after it call places, whatever its items are: only its works are reviewed).
  func siteFrames() -> [Range<Int>] {
    var frames: [Range<Int>] = []
    var start = 0
    for end in 0...text.count where end == text.count || Self.clauseEnds.contains(text[end]) {
      defer { start = end + 1 }
      guard end > start + 2 else { continue }
      if text[start] == "在" && Self.siteFrameEnds.contains(where: { ends($0, at: end) })
        || isSiteFrame(start..<end)
      {
        frames.append(start..<end)
      }
    }
    return frames
  }

  /// The official named first after `position` in the same clause: 在A现场，甲察看…; a firm's
  /// manager or a host who tells of the work there (在A，项目负责人乙介绍…) reviews nothing.
  func personAfter(_ position: Int) -> String? {
    let end = clauseEnd(after: position + 1)
    let report = lexicon.list(.reportWord)
    // 在A，区委书记甲介绍了项目情况: the host who tells of the work is no visitor.
    return entities.first(where: {
      $0.className == .official && $0.mention.start > position && $0.mention.end <= end
        && !isNotLeading($0.mention) && report.longestLength(in: text, at: $0.mention.end) == nil
    })?.name
  }

  /// The leaders a sentence names as making a visit without a review cue of their own: 由甲带队,
  /// 甲、乙率代表团来我区考察, 甲一行.
  func visitLeaders() -> [String] {
    let lead = lexicon.list(.visitLead)
    // Only right after a name: one look-up a person, not a scan of the sentence. Each team's
    // leader leads (由甲带队…组成的考察团，及乙带队…组成的考察团分别…).
    var agents: [String] = []
    for person in entities
    where isPerson(person.className) && lead.longestLength(in: text, at: person.mention.end) != nil
      && !isNotLeading(person.mention) && !agents.contains(person.name)
    {
      for agent in withFellowLeaders(person, before: person.mention.end)
      where !agents.contains(agent) {
        agents.append(agent)
      }
    }
    return agents
  }

  /// At a visit's cue, the leaders of every team the sentence names (甲带队…，及乙带队…分别
  /// 考察) when the cue's own subject is one of them.
  func withTeamLeaders(_ agents: [String], _ leaders: [String], at cue: Int) -> [String] {
    guard leaders.count > 1, !agents.isEmpty, agents.allSatisfy({ leaders.contains($0) }),
      isVisitCue(at: cue)
    else { return agents }
    return leaders
  }

  /// The leader and those named with them before `position` (区委书记甲，区长乙率…).
  func withFellowLeaders(
    _ person: SentenceEntity, before position: Int
  ) -> [String] {
    var agents: [String] = []
    // Those listed before the leader as one subject: no verb between them.
    var start = person.mention.start
    var earlier: [String] = []
    while let previous = entities.last(where: {
      isPerson($0.className) && $0.mention.end <= start && !isNotLeading($0.mention)
    }), isSubjectGap(previous.mention.end..<start) {
      earlier.insert(previous.name, at: 0)
      start = previous.mention.start
    }
    agents = earlier + [person.name]
    // And those after it up to the lead word or cue (甲、乙率…).
    var end = person.mention.end
    while let next = entities.first(where: {
      isPerson($0.className) && $0.mention.start >= end && $0.mention.end <= position
    }), isSubjectGap(end..<next.mention.start), !isNotLeading(next.mention) {
      if !agents.contains(next.name) { agents.append(next.name) }
      end = next.mention.end
    }
    return agents
  }

  /// Between two leaders of one subject: only posts, commas and 和 — no cue, no sentence end.
  func isSubjectGap(_ gap: Range<Int>) -> Bool {
    guard gap.count <= 24 else { return false }
    if gap.contains(where: { "。；;！？（）()".unicodeScalars.contains(text[$0]) }) { return false }
    if allCues.contains(where: { gap.contains($0.start) }) { return false }
    let lead = lexicon.list(.visitLead)
    let along = lexicon.list(.visitAlong)
    return !gap.contains {
      lead.longestLength(in: text, at: $0) != nil || along.longestLength(in: text, at: $0) != nil
    }
  }

  /// Whether the person is no leader of the visit: one who goes along, or a byline's reporter
  /// ((记者 甲) 10月7日，区长乙调研…).
  func isNotLeading(_ mention: Mention) -> Bool {
    isCompanion(mention) || isByline(mention)
  }

  /// A name inside brackets, or after 记者, 通讯员 or 摄影: who wrote the story.
  func isByline(_ mention: Mention) -> Bool {
    var position = mention.start - 1
    while position >= 0 {
      let scalar = text[position]
      if "（(".unicodeScalars.contains(scalar) { return true }
      if "）)".unicodeScalars.contains(scalar) || Self.clauseEnds.contains(scalar) { break }
      position -= 1
    }
    return ["记者", "通讯员", "摄影", "编辑"].contains { word in
      (max(0, mention.start - 4)..<mention.start).contains { starts(word, at: $0) }
    }
  }

  /// Whether the person goes along and does not lead: 甲陪同, 在甲的陪同下, 甲等参加调研, a roster
  /// of posts and names parted by commas that ends in such a word (甲，某职乙，某职丙参加调研), or
  /// taken along after 带领 (带领乙来到…).
  func isCompanion(_ mention: Mention) -> Bool {
    let along = lexicon.list(.visitAlong)
    var end = clauseEnd(after: mention.end)
    let cueStarts = Set(allCues.lazy.map(\.start).filter { $0 >= mention.end })
    var personEnds: [Int: Int] = [:]
    for entity in entities where isPerson(entity.className) && entity.mention.start >= mention.end {
      personEnds[entity.mention.start] = entity.mention.end
    }
    var position = mention.end
    var listed = mention.end
    while true {
      if position < end, isTogetherAlong(at: position), goesAlongWithOthers(mention, before: position) {
        return true
      }
      if position >= end {
        // 甲，某职乙，某职丙参加调研: the roster goes on past a comma when only a post stands
        // before the next person.
        guard position == end else { break }
        // …，某单位部分委员等参加调研: the roster's last item unnamed.
        if rosterEndsAlong(after: end) { return true }
        guard let next = rosterNext(after: end) else { break }
        listed = next.end
        position = next.end
        end = clauseEnd(after: next.end)
        continue
      }
      if let word = along.longest(in: text, at: position) {
        // 甲、乙在某局负责人陪同下调研: those the frame 在…陪同下 names go along, not 甲、乙.
        let after = position + word.word.count
        let frame =
          (listed..<position).contains { text[$0] == "在" }
          && (word.word.last == "下" || after < text.count && text[after] == "下")
        if !frame { return true }
        break
      }
      // The companion's clause ends at its verb: 甲陪同 but not 甲来到…，乙陪同.
      if cueStarts.contains(position) { break }
      // 甲在乙陪同下: the word after another person is theirs, unless listed with them
      // (甲、乙陪同).
      if let otherEnd = personEnds[position] {
        let gap = listed..<position
        guard gap.count <= 12, !gap.contains(where: { text[$0] == "在" }) else { break }
        listed = otherEnd
        position = otherEnd
        continue
      }
      position += 1
    }
    let start = clauseStart(before: mention.start)
    let lead = lexicon.list(.visitLead)
    for position in start..<mention.start {
      if let word = lead.longest(in: text, at: position), word.word != Array("一行".unicodeScalars),
        entities.contains(where: { isPerson($0.className) && $0.mention.end <= position })
      {
        return true
      }
    }
    return false
  }

  /// 县委副书记丙一同前往。副县长丁等一同调研，: 一同 or 一起 and a verb of the visit with nothing
  /// after it in its clause — no site, no object — says who goes along with the leaders named
  /// before (ruling: who reviews). 甲与乙一同察看了A is a visit of their own: its verb has an
  /// object.
  func isTogetherAlong(at position: Int) -> Bool {
    guard position + 3 < text.count, text[position] == "一",
      text[position + 1] == "同" || text[position + 1] == "起"
    else { return false }
    let at = position + 2
    guard
      let verb = lexicon.list(.visitAlong).longest(in: text, at: at)
        ?? lexicon.list(.listVisit).longest(in: text, at: at)
        ?? lexicon.list(.visitWord).longest(in: text, at: at)
    else { return false }
    var after = at + verb.word.count
    if after + 1 < text.count, text[after] == "活", text[after + 1] == "动" { after += 2 }
    return after == text.count || Self.clauseEnds.contains(text[after])
  }

  /// Whether those before 一同 at `position` go along with a visit others lead: the article has
  /// named its leaders before, and nothing in the clause makes them lead it themselves — a lead
  /// word (甲带领乙一同调研) or a joiner of fellow leaders (甲与乙一同调研).
  func goesAlongWithOthers(_ mention: Mention, before position: Int) -> Bool {
    guard !previousReviewers.isEmpty else { return false }
    let lead = lexicon.list(.visitLead)
    let start = clauseStart(before: mention.start)
    return !(start..<position).contains {
      lead.longestLength(in: text, at: $0) != nil || "与和同跟".unicodeScalars.contains(text[$0])
    }
  }

  /// The next person of a roster after the comma at `comma`: only a post (no verb, cue, lead or
  /// along word, no preposition) stands between the comma and their name.
  func rosterNext(after comma: Int) -> Mention? {
    guard comma < text.count, text[comma] == "，" || text[comma] == "," else { return nil }
    guard
      let next = entities.first(where: {
        isPerson($0.className) && $0.mention.start > comma
      })?.mention
    else { return nil }
    let gap = (comma + 1)..<next.start
    guard gap.count <= 20, isSubjectGap(gap),
      !gap.contains(where: { "与同向对在跟为给把被和及，,".unicodeScalars.contains(text[$0]) })
    else { return nil }
    return next
  }

  /// Whether the clause after the comma at `comma` is an unnamed roster item (某委员会部分委员等)
  /// followed by a word of going along.
  func rosterEndsAlong(after comma: Int) -> Bool {
    guard comma < text.count, text[comma] == "，" || text[comma] == "," else { return false }
    let along = lexicon.list(.visitAlong)
    let limit = min(text.count, comma + 22)
    guard
      let at = ((comma + 1)..<limit).first(where: { along.longestLength(in: text, at: $0) != nil }),
      at > comma + 1, text[at - 1] == "等"
    else { return false }
    let gap = (comma + 1)..<at
    return isSubjectGap(gap)
      && !gap.contains(where: { "与同向对在跟为给把被，,".unicodeScalars.contains(text[$0]) })
      && !entities.contains(where: { gap.contains($0.mention.start) && !isPerson($0.className) && $0.className != .organization })
  }

  /// Where an agenda item's number ends (一是, 一、, （一）, 1., 2、) and its name may begin; 1
  /// past an opening mark otherwise.
  func ordinalEnd() -> Int {
    var position = 0
    if position < text.count, "（(".unicodeScalars.contains(text[position]) { position += 1 }
    let numerals = "一二三四五六七八九十0123456789"
    while position < text.count, numerals.unicodeScalars.contains(text[position]) {
      position += 1
    }
    guard position > 0 else { return 1 }
    if position < text.count, "是、.．）)".unicodeScalars.contains(text[position]) {
      return position + 1
    }
    return 1
  }

  /// 会议, 会上: the article's meeting; 会后 and 会前 are times, not the meeting.
  func isBareMeeting(at position: Int) -> Bool {
    guard let word = lexicon.list(.meetingBare).longest(in: text, at: position) else {
      return false
    }
    let end = position + word.word.count
    return !(word.word.count == 1 && end < text.count && "后前见".unicodeScalars.contains(text[end]))
  }

  /// Whether a report (汇报, 情况, 介绍) is written at or after `from`.
  func hasReport(from: Int) -> Bool {
    let reportWords = lexicon.list(.reportWord)
    return (from..<text.count).contains { reportWords.longestLength(in: text, at: $0) != nil }
  }

  /// The article's meeting, by its canonical name.
  func articleMeeting() -> String? {
    guard let meeting = sentence.context.meeting else { return nil }
    return reading.canonical[DocumentReading.key(.meeting, meeting)]
  }

  /// The article's meeting when the sentence opens with it (会议听取了…, 会上，…).
  func openingMeeting() -> String? {
    var position = 0
    // 7月20日，会议… : past a date clause.
    if let comma = text.prefix(12).firstIndex(where: { $0 == "，" || $0 == "," }),
      text[..<comma].contains("日")
    {
      position = comma + 1
    }
    guard isBareMeeting(at: position), let meeting = sentence.context.meeting
    else { return nil }
    return reading.canonical[DocumentReading.key(.meeting, meeting)]
  }

  /// The meeting or the leaders that review at a cue: a meeting named before it, the article's
  /// meeting when a bare word stands for it, else the sentence's first person who does not go
  /// along and those named with them as one subject. Empty when the cue has no subject of its
  /// own (它 goes on with the reviewers before).
  func reviewers(before cue: Int, meetingOpens: String?) -> [String] {
    // A meeting hears, studies and decides; who visits sites (来到, 察看, 调研) are people, even
    // after a ceremony or meeting the sentence names.
    if isVisitCue(at: cue) { return leaders(before: cue) }
    let start = clauseStart(before: cue)
    let bareMeetingBefore = (max(0, start)..<cue).contains { isBareMeeting(at: $0) }
    let meetingsBefore = entities.filter {
      $0.className == .meeting && $0.mention.end <= cue
        && !(meetingOpens != nil && isConveyed($0.mention))
    }
    // 主持召开甲会议，研究…召开乙大会等事项，研究A项目: a meeting the agenda plans is a topic;
    // the article's meeting, named before it, hears the works.
    if meetingsBefore.count > 1, let current = articleMeeting(),
      let own = meetingsBefore.first(where: { $0.name == current })
    {
      return [own.name]
    }
    if let meeting = meetingsBefore.last {
      return [meeting.name]
    }
    if bareMeetingBefore, let meeting = articleMeeting() {
      return [meeting]
    }
    if let meetingOpens { return [meetingOpens] }
    // 甲主持召开会议，研究A: a meeting named by its kind word only hears A; with no meeting named
    // in the article, no one reviews it (a bare kind word names nothing, so no chair's reviews).
    if convenesBareMeeting(before: cue) {
      return articleMeeting().map { [$0] } ?? []
    }
    return leaders(before: cue)
  }

  /// Whether the cue at `position` is one of a visit (来到, 察看, 调研…), not of an agenda.
  func isVisitCue(at position: Int) -> Bool {
    lexicon.list(.listVisit).longestLength(in: text, at: position) != nil
      || lexicon.list(.visitWord).longestLength(in: text, at: position) != nil
      || lexicon.list(.visitCue).longestLength(in: text, at: position) != nil
  }

  /// Whether a meeting can review at `cue`: it hears, studies, deliberates or decides on a work;
  /// a visit (察看, 深入, 实地了解) is made by people, whatever meeting stands before it
  /// (某县人民代表大会的全体代表先后深入A、B).
  func isMeetingCue(_ cue: (start: Int, end: Int, pattern: ExtractionPattern)) -> Bool {
    let word = ScalarString.make(text[cue.start..<cue.end])
    return !isVisitCue(at: cue.start) && Self.meetingReviewCues.contains(word)
  }

  static let meetingReviewCues: WordSet = [
    "听取", "审议", "研究", "原则同意", "原则通过", "审查批准", "商议", "讨论", "审定", "评审", "决定",
    "审查", "票决确定", "票决通过", "票决产生",
  ]

  /// The sentence's first person before `cue` who does not go along, with those named with them.
  func leaders(before cue: Int) -> [String] {
    guard
      let person = entities.first(where: {
        isPerson($0.className) && $0.mention.end <= cue && !isNotLeading($0.mention)
      })
    else { return [] }
    return withFellowLeaders(person, before: cue)
  }

  /// Whether `name` is a meeting the article names.
  func isMeeting(_ name: String) -> Bool {
    reading.canonical[DocumentReading.key(.meeting, name)] != nil
      || entities.contains { $0.className == .meeting && $0.name == name }
  }
}
