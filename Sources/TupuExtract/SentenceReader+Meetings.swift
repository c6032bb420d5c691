import TupuOntology

extension SentenceReader {
  /// Named meetings: a run of name characters (digits and brackets allowed) ending in a meeting
  /// word, from a cue (召开, 主持…) or the start of the clause: 八届区委常委会第9次会议.
  mutating func readMeetings(context: inout ArticleContext) {
    let suffixes = lexicon.list(.meetingSuffix)
    var index = 0
    var claimedUntil = 0
    while index < text.count {
      guard !taken[index], let suffix = suffixes.longest(in: text, at: index) else {
        index += 1
        continue
      }
      var end = index + suffix.word.count
      // 专题会 + 议, 座谈会 + 议: the longer ending wins over the shorter one inside it.
      if end < text.count, text[end] == "议", text[end - 1] == "会" { end += 1 }
      if end < text.count, lexicon.list(.notMeetingAfter).longestLength(in: text, at: end) != nil
        || modifiesNounAfter(activityEndingAt: end)
      {
        index = end
        continue
      }
      // Extend over what the same name goes on with: 常委会 + 第27次会议, (扩大)会议暨…会议.
      var probe = end
      // Where a session's name ends inside a longer one (…第三次会议|第二次全体会议).
      var joints: [Int] = []
      // 传达某某工作座谈会会议精神: 会议 written again after a kind word that names the meeting is
      // no part of its name (某某工作座谈会); the name ends where it was doubled.
      var doubledAt: Int? = nil
      while probe < text.count, isMeetingCharacter(probe), probe - end < 30 {
        if lexicon.list(.meetingBoundary).longestLength(in: text, at: probe) != nil { break }
        if let next = suffixes.longest(in: text, at: probe) {
          var nextEnd = probe + next.word.count
          if nextEnd < text.count, text[nextEnd] == "议", text[nextEnd - 1] == "会" { nextEnd += 1 }
          // 县人大常委会三楼会议室: a room of the body's, no longer name of a meeting.
          if nextEnd < text.count, lexicon.list(.notMeetingAfter).longestLength(in: text, at: nextEnd) != nil
            || modifiesNounAfter(activityEndingAt: nextEnd)
          {
            break
          }
          if probe == end, next.word.elementsEqual("会议".unicodeScalars), isDoubledKind(endingAt: end) {
            doubledAt = end
            end = nextEnd
            break
          }
          joints.append(end)
          probe = nextEnd
          end = probe
          continue
        }
        probe += 1
      }
      // 某巡回赛(某赛段)活动, 参加某联席会活动, 出席某分会场活动: 活动 after a name that already
      // ends in its kind word (a bracketed part between) is the clause's word for the event; the
      // name ends before it.
      // (The scan goes on after 活动 all the same.)
      let scannedEnd = end
      if doubledAt == nil, let kind = kindEndBeforeActivity(index: index, end: end, joints: joints) {
        if kind.start < index { index = kind.start }
        if kind.dropsJoint { joints.removeLast() }
        end = kind.end
      }
      var start = index
      var partyStart = false
      // 青山映水 第十一届某某节: a headline's lead set apart by a space or a blank line is no
      // part of the name that opens after it with its edition or year.
      while start > claimedUntil, start - 1 >= 0, isMeetingCharacter(start - 1), end - start < 40,
        !isDateOrPageEnd(start), spaces.isEmpty || !leadEnds(before: start, spaces: spaces)
      {
        // 稳就业工作推进会: 就 ends names, 就业 does not.
        if let boundary = lexicon.list(.meetingBoundary).longest(in: text, endingAt: start),
          lexicon.list(.notAStop).longestLength(in: text, at: start - boundary.word.count) == nil
        {
          // 某和县政协十届一次会议: a stop word inside a county's own name (the gazetteer's) is none.
          if isInsideCountyName(start - 1) {
            start -= 1
            continue
          }
          // 党的某某精神宣讲报告会, 全镇党的某某主题教育动员大会: 的 after 党 is part of the name
          // (the party's), not the particle that ends a clause before it; the name begins at 党,
          // or at a scope right before it (推动党的某某: the verb is no part).
          guard isPartysOf(start) else { break }
          start -= 2
          partyStart = true
          if let scope = Self.scopes.first(where: { ends($0, at: start) }) {
            start -= scope.unicodeScalars.count
          }
          break
        }
        start -= 1
      }
      // 2024—某某展销会, 2024′某某文化节, 中国某县·某某揭幕活动: a year joined to the name by a dash
      // or a prime, or the country's brand joined by a middle dot, opens the name; the mark ends
      // nothing.
      while let joined = startOverJoiningMark(start, end: index, floor: claimedUntil) { start = joined }
      // 在统筹推进甲和乙工作部署会议上, 贯彻甲和乙推进会议和某分会场精神: a topic joined by 和 (or
      // listed in 、) is one name back to its cue, and the cue it reaches introduces the meeting.
      let joined = startOverJoinedTopics(start, end: end, floor: claimedUntil)
      if let joined { start = joined }
      // 某(甲及乙)委员会第三次会议: a word inside brackets the name closes ends nothing.
      if let open = openingBracket(closedIn: start..<end) {
        start = open
        while start > claimedUntil, start - 1 >= 0, isMeetingCharacter(start - 1), end - start < 50,
          lexicon.list(.meetingBoundary).longest(in: text, endingAt: start) == nil
        {
          start -= 1
        }
      }
      // 召开某某“甲乙、丙丁”推进会: a name read back from its kind word stops at the comma
      // inside the quotes; the slogan quoted whole belongs to it, and so does what goes before.
      if let open = openingQuote(closedIn: start..<end) {
        start = open
        while start > claimedUntil, start - 1 >= 0, isMeetingCharacter(start - 1), end - start < 50,
          lexicon.list(.meetingBoundary).longest(in: text, endingAt: start) == nil,
          !isDateOrPageEnd(start)
        {
          start -= 1
        }
      }
      // 打好全市“双竞赛”和“百日攻坚”活动: a kind word that ends a slogan quoted inside a name
      // read from before the quote is the slogan's word, not the name's end.
      if end < text.count, text[end] == "”",
        let open = (start..<index).last(where: { text[$0] == "“" }), open > start,
        !(open..<index).contains(where: { text[$0] == "”" })
      {
        index = max(end, scannedEnd)
        continue
      }
      // 召开辖区企业座谈会: 辖区 ends other names (新市辖区…成员单位) but right after a cue it
      // begins the meeting's.
      if start >= 2, text[start - 2] == "辖", text[start - 1] == "区",
        lexicon.list(.meetingCue).longest(in: text, endingAt: start - 2) != nil
      {
        start -= 2
      }
      // 经县政府常务会议研究, 根据某会议精神: the lead-in is no part of the name, and names it.
      let leadIn = leadInEnd(in: start..<index)
      if let leadIn { start = leadIn }
      // 筹备好、召开好某会议: 好 completes the verb before it, and begins no name.
      var cueEnd = start
      if start < index, text[start] == "好", start > 0, Self.verbsBeforeGood.contains(text[start - 1]) {
        cueEnd = start
        start += 1
      }
      // “某某捐赠仪式”在某地举行: a name quoted whole is read without its quotes.
      let quotedWhole =
        end < text.count && text[end] == "”" && text[start] == "“"
        && !((start + 1)..<end).contains { text[$0] == "”" }
      let cued =
        start > 0 && lexicon.list(.meetingCue).longest(in: text, endingAt: cueEnd) != nil
        || joined != nil && start == joined
        || isJoinedToMeeting(at: start) || leadIn != nil && !ends("活动", at: end)
        || isHeld(after: quotedWhole ? end + 1 : end)
        || isSpokenOfAt(start: start, end: end)
        || isSpiritOf(start: start, kind: index, end: end)
        || isDatedActivity(start: start, end: end)
      let marked = (start..<end).contains {
        lexicon.list(.meetingMarker).longestLength(in: text, at: $0) != nil
      }
      // A marked name read without a cue starts where no name goes on: punctuation, or a word
      // names never span when it is numbered (学习贯彻党的|十八届三中全会).
      let numbered = (start..<end).contains { "届次第暨".unicodeScalars.contains(text[$0]) }
        || lexicon.list(.meetingMarker).contains(suffix.word[...])
      // 希望全区要坚定把“某某”活动作为…, 推进“某某”活动的号召, 全市某某活动即将展开: 活动 read
      // back to a clause's start with only a marker word (全区, 推进) and no cue is a campaign
      // spoken of, no event held; a numbered one (第二批, 暨) is still an event, and so is one
      // after an adverb and its verb (全力推进“某某”活动, whose name begins at the quote).
      let campaignSpokenOf = !cued && ends("活动", at: end) && !numbered
        && quoteAfterAdverbVerb(at: start, before: index) == nil
      let cueBefore =
        cued || marked && !campaignSpokenOf
          && (start == 0 || !isMeetingCharacter(start - 1) || isDateOrPageEnd(start)
            || numbered && lexicon.list(.meetingBoundary).longest(in: text, endingAt: start) != nil
            || numbered && partyStart)
      var nameStart = quotedWhole ? start + 1 : start
      while nameStart < index, text[nameStart] == "(" || text[nameStart] == "（" { nameStart += 1 }
      // 此次县十七届人大常委会第十次会议审议…: the pointer before a name that goes on to number the
      // meeting (a term, 第) is no part of it; 此次专题调研活动 stays the article's meeting.
      if nameStart + 2 < index, text[nameStart + 1] == "次",
        "此本这该".unicodeScalars.contains(text[nameStart]),
        (nameStart + 2..<end).contains(where: { text[$0] == "届" || text[$0] == "第" })
      {
        nameStart += 2
      }
      // 组织了一次某某座谈会, 举行了一场某某活动: the count after 了 is no part of the name.
      if nameStart + 2 < index, nameStart > 0, text[nameStart - 1] == "了", text[nameStart] == "一",
        text[nameStart + 1] == "次" || text[nameStart + 1] == "场"
      {
        nameStart += 2
      }
      // 观看区第三次党代会, 努力完成旗某届人大某次会议, 落实好县委全会: a verb, an adverb or a
      // complement before a level word is no place; the name begins at the level.
      if !quotedWhole,
        let level = (nameStart..<index).first(where: {
          isBareLevel(at: $0, after: nameStart) && !followsScope(at: $0)
        })
      {
        nameStart = level
      }
      // 全力推进“某某”活动, 首次启动“某某”义诊活动: an adverb and its verb right before the quoted
      // slogan are the clause's; the name begins at the quote.
      if !quotedWhole, let open = quoteAfterAdverbVerb(at: nameStart, before: index) {
        nameStart = open
      }
      // 要践行县委某某会议精神: with no cue right before the name, a meeting's spirit, or a name
      // read back to a word that stops it, begins at the level's body or scope that opens it, not
      // at the clause's words before (`levelOpener(in:)`); a name held from the clause's start
      // (3月1日，青山县政协第七届第二次会议召开) keeps what goes before its level.
      if !quotedWhole, start > 0,
        starts("精神", at: end) || isJoinedToSpirit(end) || isMeetingCharacter(start - 1),
        lexicon.list(.meetingCue).longest(in: text, endingAt: cueEnd) == nil,
        joined == nil, leadIn == nil, let opener = levelOpener(in: nameStart..<index)
      {
        nameStart = opener
      }
      let own = nameStart..<index
      // 二十大 names itself; any other kind word needs a name before it.
      // 召开常委会会议: a standing committee's meeting is named by its body's kind (常委会), the
      // body the one that convenes it.
      let committeeMeeting = suffix.word.count == 3 && starts("常委会", at: index) && end > index + 3
      let namesItself =
        own.isEmpty && (lexicon.list(.meetingMarker).contains(suffix.word[...]) || committeeMeeting)
      let generic =
        !namesItself && (own.count < 2 || isGenericMeetingName(own))
      // 规划设计单位要按照此次会议: a name ending in 此次, 本次 is the bare kind word.
      // 要针对本次视察活动: 本次 anywhere in it makes it the article's meeting spoken of again.
      // 本届某某文化节, 该专场招商会: a pointer that opens the name (with the counter of editions,
      // or 该 alone) points back to the meeting the article named in full; it names none anew.
      let endsGeneric = own.contains { position in
        position + 1 < index && text[position + 1] == "次"
          && "此本这该".unicodeScalars.contains(text[position])
      } || pointsBack(at: nameStart, before: index)
      // 某区人大常委会组织…: a standing committee named without a cue or a number is the body.
      // 听取了某区人大常委会关于…的汇报: a cue that does not hold a meeting (听取, 了) leaves it the body.
      let heldCue = Self.holdingCues.contains { ends($0, at: cueEnd) } || isHeld(after: end)
      // 受区政协八届常委会委托, 十三届县政协常委会工作报告, 历届人大常委会主要领导: a term (届)
      // alone dates the committee, the body of that term; only a sitting's number (第, 次, 五届
      // 二十九次常委会) makes it a meeting.
      let termOnly = numbered && !lexicon.list(.meetingMarker).contains(suffix.word[...])
        && !(start..<end).contains { "次第暨".unicodeScalars.contains(text[$0]) }
      let bodyOnly = suffix.word.count == 3 && ends("常委会", at: end) && !heldCue
        && (!numbered || termOnly)
      // 区人大常委会主任: a body in a post, not a meeting.
      // 某区人大常委会召开…: a body that convenes, not a meeting.
      // 某会议主席团(举行第一次会议): the session's presidium, no post.
      let presidium = starts("主席团", at: end)
      let heldPost =
        !presidium && lexicon.roles.longestLength(in: text, at: end) != nil
        || lexicon.leaderPosts.longestLength(in: text, at: end) != nil
        || ends("常委会", at: end) && (starts("召开", at: end) || starts("举行", at: end))
        || ends("常委会", at: end) && isHeld(after: end) && !numbered
      // 第二小组(在某会议室)召开小组讨论会: the group's own discussion, named with the group.
      let group = groupMeeting(own: own, start: start)
      // 某会议召开预备会 (a session's part), 区委常委会举行会议 (a body's meeting by its kind).
      let session = sessionOfPart(nameStart: nameStart, end: end)
      let body = session == nil ? bodyBeforeKind(nameStart: nameStart, end: end) : nil
      // 甲、乙等十个项目的集中开工仪式(在某地)举行: the works before 的 name the ceremony.
      if generic, session == nil, body == nil, group == nil,
        let topic = ceremonyTopicStart(before: nameStart, end: end)
      {
        nameStart = topic
      }
      let topicNamed = generic && nameStart < start
      // 然后某某镇第三届人代会第二次会议在…召开: a common verb, adverb, preposition or conjunction
      // (the shared leading-word list) at the start of a meeting's own name is no part of it; the
      // name begins after it, and names nothing when too little is left (然后座谈会).
      let afterWord =
        quotedWhole || session != nil || body != nil || group != nil || topicNamed
        ? nameStart : startAfterLeadingWord(nameStart, index: index)
      let wordOnly = afterWord > nameStart && (index - afterWord < 2 || isGenericMeetingName(afterWord..<index))
      // 为了深化某某共建活动, 开展了系列某某活动: 活动 after a verb that carries a campaign on, or
      // after 系列, is a campaign or a series of them, no event held on a day.
      let campaign = !quotedWhole && ends("活动", at: end)
        && Self.campaignLeads.contains { starts($0, at: nameStart) || starts($0, at: afterWord) }
      if cueBefore && (!generic || group != nil || session != nil || body != nil || topicNamed)
        && !heldPost && !endsGeneric && !bodyOnly && !wordOnly && !campaign
      {
        nameStart = afterWord
        let name = (session ?? body.map { string($0) } ?? group ?? "")
          + string(nameStart..<(doubledAt ?? end))
        _ = addMention(
          Mention(start: nameStart, end: end, className: .meeting, name: name, via: "meeting-name"))
        for position in nameStart..<end { taken[position] = true }
        addSession(of: nameStart..<end, joints: joints)
        addBodyAtHead(of: nameStart..<end)
        // 召开某会议, and 某会议(随即)召开: the meeting the sentences after speak of.
        let convened = ["召开", "举行"].contains { cue in
          ends(cue, at: nameStart) || (end...min(text.count, end + 2)).contains { starts(cue, at: $0) }
        }
        // 以优异成绩迎接党的某大会胜利召开, 会议决定召开某大会, 决定了某大会召开日期: a meeting
        // greeted as coming, decided on or prepared is not the article's.
        let greeted = DocumentReading.isGreeted(before: nameStart, in: text)
          || DocumentReading.plannedBefore.contains { ends($0, at: nameStart) }
          || DocumentReading.preparedFor.contains { starts($0, at: end) }
        if greeted {
          // Neither held here nor the meeting the sentences after speak of.
        } else if convened {
          context.meeting = name
          context.meetingIntroduced = true
        } else if context.meeting == nil, !starts("精神", at: end), !starts("期间", at: end) {
          // 以某全会精神为指导: a meeting named for its spirit is a topic, never the article's
          // meeting (an attendance list later, 甲、乙参加, is not of it).
          context.meeting = name
        }
        claimedUntil = end
      } else if generic {
        noteUnnamedEvent(before: start, context: &context)
      } else if heldPost, numbered, ends("常委会", at: end) {
        addTermBody(nameStart..<end)
      }
      index = max(end, scannedEnd)
    }
    addPresidiumBodies()
  }

