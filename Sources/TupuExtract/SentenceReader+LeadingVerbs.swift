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
    return startAfterLeadingWord(position, index: index)
  }

  /// 责成某某开发区整改, 符合某某小区规划, 贯穿某某街道: a common verb, adverb, preposition or
  /// conjunction (the leading-word list: general word knowledge, no name begins with one) at the
  /// start of what a place's, body's, firm's or work's name swallowed is no part of it; the name
  /// begins after it (nothing may be left of it).
  func startAfterLeadingWord(_ start: Int, index: Int) -> Int {
    var position = start
    while position < index, let word = lexicon.list(.leadingWord).longest(in: text, at: position),
      position + word.word.count <= index,
      lexicon.list(.notAStop).longest(in: text, at: position) == nil
    {
      position += word.word.count
    }
    return position
  }
}
