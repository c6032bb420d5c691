import Testing

/// Round 26 (r1): a closing credit in brackets that begins with a district, county or city of the
/// country's lists written in full (某某区新闻中心) is the unit that sends the story, whatever kind
/// word ends it: no people are cut from its characters. Names written beside the unit stay the
/// writers'. Invented people; the districts are from the country's list.
@Suite("A credit that begins with a known division names no people")
struct DivisionCreditTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "县长王青山要求各部门营造良好发展环境。(丰台区新闻中心)",
      expected: ["王青山 title 县长"],
      absent: ["丰台 : Person", "区新 : Person", "闻中心 : Person"]),
    // The credit on a line of its own at the story's end, as a page gives it.
    Case(
      text: "丰台区领导到重点项目现场办公\n\n4月10日下午，区委书记王青山带队到重点项目现场办公。王青山要求，为项目建设营造良好发展环境。(丰台区新闻中心)\n\n上一条：某某\n",
      expected: ["王青山 : Official"],
      absent: ["丰台 : Person", "区新 : Person", "闻中心 : Person"]),
    // The writers after the unit stay.
    Case(
      text: "全力推进项目建设。(云和县教体局 李青松 陈晓)",
      expected: ["李青松 : Person", "陈晓 : Person"],
      absent: ["云和 : Person"]),
    // A credit of names alone stays a credit of names.
    Case(
      text: "全力推进项目建设。(李青松 陈晓)",
      expected: ["李青松 : Person", "陈晓 : Person"]),
  ]

  @Test("a unit's credit names no people", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
