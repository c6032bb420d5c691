extension SentenceReader {
  /// 为改善某某小学的条件, 将助力医院: a verb of two or more characters at the start of what a
  /// school's or firm's name swallowed is no part of it; the name begins after it (and is none
  /// when too little is left).
  func startAfterLeadingVerb(_ start: Int, index: Int, minimum: Int) -> Int {
    var position = start
    while position < index, let stop = lexicon.list(.stop).longest(in: text, at: position),
      stop.word.count >= 2, lexicon.list(.notAStop).longest(in: text, at: position) == nil
    {
      position += stop.word.count
    }
    return position
  }
}
