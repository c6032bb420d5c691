import TupuOntology

extension SentenceReader {
  /// 为改善某某小学的条件, 将助力医院: a verb of two or more characters at the start of what a
  /// school's or firm's name swallowed is no part of it; the name begins after it (and is none
  /// when too little is left).
  func startAfterLeadingVerb(_ start: Int, index: Int, minimum: Int) -> Int {
    var position = start
    while position < index, let stop = lexicon.list(.stop).longest(in: text, at: position),
      stop.word.count >= 2, lexicon.list(.notAStop).longestLength(in: text, at: position) == nil
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
      lexicon.list(.notAStop).longestLength(in: text, at: position) == nil
    {
      position += word.word.count
    }
    return position
  }
}

extension Lexicon {
  /// The stop word that ends at `end` of `text` and ends a name there, read back from a kind
  /// word: none when a word of the not-a-stop list holds it (就业 holds 就, 和城乡建设 holds 和), as
  /// the forward scan reads it (SentenceReader.token(at:)); a name read back from 培训基地建设项目
  /// over 某某就业 is not cut inside 就业.
  func boundaryStop(in text: [Unicode.Scalar], endingAt end: Int) -> WordTable<Int>.Entry? {
    guard let stop = list(.stop).longest(in: text, endingAt: end) else { return nil }
    let start = end - stop.word.count
    let keep = list(.notAStop)
    for begin in max(0, start - 4)...start {
      if let length = keep.longestLength(in: text, at: begin), begin + length > end {
        return nil
      }
    }
    return stop
  }
}
