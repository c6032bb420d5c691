import TupuOntology

extension SentenceReader {
  /// 太和县, 将乐县, 正定县: a division of the country's lists whose name holds a stop word after
  /// its first character (和, 乐, 定 of 太和, 将乐…) is read whole; the stop ends no name there.
  /// The name begins at the pending name's start or after a lead (到太和县, 在太和县).
  func knownDivisionHoldsStop(at index: Int, length: Int, pending: Int) -> Bool {
    guard pending < index else { return false }
    for start in max(pending, index - 2)..<index {
      guard start == pending || isNameLead(at: start - 1)
        || Self.leadsBeforeDivision.contains(text[start - 1])
      else { continue }
      // NB: the lists asked in turn (no array of them made at every stop word of a name).
      func reachesPastStop(_ list: Lexicon.ListName) -> Bool {
        guard let name = lexicon.list(list).longest(in: text, at: start) else { return false }
        return start + name.word.count >= index + length
      }
      if reachesPastStop(.county) || reachesPastStop(.countyCity) || reachesPastStop(.prefecture) {
        return true
      }
    }
    return false
  }

  static let leadsBeforeDivision = ScalarChoice("到赴至在于从往经由与及和的".unicodeScalars)
}
