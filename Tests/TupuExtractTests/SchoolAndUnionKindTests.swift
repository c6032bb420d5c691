import Testing

/// Round 21 (w2): a township's central school, a school named by its grade and a union of
/// cooperatives are bodies by their kind word (中心校, 初中, 高中, 联合社), not cut back to the
/// place at their head. Invented names throughout.
@Suite("Schools by grade and unions of cooperatives")
struct SchoolAndUnionKindTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "“今天很开心。”柳河乡中心校校长葛文涛说。",
      expected: ["柳河乡中心校 : Organization", "葛文涛 affiliated-with 柳河乡中心校"]),
    Case(
      text: "葛文涛先后走入青石实验小学、月湾中学、松岭初中,实地察看校园安全。",
      expected: ["松岭初中 : Organization"]),
    Case(
      text: "葛文涛来到南塘高中看望师生。",
      expected: ["南塘高中 : Organization"]),
    Case(
      text: "青石县柳岸果蔬专业合作社联合社揭牌成立。",
      expected: ["青石县柳岸果蔬专业合作社联合社 : Organization"],
      absent: ["青石县柳岸果蔬专业合作社 : Organization"]),
  ]

  @Test("the kind word names the body", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
