import TupuOntology

/// The article's principal meeting: the event its headline or first sentences say took place
/// (某项目开工仪式在某地隆重举行, 某区举办某公园开园仪式). Attendance lists at the end (区领导甲、乙出席)
/// and 会议, 会上, 开工仪式 refer back to it.
struct PrincipalMeeting {
  /// Which item of the article names it, where, and the name as written.
  var item: Int
  var range: Range<Int>
  var name: String
}

extension DocumentReading {
  /// Looks for the principal meeting in the first sentences of the body, then in the headline
  /// (the body's name is the fuller one).
  mutating func principalMeeting(in items: [Item]) -> PrincipalMeeting? {
    let body = items.indices.filter { !items[$0].isHeading && !items[$0].isByline }
    let headings = items.indices.filter { items[$0].isHeading }
    // Furniture the text reader left in the body (无障碍浏览, a dateline) may come first.
    // A headline the text reader kept in the body has no full stop: the story's own sentence
    // names the event more fully.
    let first = Array(body.prefix(5))
    let stated = first.filter {
      ExactText.ends(items[$0].text, with: "。") || ExactText.ends(items[$0].text, with: "！")
    }
    for number in stated + first.filter({ !stated.contains($0) }) + headings {
      let text = items[number].scalars
      var frame = EventFrame(lexicon: lexicon, text: text)
      frame.spaces = spaces(of: items[number])
      if let range = frame.namedEvent() {
        let name = ScalarString.make(text[range])
        return PrincipalMeeting(item: number, range: range, name: name)
      }
    }
    return nil
  }

  /// A meeting the sentence says took place (某会议随即召开) is the article's meeting from here on.
  func noteHeldMeetings(_ mentions: [Mention], text: [Unicode.Scalar], context: inout ArticleContext) {
    guard mentions.contains(where: { $0.className == .meeting }) else { return }
    let frame = EventFrame(lexicon: lexicon, text: text)
    for mention in mentions
    where mention.className == .meeting && mention.visibility == .entity
      && frame.isHeld(after: mention.end)
      // 会议决定了某大会召开日期: a meeting the sentence schedules or prepares is not the one
      // held, and 会议, 主持会议 further on still mean the article's.
      && !Self.isScheduled(mention, in: text)
      // 某会议在某地召开预备会: what is held is the part named after the session.
      && !mentions.contains(where: {
        $0.className == .meeting && $0.start >= mention.end
          && ExactText.length($0.name) > ExactText.length(mention.name)
          && ExactText.starts($0.name, with: mention.name)
      })
    {
      context.meeting = mention.name
      context.meetingIntroduced = true
    }
    // 某会议在某地召开预备会，甲主持会议: the part held is the meeting the sentence goes on with.
    if let current = context.meeting,
      let part = mentions.first(where: {
        $0.className == .meeting && $0.visibility == .entity
          && ExactText.length($0.name) > ExactText.length(current)
          && ExactText.starts($0.name, with: current)
      })
    {
      context.meeting = part.name
      context.meetingIntroduced = true
    }
  }

  /// Adds the principal meeting to the sentence that names it, unless recognition already
  /// read a meeting there.
  func addPrincipalMeeting(
    _ meeting: PrincipalMeeting, to mentions: inout [Mention], context: inout ArticleContext
  ) {
    let range = meeting.range
    if let known = mentions.firstIndex(where: {
      $0.className == .meeting && $0.visibility == .entity && $0.start < range.upperBound
        && $0.end > range.lowerBound
    }) {
      // 某区2018年第二批A、B类项目集中开工活动: a list inside the name cut recognition's reading
      // short; the event's full name, which holds it, wins.
      let inside = mentions[known].start >= range.lowerBound && mentions[known].end <= range.upperBound
      guard inside, mentions[known].end - mentions[known].start < range.count else {
        context.meeting = mentions[known].name
        context.meetingIntroduced = true
        return
      }
      mentions[known].visibility = .dropped
    }
    // A reading that runs across the name's ends was a guess (会议听取某某): the name wins.
    for index in mentions.indices
    where mentions[index].visibility == .entity
      && (mentions[index].start < range.lowerBound && mentions[index].end > range.lowerBound
        || mentions[index].start < range.upperBound && mentions[index].end > range.upperBound)
    {
      mentions[index].visibility = .dropped
    }
    mentions.append(
      Mention(
        start: range.lowerBound, end: range.upperBound, className: .meeting, name: meeting.name,
        via: "principal-meeting"))
    context.meeting = meeting.name
    context.meetingIntroduced = true
  }
}

