import TupuOntology

/// Two meetings named in one run and joined by 和, 及, 与 or 、 (主持召开县政府党组会议和县政府第9次
/// 常务会议): each is a meeting of its own, not one event's name.
extension EventFrame {
  /// Whether `range` holds a kind word (会议, 推进会…) followed by a joining word and another
  /// name that ends in a kind word too.
  func isJoinedMeetings(_ range: Range<Int>) -> Bool {
    range.contains { position in
      position > range.lowerBound + 2 && position + 3 < range.upperBound
        && Self.joiningWords.contains(text[position]) && kind(endingAt: position) != nil
    }
  }

  static let joiningWords: ScalarChoice = ["和", "及", "与", "、"]
}
