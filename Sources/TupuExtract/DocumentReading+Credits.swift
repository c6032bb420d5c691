import TupuText

extension DocumentReading {
  /// A furniture line closed up as the text reader closes up the story (`LayoutText.compacted`),
  /// except that a space between two words of two or more ideographs each stays: the names a
  /// credit lists one after another (作者:甲某 乙某某 丙某, 审核:甲某 乙某) are told apart by it.
  /// Letter spacing (校对:印 彤, 首 页) still closes up.
  // NB: the words are read as slices of the line and one piece is kept, with no array per
  // word: every line of every page's furniture is closed up so.
  static func furnitureLine<C: BidirectionalCollection>(_ scalars: C) -> String
  where C.Element == Unicode.Scalar {
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
    var previous: C.SubSequence?
    var index = scalars.startIndex
    while index != scalars.endIndex {
      if LayoutText.isLayoutSpace(scalars[index]) {
        index = scalars.index(after: index)
        continue
      }
      var end = index
      while end != scalars.endIndex, !LayoutText.isLayoutSpace(scalars[end]) {
        end = scalars.index(after: end)
      }
      let word = scalars[index..<end]
      if let previous {
        if ideographs(previous.reversed()) >= 2, ideographs(word) >= 2 {
          line += Self.compacted(piece) + " "
          piece.removeAll(keepingCapacity: true)
        } else {
          // Closed up as the text reader does (ASCII words keep one space between them).
          piece.append(" ")
        }
      }
      piece.append(contentsOf: word)
      previous = word
      index = end
    }
    return line + Self.compacted(piece)
  }

  /// `LayoutText.compacted(piece)`, the repaired scalars written as UTF-8 at once.
  // NB: the generic `compacted` called from this module went through the iterator's witness and
  // appended to the String scalar by scalar (~900 instructions a scalar of furniture).
  private static func compacted(_ piece: [Unicode.Scalar]) -> String {
    ScalarString.make(LayoutText.compactedScalars(piece)[...])
  }
}
