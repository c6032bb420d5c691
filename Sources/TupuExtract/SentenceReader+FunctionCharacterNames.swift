import TupuOntology

extension SentenceReader {
  /// Level characters, which name no place of their own (区和镇两级, 省和市).
  static let nameLevelCharacters: Set<Unicode.Scalar> = Set("省市州盟区县旗镇乡村街".unicodeScalars)
  /// Function characters that join two names (甲县和乙县) rather than lead to one.
  static let joiningCharacters: Set<Unicode.Scalar> = Set("和与及同".unicodeScalars)

  /// 福和镇, 瑞和小区, 安和村: 和 right after the first character of a pending name, with a town's,
  /// village's or facility's suffix right after it, is the name's second character, not a
  /// boundary: cut there, the name would be empty. A county the country's lists know with any
  /// function word as its second character (泰和县) is read whole whatever follows. A level
  /// character names nothing (区和镇两级), and a function word that leads the name (向青山镇,
  /// 将柳塘村, 甲县和乙县) stays a boundary.
  func isFunctionCharacterInName(at index: Int, pending: Int) -> Bool {
    guard Self.functionCharacters.contains(text[index]), index - pending == 1 else { return false }
    if let known = knownCountyLength(at: pending), pending + known > index + 1 { return true }
    // Of the function words only 和 is often a name's character (人为县, 要在社区 are verbs and
    // their objects); a county's or city's name is the lists' to know.
    guard text[index] == "和", !Self.nameLevelCharacters.contains(text[pending]),
      index + 1 < text.count, let suffix = lexicon.suffixes.longest(in: text, at: index + 1),
      [.division, .place, .enterprise].contains(suffix.payload.kind),
      !["District", "City"].contains(suffix.payload.className),
      suffix.payload.minimum > 0, suffix.payload.minimum <= 2
    else { return false }
    // 联系点和村(社区): villages or communities, the pair of kinds, names none.
    let after = index + 1 + suffix.word.count
    return after >= text.count || !"(（".unicodeScalars.contains(text[after])
  }

  /// The length of the county or county-level city of the country's lists starting at `index`.
  private func knownCountyLength(at index: Int) -> Int? {
    [lexicon.list(.county), lexicon.list(.countyCity)].compactMap {
      $0.longest(in: text, at: index)?.word.count
    }.max()
  }

  /// 柳川县将石中学: a school's or firm's own name of one character after a function word (将,
  /// 向…) that stands right after a place is read with it, the place included (a firm swallows
  /// the places before it); returns where the name starts, or nil when the function word is a
  /// boundary here (他将石中学生…, 甲县和乙中学).
  func functionCharacterLeadStart(_ position: Int, suffixIndex: Int) -> Int? {
    guard position >= 0, suffixIndex - position == 2,
      Self.functionCharacters.contains(text[position]),
      !Self.joiningCharacters.contains(text[position]),
      !Self.nameLevelCharacters.contains(text[position + 1]),
      let place = visibleMention(endingAt: position), mentions[place].isPlace
    else { return nil }
    return mentions[place].start
  }
}

extension SentenceReader {
  /// 工业及医疗气体生产项目, 道路拓宽及配套泵站项目: a work named with two parts joined by 及 is
  /// one name, back to the boundary before its first part; returns where it starts. Two works
  /// (甲项目及乙项目), a firm and its work, a report and a work (完成情况及某项目) or a kind of
  /// work after 及 (安全生产及重点项目) stay apart.
  func projectStartAcrossJoin(_ start: Int, index: Int, maximum: Int) -> Int {
    guard start >= 3, start < index, text[start - 1] == "及",
      // 以及, 涉及: words of their own, no join inside a name.
      lexicon.list(.stop).longest(in: text, endingAt: start).map({ $0.word.count == 1 }) ?? true,
      visibleMention(endingAt: start - 1) == nil, !isGenericProject(start..<index)
    else { return start }
    let join = start - 1
    var position = join
    var headPlace = false
    while position > 0, index - position < maximum {
      // 某市甲部件及乙部件生产线: a place at the head of the first part is part of the name.
      if let place = visibleMention(endingAt: position), position < join {
        headPlace = mentions[place].isPlace && index - mentions[place].start <= maximum
        if headPlace { position = mentions[place].start }
        break
      }
      let previous = position - 1
      guard Self.isIdeograph(text[previous]), !taken[previous],
        lexicon.list(.stop).longest(in: text, endingAt: position) == nil
      else { break }
      position -= 1
    }
    // The first part runs back to a boundary (not cut by the longest name a work may have) and
    // is itself a name of two characters or more that no suffix or report word ended.
    let atBoundary =
      headPlace || position == 0 || !Self.isIdeograph(text[position - 1]) || taken[position - 1]
      || visibleMention(endingAt: position) != nil
      || lexicon.list(.stop).longest(in: text, endingAt: position) != nil
    guard atBoundary, join - position >= 2,
      lexicon.suffixes.longest(in: text, endingAt: join) == nil,
      // 完成情况及某项目: a report on something, then the work.
      lexicon.list(.reportWord).longest(in: text, endingAt: join) == nil
    else { return start }
    return position
  }
}
