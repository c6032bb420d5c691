import TupuOntology

extension SentenceRelations {
  /// 主持召开重点项目调度会。…参加调度会: the kind word the article's meeting is named with,
  /// written alone at a clause's end, is that meeting again.
  func isOwnKind(at position: Int, of meeting: String) -> Bool {
    guard let kind = lexicon.list(.meetingSuffix).longest(in: text, at: position) else {
      return false
    }
    let word = ScalarString.make(text[position..<(position + kind.word.count)])
    let end = position + kind.word.count
    guard end == text.count || Self.clauseEnds.contains(text[end]) || text[end] == "并" else {
      return false
    }
    return ExactText.ends(meeting, with: word) && meeting.count > word.count
  }
}

extension SentenceRelations {
  /// 县长某某在大会上作政府工作报告, 某某在会上通报: one who reports or speaks at the article's
  /// meeting, pointed at by its bare kind word, attends it.
  mutating func readSpeakersAtMeeting() {
    guard let meeting = articleMeeting(),
      let pattern = reading.cues.attendsID
    else { return }
    for person in entities where isPerson(person.className) {
      var position = person.mention.end
      guard position < text.count, text[position] == "在" else { continue }
      position += 1
      guard let bare = Self.atMeeting.first(where: { starts($0, at: position) }) else { continue }
      position += bare.unicodeScalars.count
      guard Self.speechAtMeeting.contains(where: { starts($0, at: position) }) else { continue }
      add(person.name, "attends", meeting, pattern)
    }
  }

  static let atMeeting = ["会上", "大会上", "会议上"]
  /// What a participant does at the meeting: reports and speaks (作报告, 发言, 通报). 强调, 指出,
  /// 要求 and 讲话 are the words of the one who convenes or chairs, told apart elsewhere.
  static let speechAtMeeting = ["作", "发言", "致辞", "说", "通报", "介绍", "汇报"]
}

extension SentenceRelations {
  /// 区委书记甲、区长乙组织召开: the persons listed before the one nearest the cue, each after
  /// 、 and with the post written before the next, convene the meeting with that one.
  func personsListed(before last: Mention) -> [String] {
    var names: [String] = []
    var start = last.start
    while start > 0 {
      // The post between 、 and the name: a few ideographs, no clause's end.
      guard
        let comma = (max(0, start - 9)..<start).last(where: { text[$0] == "、" }),
        ((comma + 1)..<start).allSatisfy({ SentenceReader.isIdeograph(text[$0]) }),
        let person = entities.last(where: { $0.mention.end == comma && isPerson($0.className) })
      else { break }
      names.append(person.name)
      start = person.mention.start
    }
    return names
  }
}

extension SentenceRelations {
  /// 传达学习贯彻某某总书记关于…的重要指示精神: a person the clause studies or passes on the
  /// words of is spoken of, not present.
  func isSpokenOf(_ mention: Mention) -> Bool {
    var start = mention.start
    while start > 0, !Self.clauseEnds.contains(text[start - 1]) { start -= 1 }
    var position = start
    while position < mention.start {
      if Self.passingOnWords.contains(where: { starts($0, at: position) }) { return true }
      position += 1
    }
    return false
  }

  /// Verbs of studying or passing on what someone said (听取 is not among them: who reports
  /// is present).
  static let passingOnWords = ["传达", "学习", "贯彻", "落实"]
}

extension SentenceRelations {
  /// 出席仪式的领导有：甲，乙: the event's kind word alone, then 的 and the attendees it
  /// introduces — the article's event again.
  func introducesAttendees(after position: Int) -> Bool {
    guard attendeesIntroduced(after: position) != nil,
      let particle = (position..<min(text.count, position + 10)).first(where: { text[$0] == "的" }),
      particle > position
    else { return false }
    let kind = lexicon.list(.eventKind).longest(in: text, endingAt: particle)
      ?? lexicon.list(.meetingBare).longest(in: text, endingAt: particle)
    return kind.map { particle - position - $0.word.count <= 4 } ?? false
  }
}
