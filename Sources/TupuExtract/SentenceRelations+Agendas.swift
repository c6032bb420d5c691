import TupuOntology

extension SentenceRelations {
  /// Whether the sentence convenes a meeting named by its kind word only before `cue`: 召开 (or
  /// 主持召开) then 会议, 专题会议, 协调会 up to the clause's end, and no Meeting read there.
  func convenesBareMeeting(before cue: Int) -> Bool {
    var position = 0
    while position + 2 < cue {
      guard starts("召开", at: position) else {
        position += 1
        continue
      }
      let start = position + 2
      let end = min(clauseEnd(after: start), cue)
      position = start
      guard end - start >= 2, end - start <= 6,
        ends("会议", at: end) || ends("会", at: end),
        !entities.contains(where: {
          $0.className == .meeting && $0.mention.start < end && $0.mention.end > start
        })
      else { continue }
      return true
    }
    return false
  }
}
