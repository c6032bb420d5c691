extension SentenceReader {
  /// 太和县, 将乐县, 正定县: a division of the country's lists whose name holds a stop word after
  /// its first character (和, 乐, 定 of 太和, 将乐…) is read whole; the stop ends no name there.
  /// The name begins at the pending name's start or after a lead (到太和县, 在太和县).
  func knownDivisionHoldsStop(at index: Int, length: Int, pending: Int) -> Bool {
    guard pending < index else { return false }
    let lists = [lexicon.list(.county), lexicon.list(.countyCity), lexicon.list(.prefecture)]
    for start in max(pending, index - 2)..<index {
      guard start == pending || isNameLead(at: start - 1)
        || "到赴至在于从往经由与及和的".unicodeScalars.contains(text[start - 1])
      else { continue }
      for list in lists {
        if let name = list.longest(in: text, at: start), start + name.word.count >= index + length {
          return true
        }
      }
    }
    return false
  }
}
