import Testing

/// Round 26 (r1): after a locating verb (位于, 坐落于), an area the lexicon has no suffix for
/// written right before a place or road it knows (甲半岛乙花园, 甲邻里街乙路22号) runs too long for
/// the known suffix's name; both are names: the known one by its last two characters and its
/// suffix, the area as a Place. An estate lies in the area; a road gives no containment. A chain
/// the lexicon reads already (某镇某花园) is left alone. Invented names.
@Suite("Two places written back to back after a locating verb")
struct AddressChainTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青石村党群服务中心位于翠洋半岛翠洋花园。",
      expected: ["翠洋半岛 : Place", "翠洋花园 : Place", "翠洋花园 located-in 翠洋半岛"]),
    Case(
      text: "据悉,青石镇文体中心位于星光邻里街柳家路22号,集书房、展厅于一体。",
      expected: ["星光邻里街 : Place", "柳家路 : Road"],
      // The town heads a name left unread (文体中心): it is not what lies there.
      absent: ["柳家路 located-in 星光邻里街", "青石镇 located-in 星光邻里街", "青石镇 located-in 柳家路"]),
    // Read already by the division before it.
    Case(
      text: "青石村党群服务中心位于青石镇翠洋花园。",
      expected: ["青石镇 : Street", "翠洋花园 : Place"],
      absent: ["青石镇翠洋花园 : Place"]),
    // Two roads at a crossing are read by their own suffixes.
    Case(
      text: "该项目位于青石大道与白鹭路交叉口。",
      expected: ["青石大道 : Road", "白鹭路 : Road"]),
  ]

  @Test("an area and a known place after 位于", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