/// Reads one sentence for a named event and the frame that says it took place.
struct EventFrame: SentenceText {
  let lexicon: Lexicon
  let text: [Unicode.Scalar]
  /// Where a space or a blank line of the original stood (`SentenceReader.spaces(in:count:)`);
  /// empty when none did or it is not known.
  var spaces: [Bool] = []

  static let clauseEnds: ScalarChoice = ["，", ",", "；", ";", "。", "！", "？", "：", ":", " "]
  /// What a clause's subject does before the event it names (宣布某运动会开幕, 开展某活动): verbs
  /// that no event's own name holds.
  static let actsBeforeName = ["宣布", "出席", "主持", "列席", "开展"]
  /// What one announces of an event (宣布某活动开幕, 开展某活动启动): its opening or start.
  static let openings = ["开幕", "启动", "开始", "开赛", "闭幕", "开班", "开营"]
  static let nameMarks: ScalarChoice = [
    "(", ")", "（", "）", "“", "”", "\"", "、", "·", "—", "-",
  ]

  func isNameCharacter(_ index: Int) -> Bool {
    let scalar = text[index]
    return SentenceReader.isIdeograph(scalar) || SentenceReader.isDigit(scalar)
      || (scalar.isASCII && scalar.properties.isAlphabetic) || Self.nameMarks.contains(scalar)
  }

  /// The kind word (会议, 仪式, 推进会…) ending at `end`, if any.
  func kind(endingAt end: Int) -> Int? {
    let lists: [Lexicon.ListName] = [.meetingSuffix, .eventKind]
    return lists.compactMap { lexicon.list($0).longest(in: text, endingAt: end)?.word.count }.max()
  }

  /// The name of an event that the sentence says took place: 举办NAME, or NAME(在…)(隆重)举行.
  func namedEvent() -> Range<Int>? {
    let before = lexicon.list(.eventBefore)
    let held = lexicon.list(.eventHeld)
    var index = 0
    while index < text.count {
      // 某区举办某公园开园仪式: the name runs from the cue to a kind word at the clause's end.
      let quotedOnly = lexicon.list(.eventQuotedBefore).longest(in: text, at: index)
      if let cue = before.longest(in: text, at: index) ?? quotedOnly {
        var start = index + cue.word.count
        if start < text.count, text[start] == "了" { start += 1 }
        // 成功举办好这一次大会: 好 completes the verb before a pointer, which names nothing.
        if start + 1 < text.count, text[start] == "好", "这此本该".unicodeScalars.contains(text[start + 1]) {
          start += 1
        }
        start = afterOwnPlaceWord(start, end: text.count)
        var end = start
        while end < text.count, isNameCharacter(end) || text[end] == "“" {
          // A quoted theme may hold commas: “缅怀先烈，重温誓词”主题活动.
          if text[end] == "“", let close = (end..<min(text.count, end + 40)).first(where: {
            text[$0] == "”"
          }) {
            end = close + 1
          } else {
            end += 1
          }
        }
        let quoted = start < text.count && text[start] == "“"
        if quoted || before.longestLength(in: text, at: index) != nil, closesName(at: end),
          let range = named(start..<end)
        {
          return range
        }
      }
      // 某项目开工仪式在某地隆重举行: the name runs from the clause's start to a kind word.
      if held.longestLength(in: text, at: index) != nil, let end = nameEnd(beforeHeld: index) {
        var start = end
        // “某某”——某县第二届某某节盛大开幕, 青山映水 第十一届某某节开幕: a headline's lead, after a
        // double dash or set apart by a space or a blank line, is no part of the name.
        while start > 0, isNameCharacter(start - 1),
          !(start >= 2 && text[start - 1] == "—" && text[start - 2] == "—"),
          spaces.isEmpty || !leadEnds(before: start, spaces: spaces)
        {
          start -= 1
        }
        start = afterDate(start, end: end)
        start = afterOwnPlaceWord(start, end: end)
        // 要求确保某会议顺利召开: the verbs the clause begins with are no part of the name.
        while let verb = lexicon.list(.meetingBoundary).longest(in: text, at: start),
          start + verb.word.count < end
        {
          start += verb.word.count
        }
        // 观看区第三次党代会开幕盛况, 头版县某届政府全会召开: a verb or a page label before a
        // level word is no place; the name begins at the level.
        if let level = (start..<end).first(where: {
          isBareLevel(at: $0, after: start) && !followsScope(at: $0)
        }) {
          start = level
        }
        // 县委书记某某宣布某运动会开幕, 某商会组织会员开展某活动启动仪式举行: the clause's subject
        // and what it does (宣布, 出席, 开展) are no part of the name; it begins after the verb.
        // 某某宣布活动开幕: when only a kind word is left after the verb and the clause announces
        // an opening or a start, nothing is named. (某任职命令宣布大会举行: an event said to be held,
        // the verb is the name's own.)
        var nameless = false
        if let verbEnd = ((start + 1)..<(end - 1)).last(where: { position in
          Self.actsBeforeName.contains { ends($0, at: position) }
        }) {
          if named(verbEnd..<end) != nil {
            start = verbEnd
          } else if Self.openings.contains(where: { starts($0, at: index) }) {
            nameless = true
          }
        }
        // 由某部门主办的某文化节开幕式: the name begins after the bodies that hold it.
        if let cue = (start..<end).last(where: { position in
          text[position] == "的" && lexicon.list(.meetingCue).longest(in: text, endingAt: position + 1) != nil
        }) {
          start = cue + 1
        }
        if !nameless, let range = named(start..<end) { return range }
      }
      index += 1
    }
    return nil
  }

