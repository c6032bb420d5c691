import TupuOntology

/// Meetings named by what the sentence writes before the cue that holds them, not after it:
/// a session's part (某会议在某地召开预备会) and a body's meeting under its kind word alone
/// (区委常委会近日举行会议, 县政府召开常务会议).
extension SentenceReader {
  /// 某会议(在某地)召开|预备会, 某会议举行|第二次全体会议: the part is a meeting of its own,
  /// named after its session (某会议预备会). Gives the session's name, or nil.
  func sessionOfPart(nameStart: Int, end: Int) -> String? {
    // The cue first: most names are not written right after 召开 or 举行.
    guard let cueStart = heldCueStart(endingAt: nameStart) else { return nil }
    let part = string(nameStart..<end)
    var before = venueStart(before: cueStart) ?? cueStart
    // 某会议主席团举行第四次会议: the presidium's own numbered meeting.
    let presidium = ends("主席团", at: before) && isNumberedMeeting(part)
    if presidium { before -= 3 }
    guard presidium || Self.sessionParts.contains(where: { ExactText.starts(part, with: $0) })
      || isNumberedPart(part)
    else { return nil }
    guard
      let session = mentions.last(where: {
        $0.className == .meeting && $0.end == before && $0.visibility == .entity
      }),
      Self.sessionEnds.contains(where: { ExactText.ends(session.name, with: $0) })
    else { return nil }
    return presidium ? session.name + "主席团" : session.name
  }

  /// 第四次会议: a numbered meeting and nothing more.
  private func isNumberedMeeting(_ part: String) -> Bool {
    guard ExactText.starts(part, with: "第"), let times = part.firstIndex(of: "次") else {
      return false
    }
    return part[part.index(after: times)...] == "会议"
  }

  /// 第二次全体会议, 第一次主席团会议: a numbered part of a session.
  private func isNumberedPart(_ part: String) -> Bool {
    guard ExactText.starts(part, with: "第"), let times = part.firstIndex(of: "次") else {
      return false
    }
    let rest = part[part.index(after: times)...]
    return Self.sessionParts.contains { rest.hasPrefix($0) }
  }

  /// 区委常委会近日举行|会议, 县政府召开|常务会议: a meeting read only as its kind takes the name of
  /// the body written right before the cue (区委常委会会议, 县政府常务会议). Gives the body's
  /// range, or nil.
  func bodyBeforeKind(nameStart: Int, end: Int) -> Range<Int>? {
    guard let cue = heldCueStart(endingAt: nameStart) else { return nil }
    let numbered = isNumberedSitting(nameStart..<end)
    guard numbered || end - nameStart <= 4 && Self.bodyMeetingKinds.contains(string(nameStart..<end))
    else { return nil }
    // 县人大常委会在县行政中心召开第十五次会议: the venue between the body and the cue.
    var position = numbered ? venueStart(before: cue) ?? cue : cue
    // 近日, 今天上午: a time between the body and the cue.
    while let word = Self.timeBeforeCue.first(where: { ends($0, at: position) }) {
      position -= word.unicodeScalars.count
    }
    guard let kind = Self.meetingBodies.first(where: { ends($0, at: position) }) else { return nil }
    // 县十五届人大常委会: a body written with its term, already read as one.
    if let known = mentions.last(where: { $0.className == .organization && $0.end == position }) {
      return known.start..<position
    }
    var start = position - kind.unicodeScalars.count
    while start > 0, Self.isIdeograph(text[start - 1]), !taken[start - 1], position - start < 16,
      lexicon.list(.meetingBoundary).longest(in: text, endingAt: start) == nil, !isDateOrPageEnd(start)
    {
      start -= 1
    }
    return start..<position
  }

