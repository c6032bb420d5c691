import TupuOntology

extension SentenceRelations {
  /// 会议传达了某党代会精神…，听取A项目汇报: a meeting whose spirit or decisions the article's
  /// meeting passes on (传达, 学习, …精神) is a topic of it; it hears nothing itself.
  func isConveyed(_ meeting: Mention) -> Bool {
    let after = meeting.end..<min(text.count, meeting.end + 3)
    if after.contains(where: { starts("精神", at: $0) }) { return true }
    let before = max(0, meeting.start - 6)..<meeting.start
    let passesOn = { (position: Int) in starts("传达", at: position) || starts("学习", at: position) }
    if before.contains(where: passesOn) { return true }
    // 传达学习了某机关、甲会议、乙会议及领导指示精神: each item of the list passed on, however far
    // its 精神 stands, in the clause that opens with the verb.
    let clause = clauseStart(before: meeting.start)..<clauseEnd(after: meeting.end)
    return (clause.lowerBound..<meeting.start).contains(where: passesOn)
      && (meeting.end..<clause.upperBound).contains { starts("精神", at: $0) }
  }
}
