import TupuOntology

extension SentenceReader {
  /// 要践行县委某某工作会议精神, 街办要结合全区“某某”工作推进会精神, 把行动统一到中央某某会议精神上来:
  /// a meeting's name read back from its kind word with no cue right before it runs over the
  /// clause's own words (its subject, a modal, a verb no list holds) until a stop. A meeting named
  /// by its level opens with the body or scope that holds it (县委, 市政府, 区人大, 全区, 中央), so
  /// the name begins there when what goes before is no place of the name's own: not a division the
  /// country's lists know with that level (某某县委), not a place word (某某镇全镇), not the party's
  /// (中共, 党中央), and no count, year, term or number (2023年全县, 第一季度全区, 十届).
  /// The position of that opener in `own`, nil when none stands after its start.
  func levelOpener(in own: Range<Int>) -> Int? {
    guard own.count > 4 else { return nil }
    var position = own.lowerBound + 1
    while position + 2 < own.upperBound {
      defer { position += 1 }
      guard Self.openerFirsts.contains(text[position]), opensLevelName(at: position) else { continue }
      // 开展全县政协委员工作室某某视察活动: the level of the scope that opens the name (全县) begins no
      // body's name of its own; the name opens at the scope.
      if position == own.lowerBound + 1, text[own.lowerBound] == "全", followsScope(at: position + 1) {
        continue
      }
      let prefix = own.lowerBound..<position
      if prefix.contains(where: { Self.isDigit(text[$0]) || Self.countedScalars.contains(text[$0]) }) {
        return nil
      }
      if starts("中共", at: prefix.lowerBound) || ends("中共", at: position)
        || Self.placeEnds.contains(text[position - 1])
      {
        return nil
      }
      // 某某县委, 某全县政协: a division the lists know, written over the level or the scope.
      if (prefix.lowerBound..<position).contains(where: { from in
        knownDivisionEnds(from: from).contains { $0 > position }
      }) {
        return nil
      }
      // 某某管理区党工委, 某某开发区: a kind of zone whose word runs over the level.
      if let suffix = lexicon.suffixes.longest(in: text, endingAt: position + 1), suffix.word.count >= 2 {
        return nil
      }
      return position
    }
    return nil
  }

  /// A level's body (县委, 区政府, 市人大, 旗政协, 省纪委), a scope (全县) or the centre (中央).
  private func opensLevelName(at position: Int) -> Bool {
    if Self.openerLevels.contains(text[position]) {
      return Self.levelBodies.contains { starts($0, at: position + 1) }
    }
    if starts("中央", at: position) { return true }
    return Self.scopes.contains { $0 != "上级" && starts($0, at: position) }
  }

  /// Where the divisions of the country's lists written from `from` end (the longest of each list).
  private func knownDivisionEnds(from: Int) -> [Int] {
    [Lexicon.ListName.county, .countyCity, .prefecture, .countyOneCharacter].compactMap {
      lexicon.list($0).longest(in: text, at: from).map { from + $0.word.count }
    }
  }

  static let openerLevels: ScalarChoice = ["省", "市", "县", "区", "州", "旗"]
  static let openerFirsts: ScalarChoice = ["省", "市", "县", "区", "州", "旗", "中", "全"]
  static let levelBodies = ["委", "政府", "人大", "政协"]
  /// A count, a year, a term or a sitting's number before the level: the name's own words.
  static let countedScalars: ScalarChoice = ["年", "月", "第", "季", "届", "次", "期"]
  /// The last character of a place's name, or of the party (党中央): the level after it is
  /// that place's or the party's.
  static let placeEnds: ScalarChoice = ["党", "省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "村", "道"]
}
