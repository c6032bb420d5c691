import Testing

/// Round 29 (pl3): a hill has no suffix of the lexicon's — 山 ends given names and the short forms
/// of cities — so it is read only before a word that only a hill takes (脚下, 北麓, 深处, 余脉): a
/// Place (landmarks, the rulings). Its name runs back to a boundary as a river's does; a division
/// written right before it holds it. Invented names.
@Suite("Hills before a word that only a hill takes")
struct HillFrameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "这座公园坐落在青禾山脚下,规划总面积二十万平方米。",
      expected: ["青禾山 : Place"]),
    Case(
      text: "茶博园位于翠峰山北麓,交通便利。",
      expected: ["翠峰山 : Place"]),
    Case(
      text: "在白鹭山深处,有一座古老的村落。",
      expected: ["白鹭山 : Place"]),
    Case(
      text: "林场位于江汉平原与青阳山余脉交汇处。",
      expected: ["青阳山 : Place"]),
    // A division before the hill holds it.
    Case(
      text: "长青县金禾镇玉带山脚下的村落迎来了游客。",
      expected: ["玉带山 : Place", "玉带山 located-in 金禾镇"]),
    // Hills in general name none.
    Case(
      text: "金禾村位于大山深处,交通落后。",
      expected: [],
      absent: ["大山 : Place"]),
    // No word that only a hill takes: nothing is read.
    Case(
      text: "会议由副县长王青山主持,县委常委李玉山出席。",
      expected: [],
      absent: ["王青山 : Place", "李玉山 : Place"]),
  ]

  @Test("a hill before a word only a hill takes", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
