import Testing

/// A pointer or a possessive right before a firm's or chamber's kind word (该商会, 其母公司) speaks
/// of a body again or of one only related to it: what goes before it (a date, a verb) is no part
/// of any name. So does a span of time or a verb of regard (三年来商会, 高度重视商会). Invented names.
@Suite("A pointer before a firm's kind word ends the name")
struct PointerBeforeKindTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "自2019年3月8日该商会在青石市成立以来,一直热心公益。",
      expected: [],
      absent: ["自2019年3月8日该商会 : Organization", "商会 : Organization"]),
    Case(
      text: "受该协会邀请,张三丰一行来到白石镇。",
      expected: [],
      absent: ["受该协会 : Organization"]),
    Case(
      text: "张三丰向其母校青禾理工大学捐赠图书一批。",
      expected: ["青禾理工大学 : Organization"],
      absent: ["其母校青禾理工大学 : Organization"]),
    Case(
      text: "该公司及其母公司均已投产。",
      expected: [],
      absent: ["其母公司 : Organization"]),
    // 其 alone is no boundary: it ends a country's name (土耳其).
    Case(
      text: "土耳其航空公司开通新航线。",
      expected: ["土耳其航空公司 : Organization"],
      absent: ["航空公司 : Organization"]),
    Case(
      text: "三年来商会共捐资20万元,帮助青石村修建道路。",
      expected: [],
      absent: ["三年来商会 : Organization"]),
    Case(
      text: "白石镇党委高度重视商会工作。",
      expected: [],
      absent: ["白石镇党委高度重视商会 : Organization"]),
  ]

  @Test("the pointer ends the name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
