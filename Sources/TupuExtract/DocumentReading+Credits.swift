import TupuText

extension DocumentReading {
  /// A furniture line closed up as the text reader closes up the story (`LayoutText.compacted`),
  /// except that a space between two words of two or more ideographs each stays: the names a
  /// credit lists one after another (作者:甲某 乙某某 丙某, 审核:甲某 乙某) are told apart by it.
  /// Letter spacing (校对:印 彤, 首 页) still closes up.
  static func furnitureLine<C: Collection>(_ scalars: C) -> String
  where C.Element == Unicode.Scalar {
    var words: [[Unicode.Scalar]] = []
    var word: [Unicode.Scalar] = []
    for scalar in scalars {
      if LayoutText.isLayoutSpace(scalar) {
        if !word.isEmpty { words.append(word) }
        word = []
      } else {
        word.append(scalar)
      }
    }
    if !word.isEmpty { words.append(word) }
    // A word's ideographs at its end and at its start (the name it may end or begin with).
    func ideographs<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Int {
      var count = 0
      for scalar in scalars {
        guard SentenceReader.isIdeograph(scalar) else { break }
        count += 1
      }
      return count
    }
    var line = ""
    var piece: [Unicode.Scalar] = []
    for (index, word) in words.enumerated() {
      if index > 0, ideographs(words[index - 1].reversed()) >= 2, ideographs(word) >= 2 {
        line += LayoutText.compacted(piece) + " "
        piece = []
      } else if index > 0 {
        // Closed up as the text reader does (ASCII words keep one space between them).
        piece.append(" ")
      }
      piece.append(contentsOf: word)
    }
    return line + LayoutText.compacted(piece)
  }
}
