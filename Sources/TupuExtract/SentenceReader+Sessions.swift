import TupuOntology

/// Meetings inside meetings and the frames that speak of a meeting by its name.
extension SentenceReader {
  /// 在某会议上(强调), 在某揭牌仪式上宣布: the frame 在…上 says the name is a meeting's.
  func isSpokenOfAt(start: Int, end: Int) -> Bool {
    start > 0 && text[start - 1] == "在" && end < text.count && text[end] == "上"
  }

  /// 某县第十八届人民代表大会第三次会议第二次全体会议: a plenary (or preparatory, presidium or
  /// group meeting) named after its session is a meeting of its own, and so is the session.
  /// `joints` are where the name went on after a kind word; the session ends at the last one
  /// followed by a part (第二次全体会议, 预备会议, 主席团会议) before any 暨 (two meetings held as
  /// one).
  mutating func addSession(of name: Range<Int>, joints: [Int]) {
    guard
      let joint = joints.last(where: { joint in
        joint > name.lowerBound + 4 && joint < name.upperBound
          && Self.sessionEnds.contains { ends($0, at: joint) }
          && Self.partStarts.contains { starts($0, at: joint) }
          && Self.partWords.contains { word in
            // 某会议预备会议暨五次常委会议: the part is named before 暨.
            (joint..<partEnd(from: joint, in: name)).contains { starts(word, at: $0) }
          }
      })
    else { return }
    // 某常委会议暨县政协十届二次会议|预备会议: the session begins after the last 暨 before it.
    let start = (name.lowerBound..<joint).last(where: { text[$0] == "暨" }).map { $0 + 1 }
      ?? name.lowerBound
    guard joint - start >= 4 else { return }
    _ = addMention(
      Mention(
        start: start, end: joint, className: .meeting,
        name: string(start..<joint), via: "meeting-session"))
  }

  /// Where the part that begins at `joint` ends: at 暨 (another meeting held with it), or with
  /// the name.
  private func partEnd(from joint: Int, in name: Range<Int>) -> Int {
    (joint..<name.upperBound).first(where: { text[$0] == "暨" }) ?? name.upperBound
  }

  static let sessionEnds = ["会议", "大会", "全会"]
  static let partStarts = ["第", "预备", "主席团", "全体"]
  /// What a part of a session is called (人民代表大会|第三次会议 is one session's name).
  static let partWords = ["全体", "预备", "主席团", "分组", "小组", "代表团"]

  /// 在甲社区揭牌仪式上… / 街道举办集中揭牌仪式，乙、丙出席: an event held under its kind word
  /// alone, after the article spoke of a named one without saying it was held, is another
  /// event; the sentences after it (出席, 主持) tell of it, not of the named one.
  func noteUnnamedEvent(before start: Int, context: inout ArticleContext) {
    guard context.meeting != nil, !context.meetingIntroduced,
      ["举办", "举行", "召开"].contains(where: { ends($0, at: start) })
    else { return }
    context.meeting = nil
  }

  /// 县十五届人大常委会召开第二十次会议, 区第四届人大常委会举行第十六次会议: a standing
  /// committee written with its term (届, with or without its ordinal 第) is the body that meets,
  /// as written.
  mutating func addTermBody(_ range: Range<Int>) {
    guard let term = range.first(where: { text[$0] == "届" }), term > range.lowerBound,
      !range.contains(where: { text[$0] == "次" }),
      range.allSatisfy({ text[$0] != "第" || isTermOrdinal(at: $0, term: term) }),
      lexicon.list(.meetingBoundary).longest(in: text, endingAt: range.upperBound) == nil
    else { return }
    _ = addMention(
      Mention(
        start: range.lowerBound, end: range.upperBound, className: .organization,
        name: string(range), via: "body"))
    for position in range { taken[position] = true }
  }

  /// Whether the 第 at `position` begins the term's count that ends at `term` (第十六届).
  private func isTermOrdinal(at position: Int, term: Int) -> Bool {
    position + 1 < term
      && ((position + 1)..<term).allSatisfy { SentenceReader.termDigits.contains(text[$0]) }
  }

  /// 我县召开某会议: 我县 (我区, 我镇…) is the article's own place, the one that convenes.
  mutating func readOwnPlaceConvening(context: ArticleContext) {
    var index = 0
    while index + 2 < text.count {
      defer { index += 1 }
      guard text[index] == "我", !taken[index + 1] else { continue }
      var level = ""
      level.unicodeScalars.append(text[index + 1])
      // 我市 in an article about a county-level city (某市, a District): that city.
      let countyCity =
        level == "市"
        ? context.district.flatMap {
          ExactText.ends($0, with: "市") ? ($0, EntityClass.district) : nil
        } : nil
      guard let place = context.place(ofLevel: level) ?? countyCity,
        ExactText.ends(place.name, with: level),
        Self.conveningCues.contains(where: { starts($0, at: index + 2) })
      else { continue }
      _ = addMention(
        Mention(
          start: index, end: index + 2, className: place.className, name: place.name,
          via: "own-place"))
      taken[index] = true
      taken[index + 1] = true
    }
  }

