import Testing

/// A hearing or a decision (听取, 同意, 审议) run into a work's name is a clause, and no work's
/// name holds one: the span is no work. Invented names and figures.
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
  ]

  @Test("a clause is no work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
