import Testing

/// A meeting hears a list closed by tasks (等工作情况, 等重点工作, 等有关事项): the items are
/// fields of work beside works, and only an item whose own name says it is a work (某公园, A项目,
/// 某村违建整治) is one; a neighbour that names a work makes no work of a topic. Invented names.
@Suite("Topics in a list closed by tasks")
struct TaskListTopicTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A topic holding 重大项目 as a phrase (重大项目落实) is no work, nor are its neighbours.
    Case(
      text: "随后召开座谈会，听取我区关于包组控违、腾退促提升、重大项目落实等工作情况的汇报。",
      expected: [],
      absent: ["包组控违 : Project", "腾退促提升 : Project", "重大项目落实 : Project"]),
    // Works and topics in one list: the works stay, the topic goes.
    Case(
      text: "县长彭志远对青禾热力项目管网规划、杆线迁移、桐江湿地公园项目建设、梅林水厂项目建设等工作"
        + "作出具体安排部署。",
      expected: ["青禾热力项目 : Project", "桐江湿地公园项目 : Project", "梅林水厂项目 : Project"],
      absent: ["杆线迁移 : Project"]),
    // A site named in such a list stays a work (the development gold lists them).
    Case(
      text: "会上，县长彭志远就丙丁村违建整治、梅林大桥项目、桐江公园改造、文体活动中心等工作作了安排部署。",
      expected: ["梅林大桥项目 : Project", "桐江公园改造 : Project"],
      absent: []),
  ]

  @Test("topics beside works in a list closed by tasks", arguments: cases)
  func topic(_ example: Case) throws { try example.check() }
}
