import Testing

/// Works named after the sum they cost (总投资…元的X项目), as signing and groundbreaking reports
/// list them. Invented names.
@Suite("Works named after what they cost")
struct InvestedWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // The whole name from 的 to 项目: the province's short form inside it is no place.
    Case(
      text: "签约项目分别是总投资5.8亿元的江苏青禾新材料年产3万吨涂料项目，总投资1.2亿元的广东瑞丰电子高频、高速覆铜板项目。",
      expected: [
        "江苏青禾新材料年产3万吨涂料项目 : Project", "广东瑞丰电子高频、高速覆铜板项目 : Project",
      ],
      absent: ["江苏 : City", "广东 : City", "年产3万吨涂料项目 : Project"]),
    // A firm written in full keeps its mention; the items of the list give no sponsors.
    Case(
      text: "青山乡政府与投资1.8亿元的安平青禾食品有限公司面点加工项目、投资5000万元的安平瑞丰食品有限公司冷链加工项目正式签约。",
      expected: [
        "安平青禾食品有限公司面点加工项目 : Project", "安平瑞丰食品有限公司冷链加工项目 : Project",
        "安平青禾食品有限公司 : Organization",
      ],
      absent: [
        "安平青禾食品有限公司 sponsors 安平瑞丰食品有限公司冷链加工项目",
        "青山乡政府 sponsors 安平青禾食品有限公司面点加工项目",
      ]),
    // A count or a kind word after 的 names no work.
    Case(
      text: "全县谋划实施了总投资58亿元的重点项目106个，总投资4.8亿元的六个回归项目正式签约。",
      expected: [],
      absent: ["重点项目 : Project", "六个回归项目 : Project"]),
  ]

  @Test("a work's name runs from its cost's 的 to its 项目", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