  /// Whether the kind word ending at `end` ends in 会 and names a meeting by what it does
  /// (座谈会, 调度会, 推进会), so that 会议 written right after it doubles it. A body's kind
  /// (常委会, 促进会) or a congress (大会, 全会, 党代会) goes on into its own 会议.
  func isDoubledKind(endingAt end: Int) -> Bool {
    guard let kind = lexicon.list(.meetingSuffix).longest(in: text, endingAt: end),
      kind.word.count >= 3, text[end - 1] == "会"
    else { return false }
    return !Self.kindsBeforeOwnMeeting.contains { ends($0, at: end) }
  }

  /// Kinds ending in 会 that a meeting of their own goes on from (常委会会议, 代表大会会议).
  static let kindsBeforeOwnMeeting = [
    "常委会", "专委会", "促进会", "大会", "全会", "代表大会", "人代会", "职代会", "团代会", "妇代会", "党代会",
  ]

  /// Whether a county the gazetteer knows, with a stop word in its name (某和县), is written over
  /// `index`: the longest county from each start up to six characters back.
  func isInsideCountyName(_ index: Int) -> Bool {
    let counties = lexicon.list(.county)
    return (max(0, index - 6)...index).contains { from in
      counties.longest(in: text, at: from).map { from + $0.word.count > index } ?? false
    }
  }

