import TupuText

/// Meetings a dated sentence names without holding them that day, so `held-on` takes nothing
/// from it.
extension DocumentReading {
  /// 出席某县人大五次会议的代表们集中视察了…, 参加某政协会议的全体委员…: the session's members do
  /// something else on the sentence's day, which is a day within the session, not its date.
  static func isNamedForItsMembers(_ mention: Mention, in text: [Unicode.Scalar]) -> Bool {
    guard mention.end < text.count, text[mention.end] == "的" else { return false }
    let rest = mention.end + 1
    // 的全体代表, 的人大代表, 的政协委员们: at most a few words before the members.
    for offset in 0...4 where rest + offset < text.count {
      if ListReader.isClauseEnd(text[rest + offset]) { return false }
      if memberWords.contains(where: { DocumentDates.matches(text, $0, at: rest + offset) }) {
        return true
      }
    }
    return false
  }

  static let memberWords = ["代表", "委员"]

  /// 传达学习甲在某座谈会上的讲话, 学习了甲在某动员会上的重要讲话: words said at a meeting of
  /// another day, studied now. (5月8日，甲在某会议上的讲话中指出 is the day's own meeting: no study
  /// word before it.)
  static func isNamedForItsSpeech(_ mention: Mention, in text: [Unicode.Scalar]) -> Bool {
    guard mention.start > 0, text[mention.start - 1] == "在",
      DocumentDates.matches(text, "上的", at: mention.end)
    else { return false }
    let rest = mention.end + 2
    let speech = (0...2).contains { offset in
      speechWords.contains { DocumentDates.matches(text, $0, at: rest + offset) }
    }
    let before = String(String.UnicodeScalarView(text[..<mention.start]))
    return speech && studyWords.contains { before.contains($0) }
  }

  static let speechWords = ["讲话", "发言", "致辞", "报告", "指示", "批示"]

  /// 传达学习省委全会、某座谈会和市委常委会会议精神: every meeting of the list studied is spoken
  /// of, not only the last, which 精神 follows.
  static func isListedForItsSpirit(_ mention: Mention, in text: [Unicode.Scalar]) -> Bool {
    guard mention.end < text.count, "、和及与".unicodeScalars.contains(text[mention.end]) else {
      return false
    }
    // The clause studies: 传达, 学习 or 贯彻 before the name in it.
    var start = mention.start
    while start > 0, !ListReader.isClauseEnd(text[start - 1]) { start -= 1 }
    let opening = String(String.UnicodeScalarView(text[start..<mention.start]))
    guard studyWords.contains(where: { opening.contains($0) }) else { return false }
    var position = mention.end
    while position < text.count, !ListReader.isClauseEnd(text[position]) {
      if DocumentDates.matches(text, "精神", at: position) { return true }
      position += 1
    }
    return false
  }

  static let studyWords = ["传达", "学习", "贯彻"]

  /// 以优异成绩迎接党的某大会胜利召开, 喜迎某党代会召开, 迎接甲和乙的胜利召开: a greeting word
  /// earlier in the name's clause (or 即将召开的 right before it) says the meeting is still to
  /// come, neither held that day nor the meeting the sentences after speak of.
  static func isGreeted(before start: Int, in text: [Unicode.Scalar]) -> Bool {
    // 在即将召开的某全会上: said right before the name, the meeting is to come as well.
    if comingWords.indices.contains(where: { index in
      let count = comingWordCounts[index]
      return start >= count && DocumentDates.matches(text, comingWords[index], at: start - count)
    }) {
      return true
    }
    var position = start
    while position > 0, start - position < 24, !ListReader.isClauseEnd(text[position - 1]) {
      position -= 1
      if greetingWords.contains(where: { DocumentDates.matches(text, $0, at: position) }) {
        return true
      }
    }
    return false
  }

  static let greetingWords = ["迎接", "喜迎"]

  static let comingWords = ["即将召开的", "即将举行的", "将要召开的", "将要举行的", "即将开幕的"]
  /// Their lengths in scalars, counted once (a count walks the string's scalars).
  static let comingWordCounts = comingWords.map { $0.unicodeScalars.count }
}
