import TupuOntology

/// Societies referred back by their kind word alone (协会会长某某 after 某区建筑业协会 was named).
extension SentenceReader {
  /// The kind words of a society, chamber or foundation that a text writes alone for the one it
  /// named before (协会, 商会, 学会).
  static let societyKinds: Set<String> = [
    "协会", "商会", "学会", "研究会", "促进会", "联谊会", "基金会", "联合会",
  ]

  /// The society's kind word written alone right before the post at `index` (协会 in 由协会副会长),
  /// whether the scan left it in the post's own characters or read past it: at the sentence's
  /// start, after punctuation or after a stop word (由, 代表), not the last characters of a name.
  func referredSocietyKind(before index: Int, own: Range<Int>) -> String? {
    // NB: every kind word ends with 会; one test of that character before the walk of the words.
    guard index > 1, text[index - 1] == "会", own.isEmpty || own.count <= 3 else { return nil }
    for kind in Self.societyKinds {
      let count = kind.unicodeScalars.count
      let first = index - count
      guard first >= 0, own.isEmpty || own.lowerBound == first, starts(kind, at: first) else {
        continue
      }
      if first == 0 || !Self.isIdeograph(text[first - 1])
        || lexicon.list(.stop).longest(in: text, endingAt: first) != nil
      {
        return kind
      }
    }
    return nil
  }
}
