import Testing

/// Round 30 (pl4): where a place's sides are told (背靠某山, 南靠某湖, 西临某湖, 西至某山), a hill's,
/// lake's or river's name written right after the side's word and closing its clause is one: a
/// Place (landmarks, the rulings), though no frame follows it. Invented names.
@Suite("A hill, lake or river after the word for a side")
struct BoundsFrameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾村背靠白鹭山，南临翠湾湖，现有人口两千多人。",
      expected: ["白鹭山 : Place", "翠湾湖 : Place"]),
    Case(
      text: "景区东至金沙河，西至玉带山，总面积三十平方公里。",
      expected: ["金沙河 : Place", "玉带山 : Place"]),
    Case(
      text: "度假村北靠青阳山，西邻星河湖，交通便利。",
      expected: ["青阳山 : Place", "星河湖 : Place"]),
    // A common word names no hill.
    Case(
      text: "金禾村背靠大山，交通落后。",
      expected: [],
      absent: ["大山 : Place"]),
    // No side's word and no frame: nothing is read.
    Case(
      text: "会议由副县长王青山主持，县委常委李玉山出席。",
      expected: [],
      absent: ["王青山 : Place", "李玉山 : Place"]),
  ]

  @Test("a hill, lake or river after the word for a side", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
