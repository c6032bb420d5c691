import TupuOntology

extension SentenceReader {
  /// What a clause before a colon says its list of names holds.
  enum NameListFrame: Equatable {
    /// 出席：甲、乙; 列席会议的有：甲、乙: those attending, the seats of office holders.
    case attending
    /// 在主席台就座的还有：甲、乙; 大会主席团常务委员会成员有：甲、乙: seats or members, no post said.
    case listed
    /// 担任本次大会执行主席的是：甲、乙: the holders of a post many hold, the post said before.
    case holding
  }

  /// 在主席台就座的还有：甲、乙、丙等; 大会主席团常务委员会成员有：甲、乙; 出席：甲、乙（女）、丙:
  /// a clause that says its list holds people (a seat on the rostrum, a body's members, a
  /// record's attendance), then a colon: every item of the list that reads as a name is a
  /// person, and a list wrapped over a line (…、乙\n丙、丁, read as 乙丙) is split by surnames.
  /// Those attending (出席, 列席) are officials; those seated or listed as members with no post
  /// said are persons (the Official or Person ruling). A list a post or group word introduces
  /// (执行主席是：, 的领导有：) is the scan's, but a clause that ends in a post many hold and
  /// 的是 or 的有 (担任本次大会执行主席的是：) is read here, and so is every item of such a list
  /// after a comma the scan stops at: its names hold the post, officials (no title is given).
  mutating func readColonNameLists() {
    for colon in text.indices where text[colon] == ":" || text[colon] == "：" {
      guard let frame = nameListFrame(before: colon) else { continue }
      let items = colonListNames(after: colon + 1)
      guard items.count >= 2 else { continue }
      for item in items {
        _ = personMention(item, official: frame != .listed, via: "colon-list")
      }
    }
  }

  /// The frame of the clause that ends at the colon at `colon`, or nil when it says nothing of
  /// people.
  func nameListFrame(before colon: Int) -> NameListFrame? {
    var end = colon
    // 本次大会的执行主席是（按姓名笔画排列）：a note on the list's order.
    if end > 0, text[end - 1] == ")" || text[end - 1] == "）" {
      var open = end - 1
      while open > 0, colon - open <= 14, text[open] != "(" && text[open] != "（" { open -= 1 }
      guard text[open] == "(" || text[open] == "（" else { return nil }
      end = open
    }
    var start = end
    while start > 0, Self.isIdeograph(text[start - 1]) { start -= 1 }
    guard end - start >= 2 else { return nil }
    let clause = string(start..<end)
    if Self.attendingHeads.contains(clause) { return .attending }
    if Self.listedHeads.contains(clause) { return .listed }
    guard let closing = Self.listClosings.first(where: { ExactText.ends(clause, with: $0) }) else {
      return nil
    }
    let stem = String(clause.unicodeScalars.dropLast(closing.unicodeScalars.count))
    // 当选为委员的有：an election's list is the election reader's.
    if ["当选", "选举", "任命", "聘任", "表彰", "获得", "荣获"].contains(where: { stem.contains($0) }) {
      return nil
    }
    if stem.hasPrefix("出席") || stem.hasPrefix("列席") { return .attending }
    if stem.contains("就座") || stem.contains("就坐") || ExactText.ends(stem, with: "成员") {
      return .listed
    }
    // 担任本次大会执行主席的是：, 本次大会执行主席是：: a post many hold (no company's), then
    // the ones who hold it.
    let stemEnd = end - closing.unicodeScalars.count
    let heldRole = lexicon.roles.longest(in: text, endingAt: stemEnd).map {
      $0.payload.shared && !$0.payload.holderIsPerson
    } ?? false
    if heldRole || lexicon.leaderPosts.longest(in: text, endingAt: stemEnd)?.payload.shared == true {
      return .holding
    }
    return nil
  }

  /// A record's attendance line (出席：甲、乙).
  static let attendingHeads: WordSet = ["出席", "列席", "出席人员", "列席人员", "出席领导", "列席领导"]
  /// A record's participants (参加：甲、乙, 参会人员：甲).
  static let listedHeads: WordSet = ["参加", "参加人员", "参会人员"]
  /// Words that end a clause introducing a list (…的还有：, …成员有：, …执行主席的是：).
  static let listClosings = ["的还有", "的有", "的是", "还有", "分别是", "有", "是", "为"]

