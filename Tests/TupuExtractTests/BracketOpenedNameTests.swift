import Testing

/// A name never begins inside a bracket it does not open: where the reader could not read the
/// words before a firm's bracketed province (某某(江苏)建材股份有限公司) or a meeting's
/// (扩大), what it would start after the bracket is a piece of another name, and no entity.
/// Invented names.
@Suite("Names opened inside a bracket")
struct BracketOpenedNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "签约仪式上,我市与白石铂家(江苏)建材股份有限公司签订青禾集成墙面生产基地项目。",
      expected: [],
      absent: ["江苏)建材股份有限公司 : Organization"]),
    Case(
      text: "近日,白石路街道组织辖区爱心企业至真至善(浙江)文化科技有限公司开展慰问活动。",
      expected: ["白石路街道 : Street"],
      absent: ["浙江)文化科技有限公司 : Organization"]),
    Case(
      text: "3月6日,青禾县委中心组召开(扩大)学习会议,传达学习有关精神。",
      expected: ["青禾县委 : Organization"],
      absent: ["扩大)学习会议 : Meeting"]),
    // A bracket the name opens itself stays inside it.
    Case(
      text: "青禾县召开县委常委会(扩大)会议,研究重点工作。",
      expected: ["县委常委会(扩大)会议 : Meeting"]),
  ]

  @Test("no name starts inside a bracket", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