  /// 党的 ending at `index`, the party's own (not 政党的, 入党的, 全党的, 爱党的).
  func isPartysOf(_ index: Int) -> Bool {
    guard index >= 2, text[index - 1] == "的", text[index - 2] == "党", index < text.count,
      isMeetingCharacter(index)
    else { return false }
    return index == 2 || !Self.partyWordStarts.contains(text[index - 3])
  }

  /// 入党, 政党, 全党, 爱党, 建党, 跟党, 听党, 护党: words ending in 党 that are not the party.
  static let partyWordStarts: ScalarChoice = ["入", "政", "全", "爱", "建", "跟", "听", "护"]

  func isMeetingCharacter(_ index: Int) -> Bool {
    guard index >= 0, index < text.count, !taken[index] else { return false }
    let scalar = text[index]
    // A phone number before a name is no part of it (a year is four digits at most).
    if Self.isDigit(scalar) {
      var run = 0
      var position = index
      while position >= 0, Self.isDigit(text[position]) { run += 1; position -= 1 }
      // 上午9:30某会议在某地召开: the minutes of a clock time are no part of the name either.
      if position >= 0, text[position] == ":" || text[position] == "：" { return false }
      position = index + 1
      while position < text.count, Self.isDigit(text[position]) { run += 1; position += 1 }
      return run <= 4
    }
    // Quotes mark a slogan inside a name: 第七期“三个一批”项目集中开工仪式.
    return Self.isIdeograph(scalar) || "()（）“”".unicodeScalars.contains(scalar)
      || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
  }

