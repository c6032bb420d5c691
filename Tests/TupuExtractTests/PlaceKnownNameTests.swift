import Testing

/// Round 6 forms of places and gifts read from fresh real text, written again with invented names
/// (the country's divisions are general knowledge, so they appear as the lists name them).
@Suite("Place forms, round 6")
struct PlaceKnownNameTests {
  typealias Case = ReadingCase

  /// A division the country's lists know in full is read though its last characters look like
  /// a compound that is no suffix (兴市, 门市, 都市, 兴区), and a province before it is too.
  static let knownDivisions: [Case] = [
    Case(
      text: "近日，浙江省嘉兴市南湖区青柳镇代表团来到柳溪村。",
      expected: [
        "嘉兴市 : City", "南湖区 located-in 嘉兴市", "青柳镇 located-in 南湖区",
      ]),
    Case(
      text: "一笔善款由某市慈善总会转至福建省厦门市同安区。",
      expected: ["福建省 : City", "厦门市 : City", "同安区 located-in 厦门市"]),
    Case(
      text: "他先后在江苏省宜兴市和北京市大兴区工作。",
      expected: ["宜兴市 : District", "大兴区 : District", "大兴区 located-in 北京市"]),
    // The compounds themselves stay no places.
    Case(
      text: "推动乡村振兴区域协调发展，坚持产业兴市，形成都市农业格局。",
      expected: [],
      absent: ["振兴区 : District", "成都市 : City", "兴市 : City"]),
  ]

  /// A work named after a chain of places (某县某镇…项目) lies in the innermost, and a list of
  /// works after 开工的 begins with the first work's name, not with 的.
  static let nestedWorks: [Case] = [
    Case(
      text: "当天集中开工的青山县城关镇莲池小学建设项目、青山县平泉镇果品气调库建设项目等14个项目。",
      expected: [
        "青山县城关镇莲池小学建设项目 : Project", "青山县城关镇莲池小学建设项目 located-in 城关镇",
        "青山县平泉镇果品气调库建设项目 located-in 平泉镇", "平泉镇 located-in 青山县",
      ],
      absent: [
        "的青山县城关镇莲池小学建设项目 : Project",
        "青山县平泉镇果品气调库建设项目 located-in 青山县",
      ]),
  ]

  @Test("a work named after a chain of places lies in the innermost", arguments: nestedWorks)
  func nestedWork(_ example: Case) throws { try example.check() }

  @Test("divisions the country's lists know are read in full", arguments: knownDivisions)
  func knownDivision(_ example: Case) throws { try example.check() }
}
