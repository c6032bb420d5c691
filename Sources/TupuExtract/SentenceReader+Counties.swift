import TupuOntology

extension SentenceReader {
  /// 某某回族区 + 区委书记, 某某自治县 + 县政协: a long name before a level word is a place of
  /// that level when the country's list of districts and counties has it in full; so is one
  /// that begins with a surname (万秀 + 区委常委 names 万秀区, no person 万秀).
  func isCounty(_ own: Range<Int>, level: String) -> Bool {
    guard level == "区" || level == "县" || level == "旗", own.count >= 1, own.count <= 14 else {
      return false
    }
    var name = Array(text[own])
    if name.last.map({ String($0) }) != level { name.append(contentsOf: level.unicodeScalars) }
    return lexicon.list(.county).contains(name[...])
  }
}

extension SentenceReader {
  /// 泾县政协, 吉县委书记: a county named with one character, written right before its own body
  /// or committee post (县 + 政协, 县 + 委书记), where a name may begin: at the head of a
  /// sentence or clause, after a preposition, or right after the place it lies in. Never 和, 代,
  /// 新 or 应, far likelier the conjunction (全市和县政协), the acting (代县委书记), the new or
  /// the invitation (应县政府邀请).
  func isOneCharacterCounty(_ own: Range<Int>, level: String) -> Bool {
    guard own.count == 1, level == "县", own.upperBound < text.count,
      text[own.upperBound] == "县", !Self.wordlikeCountyCharacters.contains(text[own.lowerBound]),
      lexicon.list(.countyOneCharacter).contains(text[own.lowerBound..<(own.upperBound + 1)])
    else { return false }
    let start = own.lowerBound
    guard start > 0 else { return true }
    let previous = text[start - 1]
    return !Self.isIdeograph(previous) || Self.leadsBeforeDivision.contains(previous)
      || Self.functionCharacters.contains(previous)
      || visibleMention(endingAt: start).map { mentions[$0].isPlace } == true
  }

  static let wordlikeCountyCharacters = ScalarChoice("和代新应".unicodeScalars)
}

extension SentenceReader {
  /// 宁乡 + 县政协, 乌兰浩特 + 市人大常委会: whether `own` and the level word after it name a
  /// county or a county-level city the country's lists have in full.
  func isListedCountyOrCity(_ own: Range<Int>, level: String) -> Bool {
    if isCounty(own, level: level) { return true }
    guard level == "市", own.count >= 1, own.count <= 8 else { return false }
    return lexicon.list(.countyCity).contains((Array(text[own]) + "市".unicodeScalars)[...])
  }
}

extension SentenceReader {
  /// Whether `own` is a person's name written before a leader's post that a verb, a speech word
  /// or punctuation follows (林某某区长带队, 钱某某副县长强调), not a place and its head.
  func isHolderBeforePost(_ own: Range<Int>, title: String, level: String, postEnd: Int) -> Bool {
    // 巴某市委常委: a post that begins with its level's committee names the place before it.
    if ExactText.starts(title, with: level + "委") { return false }
    guard let surname = surnameLength(at: own.lowerBound), (1...2).contains(own.count - surname),
      !isCounty(own, level: level), nameLength(at: own.lowerBound) == own.count
    else { return false }
    // 某某区长, 某某县长 alone may be a place and its head; a verb after it says a person acts.
    if !ExactText.starts(title, with: level),
      postEnd >= text.count || !Self.isIdeograph(text[postEnd])
    {
      return true
    }
    return [Lexicon.ListName.stop, .speech, .afterNamePerson].contains {
      lexicon.list($0).longestLength(in: text, at: postEnd) != nil
    }
  }
}

extension SentenceReader {
  /// 景县, 澧县: a county named with one character, when the country's list has it and nothing
  /// but punctuation, the sentence's start or a preposition stands before it (健康县城 and
  /// 现代县域 are words, not 康县 or 代县).
  func isOneCharacterCounty(_ name: Range<Int>, word: String) -> Bool {
    // NB: the count first: a String == of two Chinese words that differ costs ~330 instructions.
    guard name.count == 1, word == "县", let first = name.first,
      lexicon.list(.countyOneCharacter).contains(text[first..<(first + 2)])
    else { return false }
    // X县县委, X县县长 for a county named X县: the body or post after it names the county
    // (as written, 县 twice).
    if first + 2 < text.count, text[first + 2] == "县" { return false }
    if first == 0 || !Self.isIdeograph(text[first - 1]) { return true }
    if followsNamedPlace(oneCharacterCounty: first) { return true }
    // 启动实施兴县某项目: after a verb of two or more characters too.
    if let stop = lexicon.list(.stop).longest(in: text, endingAt: first), stop.word.count >= 2 {
      return true
    }
    // 向磁县捐赠, 为单县发展, 对磁县: a preposition glued to the name leads it too.
    return "在到赴至于从经与及是向为对给".unicodeScalars.contains(text[first - 1])
  }

  /// 山西省兴县, 陕西省户县: a county of one character right after the named province or city it
  /// lies in, though its character is a stop word elsewhere (户, 兴). Not after a bare 全省 or 市区,
  /// not before 城, 域, 区, 里 or 级 (某市户县城), and never 和县 (某街道和县有关部门: the
  /// conjunction is far the likelier reading).
  func followsNamedPlace(oneCharacterCounty first: Int) -> Bool {
    // NB: the 县 asked first: this runs at every stop word that may start a name.
    guard first + 2 <= text.count, text[first + 1] == "县", text[first] != "和",
      lexicon.list(.countyOneCharacter).contains(text[first..<(first + 2)]),
      first + 2 == text.count || !"城域区里级县".unicodeScalars.contains(text[first + 2]),
      let before = visibleMention(endingAt: first)
    else { return false }
    return mentions[before].isPlace && mentions[before].end - mentions[before].start >= 3
  }
}
