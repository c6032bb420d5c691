import Testing

/// A hearing, a decision, a briefing, a submission, a grant or a look (听取, 同意, 审议, 介绍, 提交,
/// 获得, 了解) run into a work's name is a clause, and no work's name holds one nor begins inside
/// one: the span is no work. Invented names and figures.
@Suite("Clauses read as works")
struct ClauseInWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "会议审议并同意2023年区政府实事项目完成情况与2024年实事项目征集、立项工作情况的汇报。",
      expected: [],
      absent: ["并同意2023年区政府实事项目完成情况与2024年实事项目征集 : Project"]),
    Case(
      text: "每到一处,张三丰、李四光都认真听取项目建设进展情况。",
      expected: [],
      absent: ["李四光都认真听取项目 : Project"]),
    Case(
      text: "在县第九中学工程项目现场,县教科局负责人介绍青禾县第九中学建设项目情况。",
      expected: [],
      absent: ["县教科局负责人介绍青禾县第九中学建设项目 : Project"]),
    Case(
      text: "3月5日,柳溪乡中学和小学获得社会援助学校建设项目资金20万元。",
      expected: [],
      absent: ["小学获得社会援助学校建设项目 : Project"]),
    Case(
      text: "会议讨论并原则同意青禾区财政局提交的《关于某某项目有关事项的请示》。",
      expected: [],
      absent: ["青禾区财政局提交 : Project", "区财政局提交 : Project"]),
    Case(
      text: "随后,王大山来到新城建设指挥部视察、了解新城建设规划沙盘。",
      expected: [],
      absent: ["解新城建设规划沙盘 : Project"]),
  ]

  @Test("a clause is no work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
