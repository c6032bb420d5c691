import TupuOntology

extension ListReader {
  /// The longest item a list comma bounds on both sides (某新型500KV超高压…研制能力建设).
  static let longestMiddleItem = 40

  /// An item between two list commas of a list already begun: both its ends are known, so its
  /// length is no sign that it begins inside a longer name.
  func isLongMiddleItem(_ item: Range<Int>, of segment: Range<Int>) -> Bool {
    item.count > Self.longestItem && item.count <= Self.longestMiddleItem
      && item.lowerBound == segment.lowerBound && item.upperBound == segment.upperBound
      && item.allSatisfy { isItemCharacter($0) } && !startsVerb(at: item.lowerBound)
  }
}
