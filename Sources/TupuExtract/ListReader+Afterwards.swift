extension ListReader {
  /// 在实地调研A、B和C后，甲强调: 后 closes the frame 在…后 that holds the list, and is no part of
  /// the last site's name.
  func isAfterwardsFrameEnd(_ position: Int, itemStart: Int) -> Bool {
    guard position > itemStart + 2, position < text.count + 1, text[position - 1] == "后"
    else { return false }
    guard position == text.count || Self.isClauseEnd(text[position]) else { return false }
    var index = itemStart - 1
    while index >= 0, !Self.isClauseEnd(text[index]) {
      if text[index] == "在" { return true }
      index -= 1
    }
    return false
  }
}
