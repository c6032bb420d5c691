import TupuOntology

extension SentenceRelations {
  /// 会议传达了某党代会精神…，听取A项目汇报: a meeting whose spirit or decisions the article's
  /// meeting passes on (传达, 学习, …精神) is a topic of it; it hears nothing itself.
  func isConveyed(_ meeting: Mention) -> Bool {
    let after = meeting.end..<min(text.count, meeting.end + 3)
    if after.contains(where: { starts("精神", at: $0) }) { return true }
    let before = max(0, meeting.start - 6)..<meeting.start
    return before.contains { starts("传达", at: $0) || starts("学习", at: $0) }
  }
}
