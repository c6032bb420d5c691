import Testing

/// Round 19 (d1): a chamber, association or cooperative named only by another kind word of its
/// sort (商会协会, 行业商协会, 供销合作社) is a kind, no body. Invented names throughout.
@Suite("No body from kind words of chambers, associations and cooperatives")
struct SocietyKindRound19Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青石县工商联将充分发挥商会协会的桥梁纽带作用。",
      expected: ["青石县工商联 : Organization"],
      absent: ["商会协会 : Organization"]),
    Case(
      text: "青石县委统战部对各会员企业、行业商协会的成绩表示肯定。",
      expected: ["青石县委统战部 : Organization"],
      absent: ["行业商协会 : Organization", "行业商 : Organization"]),
    Case(
      text: "青石县供销社以深化供销合作社综合改革为契机。",
      expected: ["青石县供销社 : Organization"],
      absent: ["供销合作社 : Organization"]),
    // Written with its place or a name of its own, a cooperative stays a body.
    Case(
      text: "青石县供销合作社与青石县云岭种植农民专业合作社签订协议。",
      expected: [
        "青石县供销合作社 : Organization", "青石县云岭种植农民专业合作社 : Organization",
      ]),
  ]

  @Test("kind words name no body", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
