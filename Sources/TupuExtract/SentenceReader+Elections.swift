extension SentenceReader {
  /// 选举甲某同志为县政协主席, 选举乙某、丙某等四人为…副主席: a session elects the named to the
  /// post written after 为. The elected are Officials (a congress or a CPPCC elects to its own
  /// seats) and hold that post, in the body written with it.
  mutating func readElectedPosts() {
    var cue = 0
    while let found = nextElection(from: cue) {
      cue = found + 2
      let names = electedNames(at: found + 2)
      guard var position = names.last?.upperBound else { continue }
      position = afterCountOfElected(position)
      guard position < text.count, text[position] == "为" else { continue }
      let postStart = position + 1
      var clauseEnd = postStart
      while clauseEnd < text.count, clauseEnd - postStart < 24,
        !"，。；,;、（(".unicodeScalars.contains(text[clauseEnd])
      {
        clauseEnd += 1
      }
      let title =
        lexicon.leaderPosts.longest(in: text, endingAt: clauseEnd)?.payload.title
        ?? lexicon.roles.longest(in: text, endingAt: clauseEnd)?.payload.title
      guard var title else { continue }
      // 常务委员: the standing members' seat (no role of its own: 常务委员会 is a body).
      if title == "委员", ends("常务委员", at: clauseEnd) { title = "常务委员" }
      let unit = mentions.indices.last {
        mentions[$0].className == "Organization" && mentions[$0].visibility != .dropped
          && mentions[$0].start >= postStart && mentions[$0].end <= clauseEnd
      }
      for name in names {
        let person = personMention(name, official: true, via: "elected")
        posts.append(
          PostLink(
            person: person, title: title, units: unit.map { [.mention($0)] } ?? [],
            official: true, start: postStart, end: clauseEnd))
      }
    }
  }

  /// The names listed after 选举, read already (甲、乙四位同志 counted as persons) or not.
  private func electedNames(at start: Int) -> [Range<Int>] {
    var names: [Range<Int>] = []
    var position = start
    while position < text.count {
      let read = mentions.first {
        $0.isPerson && $0.start == position && $0.visibility != .dropped
      }
      guard let end = read?.end ?? nameLength(at: position).map({ position + $0 }) else { break }
      names.append(position..<end)
      guard end < text.count, "、和及".unicodeScalars.contains(text[end]) else { break }
      position = end + 1
    }
    return names
  }

  private func nextElection(from start: Int) -> Int? {
    var index = start
    while index + 2 < text.count {
      if starts("选举", at: index) { return index }
      index += 1
    }
    return nil
  }

  /// 同志, 等四人, 四位同志, 等47人: what a list of the elected may end with before 为.
  private func afterCountOfElected(_ start: Int) -> Int {
    var position = start
    if starts("同志", at: position) { position += 2 }
    if position < text.count, text[position] == "等" { position += 1 }
    while position < text.count,
      Self.isDigit(text[position]) || "一二三四五六七八九十两".unicodeScalars.contains(text[position])
    {
      position += 1
    }
    for word in ["位同志", "名同志", "人", "位", "名"] where starts(word, at: position) {
      return position + word.unicodeScalars.count
    }
    return position
  }
}
