import TupuOntology

extension SentenceReader {
  /// 某某回族区 + 区委书记, 某某自治县 + 县政协: a long name before a level word is a place of
  /// that level when the country's list of districts and counties has it in full; so is one
  /// that begins with a surname (万秀 + 区委常委 names 万秀区, no person 万秀).
  func isCounty(_ own: Range<Int>, level: String) -> Bool {
    guard level == "区" || level == "县" || level == "旗", own.count >= 1, own.count <= 8 else {
      return false
    }
    var name = Array(text[own])
    if name.last.map({ String($0) }) != level { name.append(contentsOf: level.unicodeScalars) }
    return lexicon.list(.county).contains(name[...])
  }
}
