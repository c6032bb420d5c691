import Testing

/// Round 20 (f2): a government written at the head of its 党组 in a member's post (县政府党组成员)
/// is part of the 党组's name, no body of its own; a post of the same chain that is the body's own
/// (党组书记、主席) keeps it. Invented names throughout.
@Suite("A body at the head of its 党组")
struct PartyGroupHeadRound20Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "副县长赵青山，县政府党组成员、政府办主任钱明远等参加。",
      expected: ["县政府党组 : Organization", "钱明远 affiliated-with 县政府党组", "政府办 : Organization"],
      absent: ["县政府 : Organization"]),
    Case(
      text: "县委常委、县政府党组副书记、常务副县长周明远出席。",
      expected: ["县政府党组 : Organization", "周明远 affiliated-with 县政府党组"],
      absent: ["县政府 : Organization"]),
    Case(
      text: "会上，青石县政协党组书记、主席孙晓川讲话。",
      expected: [
        "青石县政协党组 : Organization", "青石县政协 : Organization",
        "孙晓川 affiliated-with 青石县政协", "孙晓川 affiliated-with 青石县政协党组",
      ]),
  ]

  @Test("the 党组 is the body the post names", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
