import TupuOntology

extension SentenceReader {
  /// 先后视察A，B，C和D等城建项目: a visit's sites listed with commas instead of 、, the last
  /// closed by 等 and a word that says they are works (等重点项目, 等7个项目). Every item is a
  /// work, whatever its suffix; a firm keeps its class (the gold keeps 某有限公司 a firm).
  mutating func readCommaListedSites() {
    // Most sentences list nothing this way: without 等 there is no closer.
    guard text.contains("等") else { return }
    let cues = lexicon.list(.listVisit)
    var index = 0
    while index < text.count {
      guard let cue = cues.longest(in: text, at: index) else {
        index += 1
        continue
      }
      index += cue.word.count
      if isTeamWord(at: index) { continue }
      if index < text.count, text[index] == "了" { index += 1 }
      guard let items = commaListedItems(from: index) else { continue }
      for item in items { readCommaListedSite(item) }
      index = items.last?.upperBound ?? index
    }
  }

  /// The items of a comma list starting at `start`, three or more, the last closed by 等 and a
  /// project list's head; nil where a clause is no plain name.
  func commaListedItems(from start: Int) -> [Range<Int>]? {
    var items: [Range<Int>] = []
    var clauseStart = start
    var position = start
    let stop = lexicon.list(.stop)
    let keep = lexicon.list(.notAStop)
    let inner = lexicon.list(.projectInner)
    while position < text.count, position - start < 160 {
      let scalar = text[position]
      if scalar == "等", position > clauseStart,
        lexicon.list(.projectListHead).longestLength(in: text, at: position) != nil
          || closesWorks(after: position)
      {
        let reader = ListReader(lexicon: lexicon, text: text, taken: taken)
        items += reader.split(clauseStart..<position)
        return items.count >= 3 ? items : nil
      }
      if scalar == "，" || scalar == "," {
        let clause = clauseStart..<position
        guard clause.count >= 2, clause.count <= 24 else { return nil }
        items.append(clause)
        clauseStart = position + 1
        position += 1
        continue
      }
      if "。；;：:".unicodeScalars.contains(scalar) { return nil }
      // A verb inside a clause makes it a clause, not a name.
      if let word = stop.longest(in: text, at: position), word.word.count >= 2,
        keep.longestLength(in: text, at: position) == nil, inner.longestLength(in: text, at: position) == nil
      {
        // 新建成的某医院: what is said of the site before 的 may hold a verb.
        guard let of = (position..<min(text.count, position + 8)).first(where: { text[$0] == "的" }),
          !(position..<of).contains(where: { ListReader.isClauseEnd(text[$0]) })
        else { return nil }
        position = of + 1
        continue
      }
      position += 1
    }
    return nil
  }

  /// 等城建项目, 等7个项目: 项目 or 工程 within a few characters after 等, no mark between.
  func closesWorks(after mark: Int) -> Bool {
    var position = mark + 1
    while position < min(text.count, mark + 8), isNameScalar(text[position]) {
      if starts("项目", at: position) || starts("工程", at: position) { return true }
      position += 1
    }
    return false
  }

  /// One site of a comma list: what is said of it before 的 (新建成的某医院) is no part of it.
  mutating func readCommaListedSite(_ listed: Range<Int>) {
    var item = listed
    if let of = item.last(where: { text[$0] == "的" }), item.upperBound - of > 2 {
      item = (of + 1)..<item.upperBound
    }
    guard item.count >= 3, !isGenericItem(item), !item.contains(where: { taken[$0] }) else { return }
    if let same = mention(exactly: item) {
      let found = mentions[same]
      if found.className == .project || found.isDivision || found.isPerson || found.isBody
        || found.className == .meeting
        || found.className == .organization && ExactText.ends(found.name, with: "公司")
      {
        return
      }
      mentions[same].className = .project
      mentions[same].via = "comma-list"
      return
    }
    if mentions.contains(where: {
      $0.visibility != .dropped && $0.start < item.upperBound && $0.end > item.lowerBound
        && ($0.isPerson || $0.isBody || $0.className == .meeting
          || $0.className == .organization && ExactText.ends($0.name, with: "公司"))
    }) {
      return
    }
    addListedItem(item, className: .project)
    if let last = mentions.indices.last { mentions[last].via = "comma-list" }
  }
}

extension SentenceReader {
  /// A character a work's name may hold: an ideograph, a digit, a Latin letter.
  func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    Self.isIdeograph(scalar) || Self.isDigit(scalar) || (0x41...0x5A).contains(scalar.value)
      || (0x61...0x7A).contains(scalar.value)
  }
}
