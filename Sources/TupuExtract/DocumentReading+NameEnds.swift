import TupuOntology

extension DocumentReading {
  /// 县委书记某某专题调研…某某指出, 书记某某领回了任务…某某说: a name after a post whose end no
  /// word marked (专题, 领回 begin no stop word) is settled by the article's other mentions of the
  /// person. A news story names its people again and again; what stays the same across the
  /// mentions is the name, what changes is the word after it.
  /// - Read long: a name of three characters with no clean end whose first two the article
  ///   reads elsewhere as a person with a clean end is that person (the third character begins
  ///   the next word).
  /// - Read short: a name cut to two characters because the third is also a surname (某某梅作报告)
  ///   is the three when the article writes the three again with another word after them and
  ///   never writes the two before anything else.
  mutating func settleGuessedNameEnds() {
    // NB: most pages have no guessed end: one pass over the mentions, nothing built, then out.
    guard sentences.contains(where: { sentence in
      sentence.mentions.contains { $0.guessedEnd && $0.visibility == .entity }
    }) else { return }
    var clean: Set<ExactText> = []
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices
      where mentions[index].visibility == .entity && mentions[index].isPerson
        && !mentions[index].guessedEnd
      {
        clean.insert(ExactText(mentions[index].name))
      }
    }
    for sentence in sentences {
      for index in sentence.mentions.indices
      where sentence.mentions[index].guessedEnd && sentence.mentions[index].visibility == .entity
        && sentence.mentions[index].isPerson
      {
        let start = sentence.mentions[index].start
        let end = sentence.mentions[index].end
        let scalars = sentence.scalars
        guard end <= scalars.count,
          ExactText.same(sentence.mentions[index].name, ScalarString.make(scalars[start..<end]))
        else { continue }
        var settled: Int?
        if end - start == 3 {
          let short = ScalarString.make(scalars[start..<end - 1])
          if clean.contains(ExactText(short)), !clean.contains(ExactText(sentence.mentions[index].name)) {
            settled = end - 1
          }
        } else if end - start == 2, end < scalars.count, SentenceReader.isIdeograph(scalars[end]),
          !sentence.mentions.contains(where: {
            $0.visibility != .dropped && $0.start <= end && $0.end > end
          }), writtenAgainLonger(scalars[start..<end + 1])
        {
          settled = end + 1
        }
        guard let settled else { continue }
        sentence.mentions[index].end = settled
        sentence.mentions[index].name = ScalarString.make(scalars[start..<settled])
        sentence.mentions[index].guessedEnd = false
      }
    }
  }

  /// Whether the article writes `long` (a name of three characters) at least twice with different
  /// characters after it, and its first two never before anything but its third.
  func writtenAgainLonger(_ long: ArraySlice<Unicode.Scalar>) -> Bool {
    let name = Array(long)
    var after: Set<Unicode.Scalar> = []
    var times = 0
    for sentence in sentences {
      let scalars = sentence.scalars
      var index = 0
      while index + 1 < scalars.count {
        defer { index += 1 }
        guard scalars[index] == name[0], scalars[index + 1] == name[1] else { continue }
        guard index + 2 < scalars.count, scalars[index + 2] == name[2] else { return false }
        times += 1
        after.insert(index + 3 < scalars.count ? scalars[index + 3] : "。")
      }
    }
    return times >= 2 && after.count >= 2
  }
}
