import Testing

/// A level word (县, 镇, 村) after a common word names no place: a ranking (全国百强县), a
/// neighbour (邻居镇, the next town), a time (后期村集体: the village collective later on).
/// A place named before its level stays. Invented names.
@Suite("Common words before a level word")
struct CommonWordLevelTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "围绕攻坚全国百强县人大常委会作出的贡献,令人振奋。",
      expected: [],
      absent: ["百强县人大常委会 : Organization", "百强县 : District"]),
    Case(
      text: "最后一站来到邻居镇白沙青石村。",
      expected: [],
      absent: ["邻居镇 : Street", "白沙青石村 : Community"]),
    Case(
      text: "后期村集体要将该项目经营好、管理好。",
      expected: [],
      absent: ["后期村 : Community"]),
    // A town and its village written in full stay places.
    Case(
      text: "调研组来到白沙镇青石村。",
      expected: ["白沙镇 : Street", "青石村 : Community"]),
  ]

  @Test("a level word after a common word names no place", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
