import TupuOntology

extension SentenceReader {
  /// 今后两市, 小康三市, 中省市政策, 市城市规划: a numeral right before 市, or another level word
  /// (省, 市, 县) among its characters, makes 市 a word of counting or of levels, no city's
  /// suffix, unless the country's lists know the whole name.
  func isCityOfWords(_ name: Range<Int>, word: String) -> Bool {
    guard word == "市", name.count >= 3 else { return false }
    let own = name.lowerBound..<(name.upperBound - 1)
    let counted = Self.countNumerals.contains(text[own.upperBound - 1])
    let levels = own.contains { "省市县".unicodeScalars.contains(text[$0]) }
    guard counted || levels else { return false }
    return !lexicon.list(.prefecture).contains(text[name])
      && !lexicon.list(.countyCity).contains(text[name])
  }

  /// 把青禾放入市域, 用好用足省纵向帮扶, 组织驻家市、区代表, 青大白市附中: a verb's or a word's
  /// characters read as a city or a province by 市 or 省 alone. A name by suffix that neither
  /// the country's lists (prefectures, county-level cities) nor the gazetteer (provinces,
  /// municipalities) know is a City only with evidence of its own (`hasCityEvidence`);
  /// otherwise it is no entity (`--explain` shows it as suffix-unvouched).
  mutating func dropUnknownCities() {
    let unvouched = mentions.indices.filter {
      mentions[$0].className == .city && mentions[$0].visibility == .entity
        && mentions[$0].via == "suffix" && !isKnownCity(mentions[$0].name)
        && !hasCityEvidence($0)
    }
    for index in unvouched {
      mentions[index].visibility = .dropped
      mentions[index].via = Self.unvouchedDivision
    }
  }

  /// 江城市委, 江城市白沙区, 江城市文化中心, 河西省江城市, 在江城市, ，江城市…, 云岭市、江城市: a
  /// body or post of its level or another name right after it, a name holding it, a division
  /// right before it, a preposition of place or a clause's start before it, or another city
  /// beside it in a list.
  func hasCityEvidence(_ index: Int) -> Bool {
    let (start, end) = (mentions[index].start, mentions[index].end)
    if Self.divisionBodyStarts.contains(where: { starts($0, at: end) }) { return true }
    if start == 0 || Self.clauseOpeners.contains(text[start - 1])
      || Self.placePrepositions.contains(text[start - 1])
      || Self.placeVerbs.contains(where: { ends($0, at: start) })
    {
      return true
    }
    for other in mentions.indices where other != index && mentions[other].visibility != .dropped {
      let neighbour = mentions[other]
      if neighbour.start == end || (neighbour.start <= start && neighbour.end > end) { return true }
      if neighbour.end == start, neighbour.isDivision { return true }
      guard neighbour.className == .city else { continue }
      if (neighbour.end + 1 == start && Self.divisionJoiners.contains(text[neighbour.end]))
        || (end + 1 == neighbour.start && Self.divisionJoiners.contains(text[end]))
      {
        return true
      }
    }
    return false
  }

  /// Whether a name written with 市 or 省 is a city or province the country's lists or the
  /// gazetteer know (许昌市, 鹤山市, 河南省, 北京市); a name of another suffix (州, 盟) counts as
  /// known.
  func isKnownCity(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    guard let last = scalars.last, last == "市" || last == "省", scalars.count >= 2 else {
      return true
    }
    if [Lexicon.ListName.prefecture, .prefectureWithoutCounties, .countyCity].contains(where: {
      lexicon.list($0).contains(scalars[...])
    }) {
      return true
    }
    for candidate in [scalars[...], scalars.dropLast()] {
      if let short = lexicon.gazetteer.longest(in: Array(candidate), at: 0),
        short.word.count == candidate.count, short.payload == .city
      {
        return true
      }
    }
    return false
  }

  /// The short name of a prefecture the country's lists know as 某某地区, written right before its
  /// 地委 or 行署 (某某 + 地委), if one is.
  func prefectureNameBefore(_ own: Range<Int>, body: String) -> Range<Int>? {
    guard Self.prefectureBodies.contains(body), own.count >= 2 else { return nil }
    let prefectures = lexicon.list(.prefecture)
    for length in 2...min(4, own.count) {
      let name = (own.upperBound - length)..<own.upperBound
      if prefectures.contains((Array(text[name]) + Self.prefectureWord)[...]) { return name }
    }
    return nil
  }

  static let prefectureBodies: WordSet = ["地委", "行署"]
  static let prefectureWord = Array("地区".unicodeScalars)

  /// 三名县派第一书记, 三位某镇在外人士, 两处街道, 新一届镇人大: a count (a numeral and its
  /// classifier, or a term's 届) before a level word is no part of a division's name. Returns
  /// where the name starts after it (the start itself when no count stands inside).
  func startAfterCount(_ start: Int, index: Int) -> Int {
    var result = start
    // 第26期某市, 3批某镇: a classifier right after digits (which end the pending name) is no
    // part of the name either.
    if start > 0, start + 2 < index, Self.countClassifiers.contains(text[start]),
      Self.digits.contains(text[start - 1])
    {
      result = start + 1
    }
    var position = start + 1
    while position < index {
      if Self.countClassifiers.contains(text[position]),
        Self.countNumerals.contains(text[position - 1])
      {
        result = position + 1
      }
      position += 1
    }
    return result
  }

  static let countClassifiers = ScalarChoice("名位处届个批期".unicodeScalars)
  static let digits = ScalarChoice("0123456789０１２３４５６７８９".unicodeScalars)
  static let countNumerals = ScalarChoice("一二三四五六七八九十两几多".unicodeScalars)
}
