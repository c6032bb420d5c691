import TupuOntology

/// Departments whose names join two fields with 和 or 与 (某市规划和自然资源局, 某区经济和科技促进局,
/// 某市外事侨务与旅游局): the conjunction is part of the name, no boundary, even when the lexicon
/// lists no word for the pair.
extension SentenceReader {
  /// Whether the 和 or 与 at `index` joins two fields inside one department's name: a level word
  /// (省 市 县 区) and two to six field characters before it, two to six field characters and 局
  /// after it. Neither side may be a body of its own: the characters before hold no body's last
  /// character (某县农业局和…), those after no level word (县委和县政府).
  /// NB: runs only where 和 or 与 stands as a stop; the walk is at most seven characters a side.
  func joinsFieldsOfDepartment(at index: Int) -> Bool {
    guard index > 2, index + 3 < text.count else { return false }
    // After: field characters up to 局.
    var end = index + 1
    while end < text.count, end - index - 1 < 7, text[end] != "局" {
      guard isFieldCharacter(text[end]), !Self.departmentLevels.contains(text[end]) else {
        return false
      }
      end += 1
    }
    let after = end - index - 1
    guard end < text.count, text[end] == "局", (2...6).contains(after) else { return false }
    // Before: field characters back to a level word.
    var position = index - 1
    while position >= 0, index - position <= 7 {
      let scalar = text[position]
      if Self.departmentLevels.contains(scalar), index - position - 1 >= 2 { return true }
      guard isFieldCharacter(scalar), !Self.bodyLastCharacters.contains(scalar) else {
        return false
      }
      position -= 1
    }
    return false
  }

  /// An ideograph that may stand in a field's name: no conjunction, particle or preposition.
  private func isFieldCharacter(_ scalar: Unicode.Scalar) -> Bool {
    Self.isIdeograph(scalar) && !Self.joiningParticles.contains(scalar)
  }

  static let departmentLevels: ScalarChoice = ["省", "市", "县", "区"]
  static let joiningParticles: ScalarChoice = [
    "和", "与", "及", "的", "了", "在", "对", "向", "为", "等", "并",
  ]
  /// Last characters of a body's kind word (局, 委, 部, 办, 府, 院, 厅, 会, 所, 室, 处, 站, 队):
  /// before 和 they end a body of its own.
  static let bodyLastCharacters: ScalarChoice = [
    "局", "委", "部", "办", "府", "院", "厅", "会", "所", "室", "处", "站", "队",
  ]
}
