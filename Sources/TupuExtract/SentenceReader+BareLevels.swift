import TupuOntology

/// A sentence read with the lexicon: the sentence reader and the principal meeting's event frame.
protocol LexiconSentence: SentenceText {
  var lexicon: Lexicon { get }
}

extension SentenceReader: LexiconSentence {}
extension EventFrame: LexiconSentence {}

extension LexiconSentence {
  /// 答好市委, 落实好县委全会, 观看区第三次党代会, 努力完成旗某届人大某次会议, 头版县某届政府全会:
  /// no place's own name ends in a verb, an adverb or a conjunction (a stop word of two characters
  /// or more, a leading word, a firm's or body's boundary word), the complement 好, a page label (头版, 第2版) or a count. A level
  /// word (县, 区, 市, 旗) right after one stands alone — the article's own level — and the name
  /// begins at it. A division the country's lists know in full (with its level) keeps its name; so
  /// does a scope (全市, 各县: one-character stops are not asked).
  func isBareLevel(at level: Int, after start: Int) -> Bool {
    guard level > start, level < text.count, SentenceReader.bareLevelScalars.contains(text[level])
    else {
      return false
    }
    let before = text[level - 1]
    // The word lies inside the name read (确保全县: 保全 runs over the name's start).
    let stop = lexicon.boundaryStop(in: text, endingAt: level)?.word.count ?? 0
    let leading = lexicon.list(.leadingWord).longest(in: text, endingAt: level)?.word.count ?? 0
    // 践行县委…会议, 负责县政府常务工作: a verb of acting that no name runs over (the boundary
    // words of firms and bodies, two characters or more) ends before the level too.
    let acting =
      lexicon.list(.enterpriseBoundary).longest(in: text, endingAt: level)?.word.count ?? 0
    let endsInWord =
      before == "好" || before == "版" || SentenceReader.isDigit(before)
      || stop >= 2 && level - stop >= start || leading > 0 && level - leading >= start
      || acting >= 2 && level - acting >= start
    guard endsInWord else { return false }
    // 屈原管理区, 某某服务区: a kind of division or zone whose word runs over the level is written
    // in full.
    if let suffix = lexicon.suffixes.longest(in: text, endingAt: level + 1), suffix.word.count >= 2 {
      return false
    }
    return !(start..<level).contains { isKnownDivision($0..<(level + 1)) }
  }

  /// 传达全省县域某某会议精神, 开展全县政协委员工作室某某视察活动: whether a scope (全省, 全县,
  /// 全市…) ends right before `position`. A level word after it opens a word of the name's own
  /// (县域, 区域) or the scope's body (县政协): the scope is no verb before a bare level, and a
  /// meeting's name read from it keeps it.
  func followsScope(at position: Int) -> Bool {
    position >= 2 && position <= text.count && text[position - 2] == "全"
      && SentenceReader.scopes.contains { $0 != "上级" && ends($0, at: position) }
  }

  /// Whether `range` is a division of the country's lists, written in full.
  private func isKnownDivision(_ range: Range<Int>) -> Bool {
    [Lexicon.ListName.county, .countyCity, .prefecture, .countyOneCharacter].contains {
      lexicon.list($0).contains(text[range])
    }
  }
}

extension SentenceReader {
  static let bareLevelScalars = ScalarChoice("县区市旗".unicodeScalars)
}
