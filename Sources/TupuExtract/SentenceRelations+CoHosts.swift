extension SentenceRelations {
  /// 由甲、乙、丙共同主办: the co-hosts of a list that opens with 由, item by item, for a list the
  /// bodies' reader could not take whole — an item no body was read for (由甲、乙、省某某院共同
  /// 主办), a comma between two items (由甲,乙主办), the party's 中共 before an item inside the list
  /// (由甲、中共乙县委、乙县人民政府主办). Each item read as a body convenes; an item read as
  /// none gives nothing, and no item is guessed. A guidance clause before the hosts (由甲指导,
  /// 乙、丙联合主办) is no part of the list. `end` is where the last item ends (before 联合, 共同
  /// and the verb); the hosts and where 由 stands, nil when no 由 opens a list there.
  func coHostsAfterBy(endingAt end: Int) -> (hosts: [String], by: Int)? {
    guard end > 1, end <= text.count else { return nil }
    // The nearest 由 before the list, within the sentence's clause run (a comma may part items).
    var start = end
    let limit = max(0, end - Self.coHostSpan)
    while start > limit, text[start - 1] != "由" {
      if Self.coHostStops.contains(text[start - 1]) { return nil }
      start -= 1
    }
    // 由于 (because) and 由此 (hence) open no list.
    guard start > 0, text[start - 1] == "由", start < end, text[start] != "于", text[start] != "此"
    else { return nil }
    let by = start - 1
    // 由甲、乙指导，丙、丁联合主办: the hosts begin after the guidance clause.
    var position = start
    while position + 2 < end {
      if starts("指导", at: position), Self.coHostSeparators.contains(text[position + 2]),
        text[position + 2] != "、"
      {
        start = position + 3
      }
      position += 1
    }
    var hosts: [String] = []
    var itemStart = start
    for index in start...end where index == end || Self.coHostSeparators.contains(text[index]) {
      defer { itemStart = index + 1 }
      guard index > itemStart, index - itemStart <= Self.coHostItemLength else { return nil }
      // 中共乙县委: the party's name before its committee is no body of its own.
      let opening = Self.partyPrefixes.first { starts($0, at: itemStart) }
        .map { itemStart + $0.unicodeScalars.count } ?? itemStart
      // 甲和乙 inside one item: bodies joined by 和, 与, 及, read back from the item's end.
      // A body counts only when it begins the item or follows a joiner: one read for the tail of
      // a longer name left unread is not the item's body.
      var itemEnd = index
      while let body = entities.last(where: {
        $0.mention.end == itemEnd && $0.mention.start >= itemStart
          && Self.conveningClasses.contains($0.className)
      }) {
        let before = body.mention.start
        let joined = before - 1 > opening && "和与及".unicodeScalars.contains(text[before - 1])
        guard before == itemStart || before == opening || joined else { break }
        hosts.append(body.name)
        guard joined else { break }
        itemEnd = before - 1
      }
    }
    return (hosts, by)
  }

  /// Whether the clause before 由 at `by` speaks of the article's meeting: it says nothing more
  /// (由甲主办 after a comma), or only a pointer and a bare kind (此次会议由…, 本次活动由…, 活动由…).
  /// A clause that names what was hosted (本届某某节由…, 某某论坛由…) may name another meeting
  /// than the article's, and gets none here.
  func speaksOfArticleMeeting(before by: Int) -> Bool {
    var position = clauseStart(before: by)
    if let pointer = Self.meetingPointers.first(where: { starts($0, at: position) }) {
      position += pointer.unicodeScalars.count
    }
    if position >= by { return true }
    if let bare = lexicon.list(.meetingBare).longest(in: text, at: position),
      position + bare.word.count == by
    {
      return true
    }
    return Self.bareEvents.contains { starts($0, at: position) && position + $0.unicodeScalars.count == by }
  }

  /// The meeting hosted by the bodies after 由 at `by`, at a clause's end (某某由甲、乙主办，): the
  /// meeting the clause names right before 由 (首届某某博览会由甲主办), or the one the document
  /// named in full whose name a pointer goes on with (本届某某节由甲主办: the one meeting whose
  /// name ends so); else the article's meeting, when the clause speaks of it or `fallback`.
  func hostedMeeting(before by: Int, fallback: Bool) -> String? {
    if let named = entities.last(where: { $0.className == .meeting && $0.mention.end == by }) {
      return named.name
    }
    let start = clauseStart(before: by)
    if let pointer = Self.meetingPointers.first(where: { starts($0, at: start) }),
      case let tailStart = start + pointer.unicodeScalars.count, by - tailStart >= 4
    {
      let tail = ScalarString.make(text[tailStart..<by])
      let named = reading.classes.compactMap { name, className in
        className == .meeting && ExactText.ends(name.text, with: tail) ? name.text : nil
      }
      if named.count == 1 { return named[0] }
    }
    return fallback || speaksOfArticleMeeting(before: by) ? articleMeeting() : nil
  }

  /// Where 由 stands before a list of bodies that `followsBy` its start.
  func byPosition(before start: Int) -> Int? {
    for prefix in ["由", "由中共", "由中国共产党"] where ends(prefix, at: start) {
      return start - prefix.unicodeScalars.count
    }
    return nil
  }

  static let meetingPointers = ["此次", "本次", "这次", "本届"]
  static let bareEvents = ["活动", "仪式", "论坛", "节会"]

  static let coHostSpan = 80
  static let coHostItemLength = 30
  static let coHostSeparators: ScalarChoice = ["、", "，", ","]
  static let coHostStops: ScalarChoice = ["。", "；", ";", "！", "？", "：", ":", "“", "”"]
  static let partyPrefixes = ["中国共产党", "中共"]
}