  /// 第十五次会议, 第138次(扩大)会议, 第六次常务会议: a body's sitting named by its number alone.
  /// The body written before the cue is part of its name (县人大常委会召开第十五次会议 →
  /// 县人大常委会第十五次会议). A name that begins with its year (2019年第三次县政府常务会议) or
  /// names a body after the number is written whole already, and is read as written.
  func isNumberedSitting(_ range: Range<Int>) -> Bool {
    let position = range.lowerBound
    guard position < range.upperBound, text[position] == "第",
      let times = (position + 1..<min(range.upperBound, position + 8)).first(where: { text[$0] == "次" })
    else { return false }
    // 第三季度大党委联席会议 is no sitting by number.
    guard
      (position + 1..<times).allSatisfy({
        Self.isDigit(text[$0]) || SentenceReader.termDigits.contains(text[$0]) || text[$0] == "届"
          || text[$0] == "第"
      })
    else { return false }
    let rest = string(times + 1..<range.upperBound)
    return !Self.bodyWordsInSitting.contains { rest.contains($0) } && !rest.contains("暨")
  }

  /// Words that name a body (第二次县政府常务会议): a sitting written with them names its body.
  static let bodyWordsInSitting = ["政府", "人大", "政协", "委员会", "党委", "党组", "常委会"]

  /// Where the cue 召开, 举行 (了) that ends at `index` begins.
  private func heldCueStart(endingAt index: Int) -> Int? {
    for cue in ["召开了", "举行了", "召开", "举行"] where ends(cue, at: index) {
      return index - cue.unicodeScalars.count
    }
    return nil
  }

  /// 在某地, 于某地 between a name and its cue: where the venue begins.
  private func venueStart(before cue: Int) -> Int? {
    guard
      let venue = (max(0, cue - 20)..<cue).last(where: { text[$0] == "在" || text[$0] == "于" }),
      !(venue..<cue).contains(where: { ListReader.isClauseEnd(text[$0]) })
    else { return nil }
    return venue
  }

  static let sessionParts = ["预备会", "主席团", "全体会议", "开幕会", "闭幕会", "代表团"]
  /// 市政府召开专题会议: the kind words a body's own meeting is written with.
  static let bodyMeetingKinds = [
    "会议", "常务会议", "全体会议", "党组会议", "扩大会议", "专题会议", "专题会", "全体会",
  ]
  static let meetingBodies = ["常委会", "党组", "人民政府", "政府", "党工委", "管委会", "委员会"]
  static let timeBeforeCue = ["近日", "日前", "今天", "今日", "上午", "下午", "晚上", "再次", "专门"]
}

/// Meetings spoken of: 传达学习某会议精神, and names whose brackets hold a word that ends others.
extension SentenceReader {
  /// 贯彻落实中央经济工作会议精神, 传达学习3月5日全县某会议精神: a name followed by 精神 after
  /// a verb of study or a day is a meeting spoken of (`kind`: where its kind word begins).
  func isSpiritOf(start: Int, kind: Int, end: Int) -> Bool {
    guard starts("精神", at: end) || isJoinedToSpirit(end), start > 0,
      // 传达上级有关会议精神: a kind word after 有关, 相关 names nothing.
      lexicon.list(.meetingGeneric).longest(in: text, endingAt: kind) == nil
    else { return false }
    if isDateOrPageEnd(start) { return true }
    return lexicon.list(.meetingBoundary).longest(in: text, endingAt: start) != nil
  }

  /// 贯彻某会议和某会议精神, 传达了甲会议、乙会议精神: a name joined by 和, 及 or 、 to a later
  /// meeting's 精神 in the same clause shares it.
  func isJoinedToSpirit(_ end: Int) -> Bool {
    guard end < text.count, "和及、".unicodeScalars.contains(text[end]) else { return false }
    var position = end + 1
    while position < text.count, position - end <= 40,
      !"，。；;,！？".unicodeScalars.contains(text[position])
    {
      if starts("精神", at: position) {
        return ends("会议", at: position) || ends("大会", at: position) || ends("党代会", at: position)
      }
      position += 1
    }
    return false
  }

  /// Where the bracket opens that a bracket closed inside `range` (and not opened in it) matches:
  /// 某(甲及|乙)委员会 read from its end stops at 及 inside the brackets.
  func openingBracket(closedIn range: Range<Int>) -> Int? {
    var depth = 0
    for position in range {
      if text[position] == "(" || text[position] == "（" { depth += 1 }
      if text[position] == ")" || text[position] == "）" { depth -= 1 }
    }
    guard depth < 0 else { return nil }
    var position = range.lowerBound - 1
    while position >= 0, range.lowerBound - position <= 20 {
      if text[position] == "(" || text[position] == "（" { return position }
      if ListReader.isClauseEnd(text[position]) { return nil }
      position -= 1
    }
    return nil
  }
}

