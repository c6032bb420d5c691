import TupuOntology

extension SentenceReader {
  /// 沿某市某某开发有限公司, 捐赠方某县某某机械有限公司, 用实际行动感恩某市某商会, 开工项目有某县人民医院:
  /// where a firm's name that holds a place begins, read back from its kind word. A firm's name
  /// opens with its place, or with its group's name right before the place (某某集团某省分公司,
  /// 某某集团某省某某有限公司), or with a group's short name (two to four characters: 国网某省…).
  /// One character before the place (a preposition 沿, a side word such as 方 of 捐赠方) or a run of
  /// five or more that ends in no group's kind word (a verb phrase: 用实际行动感恩) is no part of
  /// it: the name then begins at the place; before a group's name it begins after the last word
  /// no name holds (疫情期间某某集团某省… begins at the group). Returns
  /// where the name starts (`start` itself when it already begins at a place or a group).
  func firmStartAtInnerPlace(_ start: Int, index: Int) -> Int {
    guard index - start >= 4 else { return start }
    // The first place inside: a province or country of the gazetteer, or a county, county-level
    // city or city the country's lists know by its full name.
    var first: Int?
    for position in start..<(index - 1)
    where lexicon.gazetteer.longestLength(in: text, at: position) != nil || startsKnownCounty(at: position)
      || lexicon.list(.prefecture).containsWord(in: text, at: position, where: { _ in true })
    {
      first = position
      break
    }
    guard let place = first, place > start else { return start }
    // 中国某某某省公司: a state firm's name opens with the country's name, which no list here holds.
    if starts("中国", at: start) { return start }
    // 某某集团某省分公司: a group's name before the place opens the name, from after the last word
    // no name holds.
    if Self.groupEndings.contains(where: { place - start > $0.count && ends($0, at: place) }) {
      var opening = start
      for position in start..<place {
        for list in [Lexicon.ListName.stop, .leadingWord, .enterpriseBoundary] {
          if let word = lexicon.list(list).longest(in: text, at: position),
            word.word.count >= 2, position + word.word.count <= place - 2,
            lexicon.list(.notAStop).longestLength(in: text, at: position) == nil
          {
            opening = max(opening, position + word.word.count)
          }
        }
      }
      return opening
    }
    // 国网某省…: a group's short name of two to four characters opens the name (a time word such
    // as 如今 is a boundary of the backward reading already).
    if (2...4).contains(place - start) { return start }
    return place
  }

  /// The endings of a group's or a parent firm's name written before a place inside a firm's name.
  static let groupEndings = ["集团", "公司", "银行", "控股", "股份"]

}
