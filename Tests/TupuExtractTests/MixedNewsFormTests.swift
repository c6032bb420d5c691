import Testing

/// The forms of a county's mixed news: visits to firms, people's congress and CPPCC sessions and
/// visits, town and street news, portal pages with their furniture. Invented names throughout.
@Suite("Reading a county's mixed news")
struct MixedNewsFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A bulleted link to another article (- 上一篇：…) states nothing about this one.
    Case(
      text: """
        青禾区召开安全生产会议
        9月3日，青禾区召开安全生产会议。区长蒋立平出席。
        - 上一篇: 区委常委、区委办主任顾长川带队赴外地参加展会
        - 下一篇: 区委书记白启明到石门镇调研重点工作
        """,
      expected: ["蒋立平 : Official"],
      absent: ["顾长川 : Official", "白启明 : Official", "石门镇 : Street"]),
    // The leaders seated on the rostrum, named after 的领导有：, are Officials.
    Case(
      text: "1月9日，青禾县政协九届二次会议开幕。在主席台就座的领导有：纪远航、孟如松、齐海岚。",
      expected: ["纪远航 : Official", "孟如松 : Official", "齐海岚 : Official"],
      absent: ["纪远航 : Person"]),
    Case(
      text: "出席会议的领导还有：卢光耀、柏文清。会议在区委的领导下圆满完成各项议程。",
      expected: ["卢光耀 : Official", "柏文清 : Official"],
      absent: ["区委的领导 : Organization"]),
  ]

  @Test("short articles give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
