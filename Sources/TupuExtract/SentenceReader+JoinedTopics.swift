/// A meeting's topic that holds 和 (在统筹推进甲和乙工作部署会议上, 传达了全市甲和乙推进会精神) or a
/// list in 、 (召开甲、乙和丙工作会议): the name read back from its kind word stops at 和 or 、,
/// which end names elsewhere; here the words before them are one topic with those after, and the
/// name goes back to the cue that introduces it.
extension SentenceReader {
  /// The words before a name that introduce it: a meeting is attended, spoken at or passed on.
  static let topicCues = [
    "在", "了", "传达", "学习", "传达学习", "贯彻", "召开", "举行", "参加", "出席", "收看", "收听收看",
  ]
  /// What joins a meeting's topics: 和, and the 、 of a list (甲、乙和丙工作会议).
  static let topicJoints: ScalarChoice = ["和", "、"]
  /// What a clause passes on beside a meeting (讲话和某会议精神), and those a meeting gathers
  /// (召开有关部门和企业代表座谈会): words that end no topic.
  static let notTopicEnds = [
    "讲话", "精神", "指示", "批示", "报告", "要求", "部署", "决定", "意见", "方案", "文件", "通知",
    "部门", "单位", "代表", "企业", "人员", "干部", "群众", "委员", "党员", "居民", "村民", "负责人",
  ]

  /// Where a meeting's name begins when the name read back from its kind word (`start`, right after
  /// 和 or 、) goes on over topics joined by 和 or 、 to a cue; nil when it does not. `end` is where
  /// the name ends, `floor` the end of the last name read.
  func startOverJoinedTopics(_ start: Int, end: Int, floor: Int) -> Int? {
    // Only meetings (…会, …会议) have topics joined so; an activity's (甲和乙活动) may be two.
    guard ends("会", at: end) || ends("会议", at: end) else { return nil }
    var after = start
    while after >= 2, Self.topicJoints.contains(text[after - 1]) {
      // 讲话和全省某会议, 中央和省委某会议: what follows 和 begins another body's or scope's name.
      if "全省市县区州镇乡".unicodeScalars.contains(text[after])
        || ["中央", "国家", "国务院"].contains(where: { starts($0, at: after) })
      {
        return nil
      }
      let conjunctEnd = after - 1
      guard !Self.notTopicEnds.contains(where: { ends($0, at: conjunctEnd) }) else { return nil }
      // 听取了县甲局、乙局、丙局专项工作会议筹备情况: bodies, firms and places listed before a
      // meeting are those it gathers or hears, no topic of its name.
      if let suffix = lexicon.suffixes.longest(in: text, endingAt: conjunctEnd),
        [.body, .enterprise, .division].contains(suffix.payload.kind)
      {
        return nil
      }
      var position = conjunctEnd
      while position > floor, position - 1 >= 0, isMeetingCharacter(position - 1), conjunctEnd - position < 16,
        lexicon.list(.meetingBoundary).longest(in: text, endingAt: position) == nil
      {
        position -= 1
      }
      // 成立了某会议临时党组和某会议临时党支部: a conjunct that holds a meeting's word is a body
      // or another meeting, no topic.
      guard conjunctEnd - position >= 2,
        !(position..<conjunctEnd).contains(where: { text[$0] == "的" || text[$0] == "会" })
      else { return nil }
      if position > floor + 1, Self.topicJoints.contains(text[position - 1]) {
        after = position
        continue
      }
      return Self.topicCues.contains(where: { ends($0, at: position) }) ? position : nil
    }
    return nil
  }
}
