import TupuOntology

extension SentenceReader {
  /// 到建设乡调研, 某县发展村, 深入文明乡、某镇, 建设乡党委书记: many towns and villages are named by
  /// a common word (建设, 发展, 文明, 团结) that elsewhere is a stop word or says what kind a village
  /// is (文明村, a title). The two characters at `start` followed by 乡, 镇 or 村 name that
  /// division when the sentence frames it as a place on both sides: a place cue, a division or a
  /// list's mark before it, and after it the sentence's or item's end, a village or community
  /// named inside it (某乡甲村), its bodies and posts (党委, 乡长) or a visit's word (调研).
  /// 建设乡村, 发展乡镇企业, 文明乡风, 创建文明村 stay words.
  func commonWordNamesDivision(at start: Int) -> Bool {
    let level = start + 2
    guard start >= 0, level < text.count, Self.townOrVillage.contains(text[level]),
      Self.isIdeograph(text[start]), Self.isIdeograph(text[start + 1]),
      lexicon.list(.commonWordDivision).contains(text[start..<level])
    else { return false }
    if isPlaceCueBefore(start) { return isPlaceFrameAfter(level + 1, level: text[level]) }
    // 建设乡甲村村民, 发展村党支部书记: at the head of a sentence or clause only a village named
    // inside it or its bodies and posts say it is a place.
    guard start == 0 || !Self.isIdeograph(text[start - 1]) else { return false }
    return isPlaceFrameAfter(level + 1, level: text[level], strict: true)
  }

  /// 乡, 镇, 村: the levels a common word names (街道 and 社区 names are read as they are).
  static let townOrVillage = ScalarChoice("乡镇村".unicodeScalars)

  /// 到, 在, 赴, 来到, 走进, 深入, 前往: a visit's or a place's cue; 某县 or 某镇 (a chain of
  /// divisions); 、 (a list of divisions).
  func isPlaceCueBefore(_ start: Int) -> Bool {
    guard start > 0 else { return false }
    let before = text[start - 1]
    if Self.placeCues.contains(before) { return true }
    if Self.divisionEndings.contains(before), start >= 2, Self.isIdeograph(text[start - 2]),
      visibleMention(endingAt: start) != nil
    {
      return true
    }
    return Self.twoCharacterPlaceCues.contains { start >= 2 && starts($0, at: start - 2) }
  }

  static let placeCues = ScalarChoice("到赴在至于、".unicodeScalars)
  static let divisionEndings = ScalarChoice("县区市旗乡镇".unicodeScalars)
  static let twoCharacterPlaceCues = ["来到", "走进", "深入", "前往", "走访", "位于", "地处"]

  /// What may follow a division named by a common word (`position` is right after 乡, 镇 or 村).
  /// `strict` (no cue before it): only a village or community inside it, or its bodies and posts.
  func isPlaceFrameAfter(_ position: Int, level: Unicode.Scalar, strict: Bool = false) -> Bool {
    guard position < text.count else { return !strict }
    if !strict, Self.endsDivisionItem.contains(text[position]) { return true }
    if Self.bodiesAfterDivision.contains(where: { starts($0, at: position) }) { return true }
    if !strict, Self.visitsAfterDivision.contains(where: { starts($0, at: position) }) {
      return true
    }
    // 某乡甲村, 某镇乙社区: a village or community of two or three characters named inside it.
    guard level != "村" else {
      // 某村三组: a numbered group of the village.
      return position + 1 < text.count && Self.numerals.contains(text[position])
        && "组社".unicodeScalars.contains(text[position + 1])
    }
    for length in 2...3 where position + length < text.count {
      let name = position..<(position + length)
      guard name.allSatisfy({ Self.isIdeograph(text[$0]) && !Self.levelCharacters.contains(text[$0]) })
      else { break }
      if text[position + length] == "村" || starts("社区", at: position + length) {
        return lexicon.list(.stop).longestLength(in: text, at: position) == nil
      }
    }
    return false
  }

  static let endsDivisionItem = ScalarChoice("，。、；：,;:！？）)”和与及".unicodeScalars)
  static let bodiesAfterDivision = [
    "党委", "政府", "人民政府", "人大", "纪委", "党支部", "党总支", "村委", "村民委员会", "两委",
    "乡长", "镇长", "书记", "主任",
  ]
  static let visitsAfterDivision = ["调研", "考察", "检查", "视察", "走访", "督导", "督查", "慰问"]
}
