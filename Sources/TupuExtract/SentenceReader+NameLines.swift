import TupuOntology

extension SentenceReader {
  /// The names of a line that is only its writers' names (甲某 乙某某 closing the story, ■甲某,
  /// □甲某某 摄, (甲某 文/图)): one to three names, each led by a surname and holding no word of
  /// the lexicon (来源, 强调, 某州 are none); nil for any other line.
  func nameLine() -> [Range<Int>]? {
    var start = 0
    var end = text.count
    while start < end, Self.nameLineOpenings.contains(text[start]) { start += 1 }
    while end > start, Self.nameLineClosings.contains(text[end - 1]) { end -= 1 }
    // 某某摄, 某某文/图: the credit after the names.
    if end - start >= 3, text[end - 1] == "摄" {
      end -= 1
    } else if end - start >= 4, text[end - 2] == "/",
      text[end - 3] == "文" && text[end - 1] == "图" || text[end - 3] == "图" && text[end - 1] == "文"
    {
      end -= 3
    }
    guard end - start >= 2, end - start <= 9,
      (start..<end).allSatisfy({ Self.isIdeograph(text[$0]) && !taken[$0] }),
      let names = splitNames(start..<end), names.count <= 3,
      !(start..<end).contains(where: { startsWord(at: $0) }),
      // (某宣): a department's pen name, no person.
      !names.contains(where: {
        lexicon.list(.penNameEnd).contains(text[($0.upperBound - 1)..<$0.upperBound])
      })
    else { return nil }
    return names
  }

  // NB: made once, not per line (every line of a story is asked).
  static let nameLineOpenings: ScalarChoice = [
    "■", "□", "●", "◆", "▲", "(", "（", "【", " ", "\u{3000}",
  ]
  static let nameLineClosings: ScalarChoice = [")", "）", "】", "。", " ", "\u{3000}"]

  /// Whether a word of the lexicon that is no part of a name starts at `index`.
  private func startsWord(at index: Int) -> Bool {
    for list in [Lexicon.ListName.stop, .speech, .afterNamePerson, .personRole, .notAName]
    where lexicon.list(list).longest(in: text, at: index).map({ $0.word.count >= 2 }) ?? false {
      return true
    }
    return lexicon.suffixes.longestLength(in: text, at: index) != nil
      || lexicon.bodies.longestLength(in: text, at: index) != nil
      || lexicon.leaderPosts.longestLength(in: text, at: index) != nil
      || lexicon.roles.longestLength(in: text, at: index) != nil
  }

  /// Reads a line of names alone (`nameLine()`): each a Person.
  mutating func readNameLine(_ names: [Range<Int>]) {
    for name in names { _ = personMention(name, official: false, via: "name-line") }
  }
}