  /// Whether the sentence says the event named up to `end` took place: NAME(随即)(在…)(隆重)举行.
  func isHeld(after end: Int) -> Bool {
    var position = end
    for word in ["随即", "随后", "同时", "也"] where starts(word, at: position) {
      position += word.unicodeScalars.count
    }
    if position < text.count, text[position] == "在" {
      while position < text.count, position - end <= 30, !Self.clauseEnds.contains(text[position]),
        lexicon.list(.eventHeld).longestLength(in: text, at: position) == nil
      {
        position += 1
      }
    }
    for adverb in ["隆重", "正式", "盛大", "顺利", "如期", "成功", "圆满"] where starts(adverb, at: position) {
      position += adverb.unicodeScalars.count
      break
    }
    return lexicon.list(.eventHeld).longestLength(in: text, at: position) != nil
  }

  /// Whether a name may end at `end`: the clause ends, or 并 or 在 goes on.
  func closesName(at end: Int) -> Bool {
    end >= text.count || Self.clauseEnds.contains(text[end]) || text[end] == "并"
  }

  /// Where a name ends before the verb at `verb`: right before it, before 隆重 or the like, or
  /// before 在 and a place.
  func nameEnd(beforeHeld verb: Int) -> Int? {
    var end = verb
    for adverb in ["隆重", "正式", "盛大", "顺利", "如期", "成功", "圆满"] where ends(adverb, at: end) {
      end -= adverb.unicodeScalars.count
      break
    }
    // 某区人大常委会召开…: a body that convenes, not a meeting.
    if ends("常委会", at: end) || ends("委员会", at: end) { return nil }
    if end > 0, kind(endingAt: end) != nil { return end }
    // 在某地: back to 在 within the clause.
    var position = end - 1
    while position > 0, end - position <= 30, !Self.clauseEnds.contains(text[position]) {
      if text[position] == "在", kind(endingAt: position) != nil { return position }
      position -= 1
    }
    return nil
  }

