import Testing

/// A place prefix before a list of facilities (Rulings: where things lie): 到某区甲小区、乙小区
/// locates every item of the list, not the first only. Works lists and a prefix that enters a
/// list midway are left as they were.
@Suite("A place prefix before a list of facilities")
struct ListedPlaceTests {
  typealias Case = ReadingCase

  static let located: [Case] = [
    Case(
      text: "林文博首先来到青禾区白鹭花园小区、东湖小区，详细了解老旧小区改造情况。",
      expected: ["白鹭花园小区 located-in 青禾区", "东湖小区 located-in 青禾区"]),
    Case(
      text: "考察团先后到柳林县翠湖滨河公园、金竹文化园、云岭茶叶交易中心等地考察。",
      expected: ["金竹文化园 located-in 柳林县", "云岭茶叶交易中心 located-in 柳林县"]),
    Case(
      text: "王明一行先后深入石门镇红杉纪念馆、青松湿地公园，参观了展品。",
      expected: ["青松湿地公园 located-in 石门镇"]),
  ]

  @Test("every facility of the list lies in the prefix", arguments: located)
  func locatedItem(_ example: Case) throws { try example.check() }

  static let notLocated: [Case] = [
    // The prefix enters the list midway: it holds its own item only.
    Case(
      text: "陈明一行先后深入白沙美食街区、和平街道青松社区党群服务中心、翠湖滨河公园等点位调研。",
      expected: ["青松社区 located-in 和平街道"],
      absent: ["翠湖滨河公园 located-in 和平街道", "翠湖滨河公园 located-in 青松社区"]),
    // An item with a place of its own lies there, not in the first prefix.
    Case(
      text: "代表们先后到青禾镇白鹭纪念馆、石门镇红杉公园等地参观。",
      expected: ["石门镇红杉公园 located-in 石门镇"],
      absent: ["石门镇红杉公园 located-in 青禾镇"]),
    // A facility named by a level word lies in that level's place, not in the prefix.
    Case(
      text: "青禾县召开会议。代表们先后到青禾镇白鹭公园、县文化中心、市体育馆等地参观。",
      expected: ["青禾镇白鹭公园 located-in 青禾镇"],
      absent: ["县文化中心 located-in 青禾镇", "市体育馆 located-in 青禾镇"]),
    // A list of works: the prefix nests the first only (the development gold).
    Case(
      text: "代表们视察了青禾县金竹大道改造项目、东湖小学新建项目。",
      expected: [],
      absent: ["东湖小学新建项目 located-in 青禾县"]),
  ]

  @Test("a prefix inside the list, an item's own place, a list of works", arguments: notLocated)
  func notLocatedItem(_ example: Case) throws { try example.check() }
}
