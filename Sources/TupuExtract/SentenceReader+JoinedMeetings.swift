import TupuOntology

/// Meetings named one after the other and joined (召开甲会议和乙会议, 甲会议及乙会议): the second
/// is read as the first is, and whoever chairs or convenes the first does the same for it.
extension SentenceReader {
  /// Whether a meeting read in this sentence ends right before the joining word before `start`.
  func isJoinedToMeeting(at start: Int) -> Bool {
    guard start >= 2, EventFrame.joiningWords.contains(text[start - 1]) else { return false }
    return mentions.contains { $0.className == .meeting && $0.end == start - 1 }
  }
}

extension SentenceRelations {
  /// The meetings joined after `meeting` (甲会议和乙会议及丙会议), in order.
  func meetingsJoined(after meeting: Mention) -> [String] {
    var names: [String] = []
    var end = meeting.end
    while end + 1 < text.count, EventFrame.joiningWords.contains(text[end]),
      let next = entities.first(where: { $0.className == .meeting && $0.mention.start == end + 1 })
    {
      names.append(next.name)
      end = next.mention.end
    }
    return names
  }
}
