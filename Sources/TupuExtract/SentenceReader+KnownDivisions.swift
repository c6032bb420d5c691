import TupuOntology

extension SentenceReader {
  /// 绍兴市, 大兴区, 厦门市, 宜兴市: a division the country's lists know by its full name, ending
  /// where its suffix ends, is read as one though its last characters look like a compound that is
  /// no suffix (兴市 of 产业兴市, 门市 of 门市部). Returns where the name starts: right where the
  /// pending name starts or after a one-character lead (到, 赴, 至); nil when it is no such name
  /// or a compound runs on past its end (振兴区域, 都市圈).
  func knownDivisionStart(_ own: Range<Int>, end: Int) -> Int? {
    guard !own.isEmpty else { return nil }
    // NB: the lists asked one by one, with no array of them made at every call.
    for start in own where end - start >= 2 {
      // 兴县, 景县: a county named with one character only where one may stand.
      if end - start == 2 {
        guard isOneCharacterCounty(start..<(start + 1), word: "县") else { continue }
      } else if !lexicon.list(.county).contains(text[start..<end]),
        !lexicon.list(.countyCity).contains(text[start..<end]),
        !lexicon.list(.prefecture).contains(text[start..<end])
      {
        continue
      }
      // Inside the pending name only after a lead character (到绍兴市, 赴厦门市; not 形成都市).
      // 以某市…为契机, 对某市: a preposition glued to the name leads it too.
      if start > own.lowerBound, !isNameLead(at: start - 1),
        !Self.leadsBeforeDivision.contains(text[start - 1]),
        !Self.functionCharacters.contains(text[start - 1])
      {
        continue
      }
      if end - start > 2, lexicon.list(.notASuffix).contains(text[start..<end]) { return nil }
      let table = lexicon.list(.notASuffix)
      for position in start..<end {
        let runsOn = table.containsWord(in: text, at: position) { position + $0 > end }
        if runsOn { return nil }
      }
      return start
    }
    return knownDivisionStartingWithStop(own, end: end)
  }

  /// 本溪市, 于都县, 和平区: a known division whose first character elsewhere is a stop word
  /// (本, 于, 和), so that the pending name begins after it, when a boundary stands before it.
  /// 呼和浩特市: two characters back when the stop word stands inside the name.
  private func knownDivisionStartingWithStop(_ own: Range<Int>, end: Int) -> Int? {
    for back in 1...2 {
      let start = own.lowerBound - back
      guard start >= 0, end - start >= 3,
        lexicon.list(.county).contains(text[start..<end])
          || lexicon.list(.countyCity).contains(text[start..<end])
          || lexicon.list(.prefecture).contains(text[start..<end]),
        start == 0 || !Self.isIdeograph(text[start - 1]) || isNameLead(at: start - 1)
          || Self.leadsBeforeDivision.contains(text[start - 1])
          || back == 2 && visibleMention(endingAt: start) != nil
      else { continue }
      return start
    }
    return nil
  }
}

extension SentenceReader {
  /// Past a count at `start` (两宗, 12个, 三大, 十件): digits or numerals, then a classifier.
  func afterCount(_ start: Int, end: Int) -> Int {
    var position = start
    while position < end,
      Self.isDigit(text[position]) || "一二三四五六七八九十两几多百".unicodeScalars.contains(text[position])
    {
      position += 1
    }
    guard position > start, position < end, "个宗项批家座条所大件".unicodeScalars.contains(text[position])
    else { return start }
    return position + 1
  }

  /// Whether a count (3个, 一批, 几处) stands right before `index`.
  func isCounted(before index: Int) -> Bool {
    guard index >= 2, "个座处批家所".unicodeScalars.contains(text[index - 1]) else { return false }
    let previous = text[index - 2]
    return Self.isDigit(previous) || "一二三四五六七八九十两几多百".unicodeScalars.contains(previous)
  }
}

extension SentenceReader {
  /// 美丽眉县, 幸福眉县: words run into a county named with one character (眉县) and no
  /// boundary stands before it; the longer reading is no county, and the slogan names none.
  /// A two-character name that merely ends in one (白沙县 beside 沙县) is a county of its own.
  func endsInOneCharacterCounty(_ own: Range<Int>, word: String) -> Bool {
    guard own.count >= 3, WordSet.same(word, "县") else { return false }
    let last = own.upperBound - 1
    return lexicon.list(.countyOneCharacter).contains(text[last..<(last + 2)])
  }
}

extension SentenceReader {
  /// 某某区领导到…, 某某县党政领导, 某某市四套班子领导: a group word (区领导) whose level
  /// character ends a county or city of the country's lists written right before it. The group
  /// word still introduces its names; the division is read as well, as it is before 召开.
  mutating func readDivisionEndingGroup(_ own: Range<Int>, at index: Int) {
    guard !own.isEmpty, Self.levelCharacters.contains(text[index]),
      let start = knownDivisionStart(own, end: index + 1), index + 1 - start >= 3
    else { return }
    let name = text[start..<(index + 1)]
    let className: EntityClass
    if lexicon.list(.county).contains(name) || lexicon.list(.countyCity).contains(name) {
      className = .district
    } else if lexicon.list(.prefecture).contains(name) {
      className = .city
    } else {
      return
    }
    guard
      !mentions.contains(where: {
        $0.start < index + 1 && $0.end > start && $0.visibility != .dropped
      })
    else { return }
    let container = visibleMention(endingAt: start).flatMap { mentions[$0].isPlace ? $0 : nil }
    _ = addMention(
      Mention(
        start: start, end: index + 1, className: className, name: string(start..<(index + 1)),
        container: container, via: "suffix"))
  }
}
