import Testing

/// Sites a visit or a session goes to whose kind word was missing from the Place inventory: a
/// county's assembly hall (某区大会堂, 区大会堂), a hall of plans or achievements (某县规划馆,
/// 县成就馆), a tourist area (某镇某某湾生态旅游区) and a memorial hall named after a person and a
/// theme (某镇某某某林业情怀纪念馆). Each stands, so a Place (the zones ruling), in the place written
/// before it (Rulings: places inside names). Invented names.
@Suite("Halls and tourist areas as places")
struct HallAndAreaPlaceTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "1月5日上午，政协青山区五届三次会议在青山区大会堂隆重开幕。",
      expected: ["青山区大会堂 : Place", "青山区大会堂 located-in 青山区"],
      absent: ["青山区大会 : Meeting"]),
    Case(
      text: "会议在区大会堂举行。",
      expected: ["区大会堂 : Place"]),
    Case(
      text: "考察团一行先后参观了柳河码头、县规划馆等处，随后来到江宁县成就馆。",
      expected: [
        "县规划馆 : Place", "江宁县成就馆 : Place", "江宁县成就馆 located-in 江宁县",
      ]),
    Case(
      text: "调研组前往柳溪镇白鹭湾生态旅游区、石门镇罗成林业情怀纪念馆等地实地调研。",
      expected: [
        "柳溪镇白鹭湾生态旅游区 : Place", "柳溪镇白鹭湾生态旅游区 located-in 柳溪镇",
        "石门镇罗成林业情怀纪念馆 : Place", "石门镇罗成林业情怀纪念馆 located-in 石门镇",
      ]),
    // Named by the kind word alone, a hall or an area is none.
    Case(
      text: "大家参观了规划馆和成就馆，又去了旅游区。",
      expected: [],
      absent: ["规划馆 : Place", "成就馆 : Place", "旅游区 : Place"]),
  ]

  @Test("halls and tourist areas that stand are places", arguments: cases)
  func hallOrArea(_ example: Case) throws { try example.check() }
}