  static let conveningCues = ["召开", "举行", "举办", "组织召开", "隆重召开", "隆重举行"]

  /// 某日报2024年3月6日第01版 + a headline run together: a day (6日) or a page (01版) written
  /// before `start` ends whatever comes before a meeting's name.
  func isDateOrPageEnd(_ start: Int) -> Bool {
    start >= 2 && (text[start - 1] == "日" || text[start - 1] == "版") && Self.isDigit(text[start - 2])
  }

  /// 3月22日，某镇开展某某观摩评比活动: an activity carried out (开展) on a day the sentence
  /// gives is an event; 开展 with no day (全县开展某活动) tells of a campaign.
  func isDatedActivity(start: Int, end: Int) -> Bool {
    guard ends("活动", at: end), ends("开展", at: start) else { return false }
    // 先后到甲、乙社区开展调研走访活动: a leader's visit, told as an activity.
    let topicEnd = end - 2
    // 开展“清凉一夏”活动: an activity by its slogan alone names no event.
    if topicEnd > start, text[start] == "“", text[topicEnd - 1] == "”" { return false }
    if lexicon.list(.visitWord).longest(in: text, endingAt: topicEnd) != nil {
      let clause = ((0..<start).last { ListReader.isClauseEnd(text[$0]) } ?? -1) + 1
      let travels = (clause..<start).contains { position in
        Self.travelWords.contains { starts($0, at: position) }
      }
      if travels { return false }
    }
    // A day: 3月22日, 22日 at a clause's start (not 9号线).
    var position = start - 2
    while position > 0 {
      if text[position] == "日" || text[position] == "号", Self.isDigit(text[position - 1]) {
        var digits = position - 1
        while digits > 0, Self.isDigit(text[digits - 1]) { digits -= 1 }
        if digits == 0 || text[digits - 1] == "月" || ListReader.isClauseEnd(text[digits - 1]) {
          return true
        }
      }
      position -= 1
    }
    return Self.dayWords.contains { word in
      (0..<start).contains { starts(word, at: $0) }
    }
  }

  static let travelWords = ["到", "来到", "走进", "深入", "赴", "前往"]
  static let dayWords = ["近日", "日前", "昨天", "昨日", "今天", "当天", "上午", "下午"]

  /// 第二小组在某会议室召开小组讨论会: a group's meeting named by its kind alone (小组讨论会,
  /// 分组会议) takes the group's name written before the cue: 第二小组 + 小组讨论会.
  func groupMeeting(own: Range<Int>, start: Int) -> String? {
    guard own.count == 2, ["小组", "分组"].contains(string(own)),
      let cue = ["召开", "举行"].first(where: { ends($0, at: start) })
    else { return nil }
    var end = start - cue.unicodeScalars.count
    // 在某会议室: the venue between the group and the cue.
    if let venue = ((max(0, end - 20))..<end).last(where: { text[$0] == "在" }),
      !((venue..<end).contains { ListReader.isClauseEnd(text[$0]) })
    {
      end = venue
    }
    guard let word = ["小组", "组"].first(where: { ends($0, at: end) }) else { return nil }
    var position = end - word.unicodeScalars.count
    let numerals = "一二三四五六七八九十".unicodeScalars
    while position > 0, Self.isDigit(text[position - 1]) || numerals.contains(text[position - 1]) {
      position -= 1
    }
    guard position < end - word.unicodeScalars.count, position > 0, text[position - 1] == "第"
    else { return nil }
    return string((position - 1)..<end)
  }

  /// 某会议主席团举行第四次会议: the session's presidium, the body that holds its own meetings.
  mutating func addPresidiumBodies() {
    for session in mentions where session.className == .meeting && session.visibility == .entity {
      let end = session.end + 3
      guard end < text.count, starts("主席团", at: session.end),
        ["举行", "召开"].contains(where: { starts($0, at: end) }),
        !mentions.contains(where: { $0.start == session.start && $0.end == end })
      else { continue }
      _ = addMention(
        Mention(
          start: session.start, end: end, className: .organization,
          name: string(session.start..<end), via: "body"))
      for position in session.end..<end { taken[position] = true }
    }
  }
}

extension SentenceReader {
  /// 贯彻党的某大和某届历次全会精神, 历届人大常委会主要领导: a name that takes in every session or
  /// term (历次, 历届) names no one meeting.
  mutating func dropMeetingsOfEveryTerm() {
    for index in mentions.indices
    where mentions[index].className == .meeting && mentions[index].visibility == .entity {
      let (start, end) = (mentions[index].start, mentions[index].end)
      if (start..<max(start, end - 1)).contains(where: {
        text[$0] == "历" && (text[$0 + 1] == "次" || text[$0 + 1] == "届")
      }) {
        mentions[index].visibility = .dropped
      }
    }
  }
}
