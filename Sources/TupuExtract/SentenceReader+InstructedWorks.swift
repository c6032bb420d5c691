import TupuOntology

extension SentenceReader {
  /// 要抓好城乡清洁工程, 要求各级各部门要把易地扶贫搬迁工程建成放心工程, 二要统筹推进…和美丽乡村
  /// 项目建设: a leader's instruction (after a modal 要 in the same point: no ； nor 二是 between)
  /// speaks of a kind of work or a programme, not of a work by its name. One work ending in 工程
  /// or 项目, standing alone (no item of a list: no 、 beside it, no 等 after it in its clause),
  /// holding no place, body or quoted name of its own and not the subject of its own 要
  /// (某某机场建设项目要抓紧工期), is no work there. (The works a meeting tells to speed up are named
  /// in a list closed by 等重点项目, and kept; a work seen or heard elsewhere keeps that mention.)
  mutating func dropWorksNamedInInstructions() {
    guard firstModalYao() != nil else { return }
    let kept = mentions.filter { $0.visibility != .dropped && $0.className != .project }
    dropMentions(of: [.project]) { reader, range in
      // 要严格工程…: the instruction itself ran into the name.
      if reader.text[range.lowerBound] == "要", reader.isModalYao(at: range.lowerBound) {
        return true
      }
      return reader.followsModalYao(range.lowerBound)
        // 二是某某机场建设项目要抓紧工期, 某某医院项目建设要倒排工期: the work the instruction
        // is about, by its name.
        && !reader.isSubjectOfInstruction(range)
        && (reader.ends("工程", at: range.upperBound) || reader.ends("项目", at: range.upperBound))
        && !reader.standsInList(range)
        && !range.contains(where: { "“”\"《》「」".unicodeScalars.contains(reader.text[$0]) })
        && !kept.contains { $0.start >= range.lowerBound && $0.end <= range.upperBound }
        && !reader.namesSiteBeforeKind(range)
    }
  }

  /// Whether a 要 follows the work, after its 建设 at most (某某项目要…, 某某项目建设要…).
  func isSubjectOfInstruction(_ range: Range<Int>) -> Bool {
    var position = range.upperBound
    if starts("建设", at: position) { position += 2 }
    return position < text.count && text[position] == "要"
  }

  /// 某某新天地生态旅游区项目, 某某大道工程, 某某大桥建设项目: before its 项目 or 工程 (and a 建设)
  /// the work names a site, a road or a kind of work after a name of its own: a work by its name.
  func namesSiteBeforeKind(_ range: Range<Int>) -> Bool {
    var end = range.upperBound - 2
    if end - 2 > range.lowerBound, ends("建设", at: end) { end -= 2 }
    if let suffix = lexicon.suffixes.longest(in: text, endingAt: end),
      [.place, .road, .project].contains(suffix.payload.className),
      end - suffix.word.count - range.lowerBound >= 2
    {
      return true
    }
    if let kind = lexicon.list(.workKind).longest(in: text, endingAt: end),
      end - kind.word.count - range.lowerBound >= 2
    {
      return true
    }
    return false
  }

  /// The offset of the first 要 of the sentence that says what must be done (要抓好, 要求, 二要),
  /// not one inside a word (主要, 重要, 需要, 只要, 纪要, 要素, 要点).
  func firstModalYao() -> Int? {
    text.indices.first { text[$0] == "要" && isModalYao(at: $0) }
  }

  /// Whether a modal 要 stands before `position` in the same instruction: looking back, a 要
  /// comes before a ； or an ordinal (一是, 二是) that opens another point.
  func followsModalYao(_ position: Int) -> Bool {
    var index = position - 1
    while index >= 0 {
      let scalar = text[index]
      if scalar == "；" || scalar == ";" { return false }
      if scalar == "是", index > 0, Self.numerals.contains(text[index - 1]) { return false }
      if scalar == "要", isModalYao(at: index) { return true }
      index -= 1
    }
    return false
  }

  func isModalYao(at index: Int) -> Bool {
    if index > 0, Self.wordsEndingInYao.contains(text[index - 1]) { return false }
    if index + 1 < text.count, Self.wordsBeginningWithYao.contains(text[index + 1]) { return false }
    return true
  }

  static let wordsEndingInYao = ScalarChoice("主重需只纪摘提紧简概扼险首政".unicodeScalars)
  static let wordsBeginningWithYao = ScalarChoice("素点闻件塞害员职么".unicodeScalars)

  /// Whether `range` is an item of a list: a 、 or 等 beside it, or a 等…项目/工程 closing the
  /// clause after it (A、B等重点项目).
  func standsInList(_ range: Range<Int>) -> Bool {
    if range.lowerBound > 0, text[range.lowerBound - 1] == "、" { return true }
    guard range.upperBound < text.count else { return false }
    if "、等及".unicodeScalars.contains(text[range.upperBound]) { return true }
    var position = range.upperBound
    while position < text.count, !"，,；;。！？".unicodeScalars.contains(text[position]) {
      if text[position] == "等" { return true }
      position += 1
    }
    return false
  }
}