  /// Where a name read back to a joining mark begins when the mark joins its parts: a year of
  /// four digits right before a single dash or a prime (2024—某某展销会, 2024′某某文化节), or a
  /// run beginning with 中国 right before a middle dot (中国·某县第六届某某节, 中国某县·某某揭幕活动).
  /// Gives the start before the mark, or nil.
  func startOverJoiningMark(_ start: Int, end: Int, floor: Int) -> Int? {
    guard start < end, start - 2 >= floor, Self.isIdeograph(text[start]) else { return nil }
    let mark = text[start - 1]
    if Self.yearJoiningMarks.contains(mark) {
      var digits = start - 1
      while digits - 1 >= floor, Self.isDigit(text[digits - 1]) { digits -= 1 }
      guard start - 1 - digits == 4, text[digits] == "1" || text[digits] == "2",
        digits == 0 || !Self.yearJoiningMarks.contains(text[digits - 1])
      else { return nil }
      return digits
    }
    guard Self.nameDots.contains(mark) else { return nil }
    var run = start - 1
    while run - 1 >= floor, isMeetingCharacter(run - 1), start - run < 12,
      lexicon.list(.meetingBoundary).longest(in: text, endingAt: run) == nil
    {
      run -= 1
    }
    return (run..<(start - 1)).first { $0 + 2 <= start - 1 && starts("中国", at: $0) }
  }