  /// The names of a list after a colon, up to the first item that reads as no name.
  func colonListNames(after start: Int) -> [Range<Int>] {
    var names: [Range<Int>] = []
    var rare: [Range<Int>] = []
    var position = start
    while position < text.count {
      var end = position
      while end < text.count, Self.isIdeograph(text[end]) || Self.nameDots.contains(text[end]) {
        end += 1
      }
      var run = position..<end
      // 丙、丁等。: the list's closing 等.
      let closes = run.count >= 3 && text[end - 1] == "等"
        && (end == text.count || !Self.isIdeograph(text[end]))
      if closes { run = position..<(end - 1) }
      if let read = listedNameItems(run) {
        names += read
      } else if (2...3).contains(run.count), isRareListedName(run) {
        rare.append(run)
      } else {
        break
      }
      if closes { break }
      let next = afterNameNote(end)
      guard next + 1 < text.count, "、，,".unicodeScalars.contains(text[next]) else { break }
      position = next + 1
    }
    // A name of a rare surname counts only among names read by their surnames.
    guard names.count >= 2, rare.count <= names.count / 2 else { return names }
    return (names + rare).sorted { $0.lowerBound < $1.lowerBound }
  }

  /// The names a list item holds: itself, when it reads as one name, or the names it splits
  /// into by surnames (乙丙 of a list wrapped over a line); nil when it reads as none.
  func listedNameItems(_ run: Range<Int>) -> [Range<Int>]? {
    guard run.count >= 2 else { return nil }
    // 执行主席是：甲、乙，丙: names the scan read already (taken) are items of the list too.
    if mentions.contains(where: {
      $0.isPerson && $0.visibility != .dropped && $0.start == run.lowerBound && $0.end == run.upperBound
    }) {
      return [run]
    }
    guard !run.contains(where: { taken[$0] }) else { return nil }
    guard !mentions.contains(where: {
      $0.visibility != .dropped && $0.start < run.upperBound && $0.end > run.lowerBound
    }) else { return nil }
    if transliteratedNameLength(at: run.lowerBound) == run.count
      || minorityNameLength(at: run.lowerBound) == run.count
    {
      return [run]
    }
    if isListedName(run) { return [run] }
    guard (4...6).contains(run.count), !run.contains(where: { Self.nameDots.contains(text[$0]) }),
      let long = splitNames(run)
    else { return nil }
    let split = splitNames(run, shortFirst: true).map { $0 == long ? long : preferredSplit(long, $0) } ?? long
    guard let split, split.count >= 2, split.allSatisfy({ isListedName($0) }) else { return nil }
    return split
  }

  /// Whether `range` (two or three characters, four with a double surname) reads as one name
  /// by its surname: no common word, stop word or kind suffix in it.
  func isListedName(_ range: Range<Int>) -> Bool {
    guard let surname = surnameLength(at: range.lowerBound), range.count > surname,
      range.count <= surname + 2, !startsCommonWord(at: range.lowerBound),
      range.allSatisfy({ Self.isIdeograph(text[$0]) })
    else { return false }
    return isPlainName(range)
  }

  /// Whether `range` of two or three characters is a name whose surname the lexicon lacks: no
  /// stop word, common word or kind suffix in it.
  func isRareListedName(_ range: Range<Int>) -> Bool {
    guard surnameLength(at: range.lowerBound) == nil, !startsCommonWord(at: range.lowerBound),
      lexicon.list(.commonWordNotName).longestLength(in: text, at: range.lowerBound) == nil,
      range.allSatisfy({ isName($0) }),
      !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < range.upperBound && $0.end > range.lowerBound
      })
    else { return false }
    return isPlainName(range)
  }

  private func isPlainName(_ range: Range<Int>) -> Bool {
    if range.contains(where: { (lexicon.list(.stop).longestLength(in: text, at: $0) ?? 0) >= 2 }) {
      return false
    }
    if let suffix = lexicon.suffixes.longest(in: text, endingAt: range.upperBound),
      suffix.word.count < range.count
    {
      return false
    }
    if lexicon.gazetteer.longestLength(in: text, at: range.lowerBound) != nil { return false }
    return !range.dropFirst().contains(where: { startsPostWord(at: $0) })
  }
}
