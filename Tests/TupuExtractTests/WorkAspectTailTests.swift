import Testing

/// What of a work is dealt with, written right after its 项目 or 工程 (its funds 资金, an
/// overview 概况, its start 开工), is no part of the work's name: the work ends at its kind word,
/// in a list of what a meeting studies, of what is reported, or of the site a ceremony is held at.
/// Invented names.
@Suite("Aspect words after a work's name")
struct WorkAspectTailTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "会议研究了2024年度青禾产业园续建项目资金、星河路升级改造工程等事宜。",
      expected: ["青禾产业园续建项目 : Project", "星河路升级改造工程 : Project"],
      absent: ["青禾产业园续建项目资金 : Project"]),
    Case(
      text: "县人大常委会副主任张三明汇报了青禾湖综合治理工程概况、规划蓝图及施工进展情况。",
      expected: ["青禾湖综合治理工程 : Project"],
      absent: ["青禾湖综合治理工程概况 : Project"]),
    Case(
      text: "集中开工仪式在某某县青禾食品加工项目开工现场举行。",
      expected: ["青禾食品加工项目 : Project", "青禾食品加工项目 located-in 某某县"],
      absent: ["某某县青禾食品加工项目开工 : Project"]),
    // A work named whole is read as before (its visitor an official: a Person reviews nothing).
    Case(
      text: "县长张三明一行来到青禾湖综合治理工程施工现场调研。",
      expected: ["青禾湖综合治理工程 : Project", "张三明 reviews 青禾湖综合治理工程"]),
  ]

  @Test("a work's name ends at its kind word, before what of it is dealt with", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
