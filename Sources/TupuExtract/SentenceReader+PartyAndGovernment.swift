extension SentenceReader {
  /// 镇党委、政府, 县委和政府 (not 县委与政府两办, the two offices): a place's party committee and then its government, written with
  /// the place once. 政府 after the list comma is that place's government, a body of its own.
  mutating func readGovernmentsAfterPartyCommittees() {
    for index in mentions.indices
    where mentions[index].className == .organization && mentions[index].isBody
      && mentions[index].visibility != .dropped
    {
      let party = mentions[index]
      let end = party.end
      guard end + 2 < text.count, text[end] == "、" || text[end] == "和",
        starts("政府", at: end + 1), let level = Self.partyCommitteeLevel(of: party.name)
      else { continue }
      // 县委、政府办: the office, not the government.
      let after = end + 3
      if starts("政府办", at: end + 1) { continue }
      if mentions.contains(where: {
        $0.visibility != .dropped && $0.start < after && $0.end > end + 1
      }) {
        continue
      }
      var government = Mention(
        start: end + 1, end: after, className: .organization,
        name: String(party.name.dropLast(level.committee.count)) + "政府", via: "body")
      government.isBody = true
      government.bareLevel = party.bareLevel
      government.qualifier = party.qualifier
      _ = addMention(government)
    }
  }

  /// The level and committee word a party committee's name ends with: 镇党委 (镇, 党委),
  /// 县委 (县, 委).
  static func partyCommitteeLevel(of name: String) -> (level: String, committee: String)? {
    for level in ["镇", "乡"] where ExactText.ends(name, with: level + "党委") {
      return (level, "党委")
    }
    for level in ["县", "区", "市"] where ExactText.ends(name, with: level + "委") {
      return (level, "委")
    }
    return nil
  }
}
