extension SentenceReader {
  /// The level words a place the Youth League has a committee in ends with (某省, 某市, 某县, 某区).
  static let youthLeagueLevels = ScalarChoice("省市县区旗州".unicodeScalars)

  /// 共青团某县委, 共青团某市委员会, 共青团某省直属机关工作委员会: the Communist Youth League's
  /// committee of a place (or of a place's organs) is one body, its name written with the place;
  /// the place is no node of its own there (a name prefix is not a location), and a post written
  /// straight after it (共青团某县委书记) is held in that body, not in the place's party committee
  /// (县委书记). Read only where 共青团 stands.
  mutating func readYouthLeagueCommittees() {
    let count = text.count
    guard count >= 7 else { return }
    var open = 0
    while open + 6 < count {
      defer { open += 1 }
      guard text[open] == "共", text[open + 1] == "青", text[open + 2] == "团" else { continue }
      let nameStart = open + 3
      guard let end = youthLeagueCommitteeEnd(placeFrom: nameStart) else { continue }
      let span = open..<end
      // A person read inside, or a name running across either end: some other reading.
      guard !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < end && $0.end > open
          && ($0.isPerson || $0.start < open || $0.end > end)
      }) else { continue }
      var inside: Set<Int> = []
      for index in mentions.indices
      where mentions[index].visibility != .dropped && span.contains(mentions[index].start) {
        mentions[index].visibility = .dropped
        inside.insert(index)
      }
      var body = Mention(
        start: open, end: end, className: .organization, name: string(span), via: "suffix")
      body.isBody = true
      let added = addMention(body)
      for index in posts.indices {
        if span.contains(posts[index].start) {
          // 共青团某县委书记: the post's words after the body's name are its title (书记).
          posts[index].units = [.mention(added)]
          posts[index].title = posts[index].end > end ? string(end..<posts[index].end) : nil
          posts[index].official = true
          continue
        }
        posts[index].units = posts[index].units.map {
          if case .mention(let unit) = $0, inside.contains(unit) { return .mention(added) }
          return $0
        }
      }
      for position in span { taken[position] = true }
      open = end - 1
    }
  }

  /// Where the committee's name ends, for a place written from `nameStart`: two to eight
  /// characters ending with a level word, then 委 or 委员会, or a few more characters and
  /// 工作委员会 (某省直属机关工作委员会).
  private func youthLeagueCommitteeEnd(placeFrom nameStart: Int) -> Int? {
    let count = text.count
    var level = nameStart + 1
    // The place holds no committee word nor a joining word (共青团县委和市委 names no place).
    while level < min(count - 1, nameStart + 8), Self.isIdeograph(text[level]),
      !"委和与及的".unicodeScalars.contains(text[level])
    {
      defer { level += 1 }
      guard Self.youthLeagueLevels.contains(text[level]) else { continue }
      if starts("委员会", at: level + 1) { return level + 4 }
      if text[level + 1] == "委" { return level + 2 }
      var organ = level + 3
      while organ <= min(count - 5, level + 9), Self.isIdeograph(text[organ - 1]) {
        if starts("工作委员会", at: organ) { return organ + 5 }
        organ += 1
      }
    }
    return nil
  }
}