  /// Marks that join a year to the name it opens (2024—, 2024′).
  static let yearJoiningMarks: ScalarChoice = ["—", "–", "-", "′"]

  /// The reach of a meeting said without its name (全市会议精神).
  static let scopes = ["全区", "全县", "全市", "全省", "全镇", "全乡", "全国", "全州", "全旗", "上级"]
  static let ceremonyKinds = ["仪式", "典礼", "活动", "开幕式"]

  /// Words a campaign's name begins with (深化某某活动) or a series' (系列某某活动).
  static let campaignLeads = ["深化", "系列"]

  /// Whether 活动 ending at `end` modifies the noun written right after it: a campaign's month
  /// (委员活动月), a group that carries it out (某委员活动组), its plan (宣传活动策划, 活动方案) or the
  /// works it counts (某某活动项目28个). No event's name ends there (活动组织 is organizing it).
  func modifiesNounAfter(activityEndingAt end: Int) -> Bool {
    guard end >= 2, end < text.count, ends("活动", at: end) else { return false }
    if text[end] == "组" { return end + 1 >= text.count || text[end + 1] != "织" }
    return Self.nounsAfterActivity.contains { starts($0, at: end) }
  }

  /// Nouns 活动 modifies when written before them (besides 组, read apart from 组织).
  static let nounsAfterActivity = ["月", "策划", "方案", "项目"]

