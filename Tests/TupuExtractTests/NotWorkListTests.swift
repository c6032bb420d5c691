import Testing

/// 项目 and 工程 also stand inside words that name no work: the items of a health check or a
/// contest (等体检项目, 等运动会项目) and machines (等工程车辆). A list those words close is no list
/// of works; a list of works still is. Invented names.
@Suite("Lists closed by a word that names no work")
struct NotWorkListTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // The items of a free health check.
    Case(
      text: "青石社区居民接受了身高、体重、血糖和视力等体检项目的检查。",
      expected: ["青石社区 : Community"],
      absent: ["体重 : Project", "血糖和视力 : Project"]),
    // The games of a village sports day.
    Case(
      text: "运动会设置了拔河、挑水、编草鞋等村民运动会项目。",
      expected: [],
      absent: ["拔河 : Project", "挑水 : Project", "编草鞋 : Project"]),
    // Machines at a work's site; the work stays.
    Case(
      text: "在翠屏乡万亩高标准农田项目现场,挖掘机、推土机等大型工程车辆正在作业。",
      expected: ["翠屏乡万亩高标准农田项目 : Project"],
      absent: ["挖掘机 : Project", "推土机 : Project"]),
    // A list of works closed by 项目 stays one.
    Case(
      text: "张三丰先后察看了青石大桥、翠湖公园提升改造等重点项目。",
      expected: ["青石大桥 : Project", "翠湖公园提升改造 : Project"],
      absent: []),
  ]

  @Test("a list closed by a word that names no work lists no works", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
