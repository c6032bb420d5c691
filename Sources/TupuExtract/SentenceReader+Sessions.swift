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
  /// followed by 第…, 预备 or 主席团 (not 暨, which joins two meetings held as one).
  mutating func addSession(of name: Range<Int>, joints: [Int]) {
    guard
      let joint = joints.last(where: { joint in
        joint > name.lowerBound + 4 && joint < name.upperBound
          && Self.sessionEnds.contains { ends($0, at: joint) }
          && Self.partStarts.contains { starts($0, at: joint) }
          && !(joint..<name.upperBound).contains { text[$0] == "暨" }
      })
    else { return }
    _ = addMention(
      Mention(
        start: name.lowerBound, end: joint, className: "Meeting",
        name: string(name.lowerBound..<joint), via: "meeting-session"))
  }

  static let sessionEnds = ["会议", "大会", "全会"]
  static let partStarts = ["第", "预备", "主席团", "全体"]

  /// 在甲社区揭牌仪式上… / 街道举办集中揭牌仪式，乙、丙出席: an event held under its kind word
  /// alone, after the article spoke of a named one without saying it was held, is another
  /// event; the sentences after it (出席, 主持) tell of it, not of the named one.
  func noteUnnamedEvent(before start: Int, context: inout ArticleContext) {
    guard context.meeting != nil, !context.meetingIntroduced,
      ["举办", "举行", "召开"].contains(where: { ends($0, at: start) })
    else { return }
    context.meeting = nil
  }
}