  /// Cues that say a meeting was held, not only spoken of.
  static let holdingCues = ["召开", "召开了", "举行", "举行了", "主持", "出席", "列席", "参加"]

  /// 开好, 办好, 筹备好, 组织好: verbs 好 completes.
  static let verbsBeforeGood: ScalarChoice = ["开", "办", "备", "织"]

  /// 某仪式(隆重)举行, 某仪式在某地举行: the clause after a name says it was held.
  func isHeld(after end: Int) -> Bool {
    // 某培训班在某地开班, 某旅游节在某地开幕: an opening says it was held too.
    let cues = Self.heldCues
    // NB: the cues tried only where one of their first scalars stands.
    func cueStarts(_ position: Int) -> Bool {
      position < text.count && Self.heldCueStarts.contains(text[position])
        && cues.contains { starts($0, at: position) }
    }
    if (end...min(text.count, end + 2)).contains(where: cueStarts) {
      return true
    }
    guard end < text.count, text[end] == "在" || text[end] == "于" else { return false }
    var position = end + 1
    while position < min(text.count, end + 24), !ListReader.isClauseEnd(text[position]) {
      if cueStarts(position) { return true }
      position += 1
    }
    return false
  }

  /// Pointers that open a name read back from its kind word and point to a meeting named before
  /// (本届某某节, 该专场招商会, 这一次大会). (该县, 该区 end names before them: meeting-boundary.)
  static let pointersBack = ["本届", "该届", "此届", "这届", "这一届", "这一次"]

  /// Whether a pointer back opens the name at `start` (`pointersBack`, or 该 before anything but a
  /// level word: 该村 is the village's own).
  func pointsBack(at start: Int, before index: Int) -> Bool {
    guard start + 2 < index else { return false }
    if Self.pointersBack.contains(where: { starts($0, at: start) }) { return true }
    return text[start] == "该" && !"省市州县区镇乡村".unicodeScalars.contains(text[start + 1])
  }

  /// Words that say a meeting was held (`isHeld(after:)`).
  static let heldCues = ["举行", "召开", "举办", "开幕", "开班", "开赛"]
  /// The first scalars of `heldCues`.
  static let heldCueStarts = Array(Set(heldCues.compactMap(\.unicodeScalars.first)))

