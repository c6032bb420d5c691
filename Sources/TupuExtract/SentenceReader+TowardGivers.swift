extension SentenceReader {
  /// Words of giving that may close a clause opened by 向 (向某小学捐献…, 向某村资助…).
  static let towardGiftWords = ["捐", "资助", "赞助", "援建"]

  /// 甲向某小学捐献…, 某公司甲向某慈善总会捐赠…, 某村4组村民甲向某村捐资…: a name standing right
  /// before 向 whose clause goes on to a gift is the giver's, though no post or role word introduces
  /// it. The name is read as by its surname (two or three characters); before it stands where
  /// the clause begins, or a name already read (a firm), or a word for people in the crowd (村民).
  /// Runs only at a 向 the scanner stops at.
  func giverBeforeToward(_ toward: Int, from pending: Int) -> Range<Int>? {
    guard toward + 1 < text.count, giftFollows(toward: toward) else { return nil }
    if let name = nameBefore(toward, from: pending), name.count <= 3,
      nameLength(at: name.lowerBound, strict: true) == name.count
    {
      return name
    }
    // 4组村民甲向…: the scanner ran the group's 组 and 村 into a place; the name is the last
    // two or three characters, right after the word for people.
    guard let name = trailingName(before: toward, from: pending),
      nameLength(at: name.lowerBound, strict: true) == name.count,
      lexicon.list(.personRole).longest(in: text, endingAt: name.lowerBound) != nil
    else { return nil }
    return name
  }

  /// Whether a word of giving follows 向 within its clause (at most 24 characters on).
  func giftFollows(toward: Int) -> Bool {
    var position = toward + 1
    while position < min(text.count, toward + 25) {
      let scalar = text[position]
      if "，,。；;！!？?\n".unicodeScalars.contains(scalar) { return false }
      if Self.towardGiftWords.contains(where: { starts($0, at: position) }) { return true }
      position += 1
    }
    return false
  }
}