extension SentenceReader {
  /// Where the quotation closed inside `range` opens: the nearest “ before the range within the
  /// sentence (commas and 、 inside a slogan end nothing). Nil when every quote in the range is
  /// closed, or no opening quote is near.
  func openingQuote(closedIn range: Range<Int>) -> Int? {
    var depth = 0
    for position in range {
      if text[position] == "“" { depth += 1 }
      if text[position] == "”" { depth -= 1 }
    }
    guard depth < 0 else { return nil }
    var position = range.lowerBound - 1
    while position >= 0, range.lowerBound - position <= 30 {
      if text[position] == "“" { return position }
      if text[position] == "”" || "。！？；;\n".unicodeScalars.contains(text[position]) { return nil }
      position -= 1
    }
    return nil
  }
}

/// A ceremony named by the works it is held for, written before 的.
extension SentenceReader {
  /// 由甲主办的乙、丙等十个项目的集中开工仪式在某地举行: a kind word alone after 的 takes the
  /// works written before it (ending in 项目 or 工程), back to a cue ending in 的 (主办的,
  /// 协办的) or the clause's start, when the sentence says the ceremony was held. Gives where the
  /// name starts, or nil.
  func ceremonyTopicStart(before start: Int, end: Int) -> Int? {
    guard start > 2, text[start - 1] == "的", isHeld(after: end),
      Self.topicWorks.contains(where: { ends($0, at: start - 1) })
    else { return nil }
    var position = start - 1
    while position > 0, start - position < 40 {
      let scalar = text[position - 1]
      if ListReader.isClauseEnd(scalar) && scalar != "、" { break }
      if lexicon.list(.meetingCue).longest(in: text, endingAt: position)
        .map({ $0.word.last == "的" }) ?? false
        || Self.hostedBy.contains(where: { ends($0, at: position) })
      {
        break
      }
      guard Self.isIdeograph(scalar) || Self.isDigit(scalar) || "、“”()（）".unicodeScalars.contains(scalar)
      else { break }
      position -= 1
    }
    return position < start - 3 ? position : nil
  }

  static let topicWorks = ["项目", "工程"]
  static let hostedBy = ["协办的", "承办的", "主办的", "组织的", "举办的"]
}

/// A meeting whose name begins with a body: 县政府2025年第4次专题会议,
/// 市规委会2019年第7次专题会议.
extension SentenceReader {
  /// 主持召开县政府2025年第4次专题会议, 某规委会2018年第二次会议在某地举行: a government or
  /// planning committee written at the head of a held meeting's name, right before its year
  /// (2025年), is a body of its own. It convenes nothing by being there: the subject of 召开 is
  /// whoever is written before it, and a name's head never is. Before the number alone
  /// (县政府第29次常务会议) it is read as the meeting's name only.
  mutating func addBodyAtHead(of name: Range<Int>) {
    guard ends("召开", at: name.lowerBound) || isHeld(after: name.upperBound) else { return }
    let start = name.lowerBound
    let limit = min(name.upperBound, start + 16)
    guard start + 3 < limit,
      let bodyEnd = (start + 3..<limit).first(where: { position in
        Self.conveningBodyKinds.contains { ends($0, at: position) }
          && isYear(at: position)
      })
    else { return }
    let body = string(start..<bodyEnd)
    _ = addMention(
      Mention(
        start: start, end: bodyEnd, className: .organization, name: body,
        via: "meeting-name-body"))
  }

  /// 2025年, 2018年度: four digits and 年.
  private func isYear(at position: Int) -> Bool {
    guard position + 4 < text.count else { return false }
    return (position..<position + 4).allSatisfy { Self.isDigit(text[$0]) } && text[position + 4] == "年"
  }

  /// A government and its planning committee. A committee written in full (某国土空间规划委员会)
  /// is not among them: the article says as often that its place convenes the meeting.
  static let conveningBodyKinds = ["政府", "规委会"]
}
