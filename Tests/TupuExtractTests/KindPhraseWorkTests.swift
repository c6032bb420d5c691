import Testing

/// Praise (精品), tradition (传统) and a trade's field (数字) written as a work's only words besides
/// its kind word say what kind of work, not which: no work. A name before them still names one.
/// Invented names and figures.
@Suite("Kind phrases read as works")
struct KindPhraseWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "中建八局将精心打造优质精品工程,助力青禾城建设。",
      expected: [],
      absent: ["优质精品工程 : Project", "精品工程 : Project"]),
    Case(
      text: "与传统水厂相比,柳溪水厂采用平流式沉淀。",
      expected: ["柳溪水厂 : Project"],
      absent: ["传统水厂 : Project"]),
    Case(
      text: "园区内设5G展示中心、电商平台等数字产业基地。",
      expected: [],
      absent: ["数字产业基地 : Project"]),
    Case(
      text: "视察组实地察看了青禾精品农业示范园、柳溪数字产业基地等项目。",
      expected: ["青禾精品农业示范园 : Project", "柳溪数字产业基地 : Project"]),
  ]

  @Test("a kind phrase is no work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
