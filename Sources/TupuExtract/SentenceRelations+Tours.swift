extension SentenceRelations {
  /// 甲、乙一行对…进行督查。甲一行先后深入A、B…: the party written after the first leader's name
  /// (一行) is the visit the sentence before named with all its leaders; each of them sees the
  /// sites, not the first one only.
  func widenedToTheVisit(_ agents: [String], atCue cue: Int) -> [String] {
    guard !agents.isEmpty, previousReviewers.count > agents.count,
      agents.allSatisfy({ previousReviewers.contains($0) }),
      !previousReviewers.contains(where: { reading.classes[ExactText($0)] == .meeting }),
      isVisitCue(at: cue) || (0..<cue).contains(where: { starts("一行", at: $0) })
    else { return agents }
    let party = Array("一行".unicodeScalars)
    let named = agents.allSatisfy { agent in
      let name = Array(agent.unicodeScalars)
      return (0..<cue).contains { position in
        position + name.count + party.count <= text.count
          && text[position..<(position + name.count)].elementsEqual(name)
          && text[(position + name.count)..<(position + name.count + party.count)]
            .elementsEqual(party)
      }
    }
    return named ? previousReviewers : agents
  }
}

extension SentenceRelations {
  /// Whether the sentence tells of a visit before `cue`: 代表们先后到A、B…，实地查看、听取项目
  /// 情况介绍 — who hears there is the unnamed party that came, not the article's meeting (the
  /// session its members attend, 出席某会议的代表们).
  func tellsVisit(before cue: Int) -> Bool {
    let visits = lexicon.list(.visitCue)
    return (0..<cue).contains { visits.longestLength(in: text, at: $0) != nil }
  }
}
