import Testing

/// Round 10: 和 inside a body's or a firm's name, not a conjunction. Invented names throughout.
@Suite("和 inside a name")
struct JoinedNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A stop word inside a government body's name written with 和 (建设 of 城乡建设).
    Case(
      text: "青石县住房和城乡建设局局长张青山出席。",
      expected: ["青石县住房和城乡建设局 : Organization", "张青山 affiliated-with 青石县住房和城乡建设局"],
      absent: ["局 : Organization"]),
    Case(
      text: "青石县委党史和地方志研究室主任李青出席。",
      expected: ["青石县委党史和地方志研究室 : Organization"],
      absent: ["地方志研究室 : Organization"]),
    // A province's research office whose field runs to seven characters, the convener.
    Case(
      text: "青石省委党史和地方史志研究室在青山村举行农田机井捐建仪式。",
      expected: ["青石省委党史和地方史志研究室 convenes 农田机井捐建仪式"],
      absent: ["青石省委 convenes 农田机井捐建仪式"]),
    // 和 after a province's short name begins the firm's own name.
    Case(
      text: "湖南和青资产管理有限公司捐款40万元。",
      expected: ["湖南和青资产管理有限公司 : Organization"],
      absent: ["青资产管理有限公司 : Organization", "湖南 : City"]),
    // Two firms joined by 和 stay two.
    Case(
      text: "青石公司和青山公司捐款。",
      expected: ["青石公司 : Organization", "青山公司 : Organization"]),
  ]

  @Test("和 inside a name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