  /// Skips a date or time the clause begins with (8月17日上午).
  func afterDate(_ start: Int, end: Int) -> Int {
    var position = start
    var moved = true
    while moved, position < end {
      moved = false
      var digits = position
      while digits < end, SentenceReader.isDigit(text[digits]) { digits += 1 }
      if digits > position, digits < end, "年月日号时".unicodeScalars.contains(text[digits]) {
        position = digits + 1
        moved = true
        continue
      }
      for word in ["上午", "下午", "晚上", "中午", "当天", "近日", "日前", "今天", "昨天", "当日", "今年", "同日"]
      where starts(word, at: position) {
        position += word.unicodeScalars.count
        moved = true
        break
      }
    }
    return position
  }

  /// 我区规委会第二次会议: 我 (the article's own place) is no part of a name, 区 is.
  func afterOwnPlaceWord(_ start: Int, end: Int) -> Int {
    guard start + 2 < end, text[start] == "我",
      "区县市镇".unicodeScalars.contains(text[start + 1])
    else { return start }
    return start + 1
  }

  /// Whether 等 at `mark` closes a list of kinds (某仪式等活动, 某仪式等相关活动): after it, up to
  /// `end`, only words that say what kind (相关, 系列), if any.
  func isListOfKinds(after mark: Int, before end: Int) -> Bool {
    guard mark > 0, kind(endingAt: mark) != nil else { return false }
    var position = mark + 1
    while position < end, let word = lexicon.list(.meetingGeneric).longest(in: text, at: position),
      position + word.word.count <= end
    {
      position += word.word.count
    }
    return position == end
  }

  /// The span as an event's name, when it says more than its kind word (开工仪式 names nothing).
  func named(_ range: Range<Int>) -> Range<Int>? {
    var start = range.lowerBound
    let end = range.upperBound
    // An opening mark stays only with its closing one (“某某”主题活动).
    while start < end, "(（“\"".unicodeScalars.contains(text[start]),
      !(text[start] == "“" && text[start..<end].contains("”"))
    {
      start += 1
    }
    // 以“某某”为主题的某节开幕式, 为期两天的某会: a modifier ending in 的 (outside quotes) is no
    // part of the name.
    var quoted = false
    var modifierEnd: Int?
    for position in start..<end {
      if text[position] == "“" { quoted = true } else if text[position] == "”" { quoted = false }
      if !quoted, text[position] == "的" { modifierEnd = position + 1 }
    }
    if let modifierEnd, modifierEnd < end { start = modifierEnd }
    // 广告:18510528811某仪式: a number that counts nothing (no 年, 届, 期…) begins no name.
    var digits = start
    while digits < end, SentenceReader.isDigit(text[digits]) { digits += 1 }
    if digits > start, digits < end, !"年届次期批月".unicodeScalars.contains(text[digits]) {
      start = digits
    }
    guard end - start <= 60, let kind = kind(endingAt: end) else { return nil }
    let own = start..<(end - kind)
    // 召开甲会议和乙会议: two meetings joined, each read on its own by recognition.
    if isJoinedMeetings(start..<end) { return nil }
    // 助学金捐赠仪式: what is left without the ceremony's own words (捐赠) must name something.
    var topic = own
    while let word = lexicon.list(.ceremonyWord).longest(in: text, endingAt: topic.upperBound),
      word.word.count < topic.count
    {
      topic = topic.lowerBound..<(topic.upperBound - word.word.count)
    }
    // 举办某某开工仪式等相关活动: kinds listed up to 等 name no one event.
    if let listEnd = own.last(where: { text[$0] == "等" }), isListOfKinds(after: listEnd, before: own.upperBound) {
      return nil
    }
    // 某区重点项目观摩活动 is a visit, no meeting.
    let visit = lexicon.list(.visitWord).longest(in: text, endingAt: own.upperBound) != nil
    let quote = own.first { text[$0] == "“" }
    let unquoted = quote.map { start..<$0 } ?? own
    // “夏送清凉”活动 is an activity by its slogan; “某某”主题活动 names an event.
    if text[start] == "“", let close = own.last(where: { text[$0] == "”" }), close + 1 == own.upperBound {
      return nil
    }
    guard topic.count >= 4,
      !visit, !(unquoted.contains { !isNameCharacter($0) || text[$0] == "的" }),
      lexicon.list(.meetingGeneric).longestLength(in: text, at: start) == nil,
      lexicon.list(.meetingBare).longestLength(in: text, at: start) != end - start
    else { return nil }
    return start..<end
  }
}

