import Testing

/// Projects and places of round 15 (causes counted across all seven read sets, fixed only where
/// they recur in three or more). Places, people, firms and works are invented.
@Suite("Reading projects and places, round 15")
struct ProjectPlaceRound15Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A list closed only by how things go (建设情况, 推进情况) lists topics as readily as works:
    // an item with no mark of a work (生产经营, 集中签约) is none; a named road, bridge or plant
    // in such a list still is.
    Case(
      text: "张青山详细了解了企业生产经营、安全生产工作建设情况。张青山听取了集中签约、集中开工项目推进情况介绍。",
      expected: [],
      absent: ["生产经营 : Project", "集中签约 : Project"]),
    Case(
      text: "张青山详细了解了青石高速、白河大桥及玉屏污水处理厂建设情况。",
      expected: ["青石高速 : Project", "白河大桥 : Project", "玉屏污水处理厂 : Project"],
      absent: []),
    // A name ending with a site's character (园, 港) is a site, whatever else it holds.
    Case(
      text: "会议听取了青石智造园、白河冷链港建设情况汇报。",
      expected: ["青石智造园 : Project", "白河冷链港 : Project"],
      absent: []),
    // A name that says what is done (改造, 建设, 新建) right before 项目, with a name of its own
    // before that word, names a work wherever it stands (…，全长8公里; …完成投资2亿元); not one
    // begun inside a word (自由|贸易…) nor a bare kind of work.
    Case(
      text: "县道青石线白河界至华兴乡改造项目,全长8.67公里,去年10月份建成通车;白石线二期公路建设项目,完成投资2亿元。",
      expected: ["县道青石线白河界至华兴乡改造项目 : Project", "白石线二期公路建设项目 : Project"],
      absent: []),
    Case(
      text: "青石自由贸易试验区建设项目进展顺利。白石县高起点推动项目、高质量建设项目。",
      expected: [],
      absent: ["贸易试验区建设项目 : Project", "高质量建设项目 : Project"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
