import TupuOntology

extension SentenceRelations {
  /// 区长甲主持召开专题会议。会议听取了A…: a meeting named by its kind word only is no entity
  /// (the meetings ruling), yet its chair reviews what it hears (the chair's reviews, with no
  /// meeting to derive them from). The chair goes on as the reviewer of the sentences after,
  /// which say 会议 or 会上 for it.
  mutating func readUnnamedMeetingChair() {
    guard sentence.context.meeting == nil,
      !entities.contains(where: { $0.className == "Meeting" })
    else { return }
    let kinds = lexicon.list(.meetingSuffix)
    for cue in cueOccurrences("agent-cue-meeting") where cue.pattern.predicate == "chairs" {
      let end = clauseEnd(after: cue.end)
      guard (cue.end..<end).contains(where: { kinds.longest(in: text, at: $0) != nil }) else {
        continue
      }
      let chair = leaders(before: cue.start)
      if !chair.isEmpty {
        reviewers = chair
        return
      }
    }
  }
}
