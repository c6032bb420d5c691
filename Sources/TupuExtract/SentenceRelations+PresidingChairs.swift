import TupuOntology

/// 开幕会的执行主席由甲、乙担任, 主持人由甲担任: a session's presiding chairs, named after 由,
/// chair the article's meeting.
extension SentenceRelations {
  mutating func readPresidingChairs() {
    guard let meeting = articleMeeting(),
      let pattern = reading.cues.chairsID
    else { return }
    for position in text.indices where text[position] == "由" {
      guard Self.presidingPosts.contains(where: { ends($0, at: position) }),
        let close = (position + 1..<min(text.count, position + 20)).first(where: {
          starts("担任", at: $0)
        })
      else { continue }
      for entity in entities
      where isPerson(entity.className) && entity.mention.start > position
        && entity.mention.end <= close
      {
        add(entity.name, "chairs", meeting, pattern)
      }
    }
  }

  static let presidingPosts = ["执行主席", "主持人"]
}
