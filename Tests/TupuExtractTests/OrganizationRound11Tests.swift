import Testing

/// Organizations of real county news read whole: departments whose standard names hold 和, short
/// forms of standard bodies, and sub-bodies named in a chain of posts. Invented names throughout.
@Suite("Reading organizations, round 11")
struct OrganizationRound11Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Standard departments named with 和 are one name each, not cut at the 和.
    Case(
      text: "县委办、县规划建设和住房保障局、县城市管理和综合执法局负责人参加。区卫生和计划生育局、区民族和宗教事务局发文。",
      expected: [
        "县规划建设和住房保障局 : Organization", "县城市管理和综合执法局 : Organization",
        "区卫生和计划生育局 : Organization", "区民族和宗教事务局 : Organization",
      ],
      absent: ["住房保障局 : Organization", "计划生育局 : Organization"]),
    // 纪检委, the short form of a discipline inspection committee, after its level.
    Case(
      text: "县委常委、副县长柳青山，县纪检委副书记石文海一行到县发改局调研。",
      expected: ["县纪检委 : Organization", "石文海 affiliated-with 县纪检委"]),
  ]

  @Test("organizations of county news are read whole", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
