import TupuOntology

extension SentenceRelations {
  /// Words that refer back to the works a sentence before listed.
  static let referringToWorks = [
    "各个项目", "上述项目", "这些项目", "以上项目", "每个项目", "各项目", "上述工程", "这些工程",
  ]

  /// 领导们巡查了A、B等18个项目。区长甲认真巡查了各个项目: a cue whose object refers back
  /// (各个项目, 上述项目) reviews the works of the nearest sentence before that names some (at
  /// most two sentences back), when this one names none of its own.
  mutating func readReferredWorks() {
    // NB: most sentences refer back to no works; one pass over the text before any cue is read.
    guard !entities.contains(where: { $0.className == .project }),
      text.indices.contains(where: { index in
        // NB: a switch on the scalar, not a literal's scalars searched at every index.
        switch text[index] {
        case "各", "上", "这", "以", "每":
          return Self.referringToWorks.contains(where: { starts($0, at: index) })
        default:
          return false
        }
      })
    else { return }
    for cue in reviewCues() {
      var position = cue.end
      while position < text.count, position - cue.end < 4,
        !Self.referringToWorks.contains(where: { starts($0, at: position) })
      {
        if !"了的认真仔细逐一地".unicodeScalars.contains(text[position]) { break }
        position += 1
      }
      guard Self.referringToWorks.contains(where: { starts($0, at: position) }) else { continue }
      let agents = reviewers(before: cue.start, meetingOpens: openingMeeting())
      guard !agents.isEmpty else { continue }
      for work in worksListedBefore() {
        for agent in agents { add(agent, "reviews", work, cue.pattern.id) }
      }
    }
  }

  /// The works of the nearest earlier sentence of the article that names some, at most two back.
  func worksListedBefore() -> [String] {
    for read in reading.sentences.reversed()
    where read.article == sentence.article && read.index < sentence.index
      && read.index >= sentence.index - 2
    {
      let works = read.mentions.compactMap { mention -> String? in
        guard let entity = reading.entity(mention), entity.className == .project else { return nil }
        return entity.name
      }
      if !works.isEmpty { return works }
    }
    return []
  }
}