  /// A name made only of words that say what kind of meeting it is (本次, 集中开工, 捐赠).
  func isGenericMeetingName(_ own: Range<Int>) -> Bool {
    let generic = lexicon.list(.meetingGeneric)
    var position = own.lowerBound
    // 全市会议, 全县集中开工仪式: a scope alone names no meeting either, nor with a ceremony's
    // words; 全县督查工作会议 names its topic.
    let ceremony = Self.ceremonyKinds.contains { starts($0, at: own.upperBound) }
    var onlyScopes = true
    while position < own.upperBound {
      if let scope = Self.scopes.first(where: { starts($0, at: position) }) {
        position += scope.unicodeScalars.count
        continue
      }
      if position > own.lowerBound, onlyScopes, !ceremony { return false }
      onlyScopes = false
      // 开展1次活动: a count in digits (1次, 2场) is 一次, 两次 written otherwise.
      var digits = position
      while digits < own.upperBound, Self.isDigit(text[digits]) { digits += 1 }
      if digits > position, digits < own.upperBound, text[digits] == "次" || text[digits] == "场",
        position == own.lowerBound || !Self.isDigit(text[position - 1]),
        position == 0 || text[position - 1] != "第"
      {
        position = digits + 1
        continue
      }
      // 一批项目开竣工仪式: 项目 before a ceremony's kind is no topic of its own (项目初审会, a
      // meeting that hears works, names one).
      if ceremony, starts("项目", at: position), position + 2 <= own.upperBound {
        position += 2
        continue
      }
      guard let word = generic.longest(in: text, at: position),
        position + word.word.count <= own.upperBound
      else { break }
      position += word.word.count
    }
    return position == own.upperBound
  }
}

extension SentenceReader {
  /// Adverbs that open a clause of doing before a campaign's quoted slogan (全力推进“某某”活动).
  static let adverbsBeforeSlogan = verbAdverbs + ["扎实", "深入", "首次"]

  /// The opening quote two characters after one of `adverbsBeforeSlogan` at `start` (an adverb and
  /// its verb, 全力推进“), when the quote opens before the kind word at `index`.
  func quoteAfterAdverbVerb(at start: Int, before index: Int) -> Int? {
    for adverb in Self.adverbsBeforeSlogan where starts(adverb, at: start) {
      let quote = start + adverb.unicodeScalars.count + 2
      if quote < index, text[quote] == "“" || text[quote] == "\"" { return quote }
    }
    return nil
  }
}

extension SentenceReader {
  /// 某杯邀请赛(某赛区)活动, 某联席会活动: where the name ends when the 活动 that ends at `end`
  /// follows a kind word of its own (a meeting suffix read before it, `joints`), or a venue of a
  /// ceremony's (某分会场活动), with at most a bracketed part between. `start` is where that
  /// venue word begins when it was not read as a suffix (else `index`). Nil otherwise.
  /// `dropsJoint`: the last joint was where the kind word before 活动 ended.
  func kindEndBeforeActivity(
    index: Int, end: Int, joints: [Int]
  ) -> (start: Int, end: Int, dropsJoint: Bool)? {
    guard end - index >= 2, ends("活动", at: end) else { return nil }
    let activity = end - 2
    // 某巡回赛(某赛段)|活动: the bracket closes right before 活动.
    var kindEnd = activity
    if activity > 0, text[activity - 1] == ")" || text[activity - 1] == "）" {
      guard
        let open = (max(0, activity - 12)..<activity - 1).last(where: {
          text[$0] == "(" || text[$0] == "（"
        })
      else { return nil }
      kindEnd = open
    }
    if let joint = joints.last, joint == kindEnd, activity > index {
      return (index, activity, true)
    }
    guard let venue = Self.ceremonyVenues.first(where: { ends($0, at: kindEnd) }) else { return nil }
    // 某开工仪式石屏分会场活动: the name was read from a kind word before the venue.
    if activity > index { return (index, activity, false) }
    guard kindEnd == index else { return nil }
    return (index - venue.unicodeScalars.count, activity, false)
  }

  /// The venues a ceremony held in several places names its parts by (某开工仪式陵水分会场).
  static let ceremonyVenues = ["分会场", "主会场"]
}
