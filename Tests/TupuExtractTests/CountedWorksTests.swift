import Testing

/// A count with its measure word (5个, 一批, 5大类, 两处) begins a phrase that counts works or
/// places, never a name; a name that merely begins with a numeral (两岔口水库) stays. Invented names.
@Suite("Counted works and places are no names")
struct CountedWorksTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A visit's works counted.
    Case(
      text: "与会人员深入青石县、翠屏县观摩了6个重大项目的建设情况。",
      expected: [],
      absent: ["6个重大项目 : Project"]),
    // Kinds of works counted in a list.
    Case(
      text: "加快推进4大类项目、青石新城等大体量投资项目开工建设。",
      expected: [],
      absent: ["4大类项目 : Project"]),
    // Two parks counted; the named parks stay.
    Case(
      text: "青石区将翠湖公园、白鹭公园贯穿一体,以两处公园为基础建设滨江开放公园。",
      expected: ["翠湖公园 : Place", "白鹭公园 : Place"],
      absent: ["两处公园 : Place"]),
    // A name that begins with a numeral but no measure word stays.
    Case(
      text: "张三丰到两岔口水库检查防汛工作。",
      expected: ["两岔口水库 : Place"],
      absent: []),
  ]

  @Test("a counted phrase is no name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
