import TupuOntology

extension SentenceReader {
  /// 太和县, 将乐县, 正定县: a division of the country's lists whose name holds a stop word after
  /// its first character (和, 乐, 定 of 太和, 将乐…) is read whole; the stop ends no name there.
  /// The name begins at the pending name's start or after a lead (到太和县, 在太和县).
  func knownDivisionHoldsStop(at index: Int, length: Int, pending: Int) -> Bool {
    guard pending < index else { return false }
    for start in max(pending, index - 2)..<index {
      guard start == pending || isNameLead(at: start - 1)
        || Self.leadsBeforeDivision.contains(text[start - 1])
      else { continue }
      // NB: the lists asked in turn (no array of them made at every stop word of a name).
      func reachesPastStop(_ list: Lexicon.ListName) -> Bool {
        guard let name = lexicon.list(list).longest(in: text, at: start) else { return false }
        return start + name.word.count >= index + length
      }
      if reachesPastStop(.county) || reachesPastStop(.countyCity) || reachesPastStop(.prefecture) {
        return true
      }
    }
    return false
  }

  static let leadsBeforeDivision = ScalarChoice("到赴至在于从往经由与及和的".unicodeScalars)
}

extension SentenceReader {
  /// 格日朝鲁苏木, 巴彦巨日合嘎查, 大沁他拉镇: a township's or village's own name, transliterated,
  /// may hold a one-character stop word (日, 他) after its first character. The stop is held
  /// inside the name when name characters began right before it (no numeral: 5日 stays a date)
  /// and run on, with no other stop, into a division's suffix within that suffix's length
  /// counted from the boundary before the name.
  func divisionNameHoldsStop(at index: Int, length: Int, pending: Int) -> Bool {
    if shortDivisionNameHoldsStop(at: index, length: length, pending: pending) { return true }
    guard length == 1, pending < index,
      lexicon.list(.stopInDivision).contains(text[index..<(index + 1)]),
      !Self.numerals.contains(text[index - 1])
    else { return false }
    var position = index + 1
    while position < text.count, position - pending <= 8 {
      guard Self.isIdeograph(text[position]), !taken[position] else { return false }
      if let suffix = lexicon.suffixes.longest(in: text, at: position),
        suffix.payload.kind == .division, position > index + 1
      {
        let limit = suffix.payload.maximum
          + ([.street, .community].contains(suffix.payload.className) ? Self.transliteratedExtra : 0)
        return position - pending <= limit
      }
      if lexicon.list(.stop).longestLength(in: text, at: position) != nil { return false }
      position += 1
    }
    return false
  }

  /// 日晖湖湿地公园, 月亮湾公园, 月形村: 日 and 月 end a date after a numeral (5日, 十月) or a
  /// time word (次日, 每月, 正月), but elsewhere they are characters of a name like any other —
  /// at its head or inside it — when the run they begin or continue reaches, with no other stop, a
  /// place's or a division's suffix within that suffix's length.
  func placeNameHoldsDateWord(at index: Int, length: Int, pending: Int) -> Bool {
    guard length == 1, Self.dateWords.contains(text[index]),
      index == 0 || !Self.numerals.contains(text[index - 1]) && !Self.isDigit(text[index - 1])
        && !Self.timeWordLeads.contains(text[index - 1])
    else { return false }
    var position = index + 1
    while position < text.count, position - pending <= 10 {
      guard Self.isIdeograph(text[position]), !taken[position] else { return false }
      if let suffix = lexicon.suffixes.longest(in: text, at: position),
        suffix.payload.kind == .place || suffix.payload.kind == .division, position > index + 1
      {
        return position - pending <= suffix.payload.maximum
      }
      // (日月泊: the other date word is a name character too.)
      if !Self.dateWords.contains(text[position]),
        lexicon.list(.stop).longestLength(in: text, at: position) != nil
      {
        return false
      }
      position += 1
    }
    return false
  }

  static let dateWords = ScalarChoice("日月".unicodeScalars)
  /// What 日 or 月 after it makes a time word (次日, 今日, 每月, 本月, 正月, 元月, 节日, 岁月).
  static let timeWordLeads = ScalarChoice("次今昨明每本上下当同是近该全逐前后半数正腊闰元节生岁翌".unicodeScalars)

  /// How much longer than a suffix's usual length a transliterated name may run (某某艾日克村,
  /// 某某额日格社区, 阿日某某镇): Uyghur and Mongolian names take more characters than Han ones.
  static let transliteratedExtra = 3

  /// Whether `own`, the characters before a division's suffix, is a transliterated name: it holds
  /// a stop word of the stop-in-division list (日, 他) after a name character (not a numeral: 5日
  /// is a date) and fits the suffix's length with the transliterated extra.
  func isTransliteratedDivisionName(_ own: Range<Int>, maximum: Int) -> Bool {
    guard own.count >= 3, own.count <= maximum + Self.transliteratedExtra,
      own.allSatisfy({ Self.isIdeograph(text[$0]) })
    else { return false }
    // 假日经济示范村: common words (经济, 示范) make a phrase, no transliterated name.
    let common = lexicon.list(.commonWordNotName)
    for position in own {
      if let word = common.longest(in: text, at: position), word.word.count >= 2,
        position + word.word.count <= own.upperBound
      {
        return false
      }
    }
    let stops = lexicon.list(.stopInDivision)
    return own.dropFirst().contains { position in
      stops.contains(text[position..<(position + 1)]) && !Self.numerals.contains(text[position - 1])
    }
  }

  /// 仁和镇, 丰有镇, 海和村: a town's or village's name of two characters whose second is a stop
  /// word (和, 有) right before the division's suffix. The one name character before the stop
  /// must begin the run (某县仁和镇: after a division read whole) and be no level word (镇和村,
  /// 县和乡 stay two places); a numeral may be it (三和村, 七和村委会).
  func shortDivisionNameHoldsStop(at index: Int, length: Int, pending: Int) -> Bool {
    guard length == 1, pending == index - 1, index + 1 < text.count,
      lexicon.list(.stopInShortDivision).contains(text[index..<(index + 1)]),
      !Self.levelCharacters.contains(text[index - 1]),
      lexicon.list(.stop).longestLength(in: text, at: index - 1) == nil,
      let suffix = lexicon.suffixes.longest(in: text, at: index + 1),
      suffix.payload.kind == .division
    else { return false }
    return true
  }
}
