import Testing

/// Round 10: a count or a sum before a body's or a firm's kind word names none of them.
/// Invented names throughout.
@Suite("No body from a count or a sum before its kind word")
struct CountedBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青石县民政局先后组织30多家协会参与帮扶。",
      expected: ["青石县民政局 : Organization"],
      absent: ["30多家协会 : Organization"]),
    Case(
      text: "青溪小学拥有三间教师办公室。",
      expected: ["青溪小学 : Organization"],
      absent: ["三间教师办公室 : Organization"]),
    Case(
      text: "三家爱心企业向青石镇捐资1.5万元修缮小学设施。",
      expected: ["青石镇 : Street"],
      absent: ["5万元修缮小学 : Organization"]),
    // 两地工商联: the bodies of two places.
    Case(
      text: "青石县积极对接两地工商联。",
      expected: ["青石县 : District"],
      absent: ["对接两地工商联 : Organization", "两地工商联 : Organization"]),
    // An ordinal or a numeral of the name itself stays: 第三中学, 八一中学.
    Case(
      text: "青石县第三中学和青石县八一中学举行仪式。",
      expected: ["青石县第三中学 : Organization", "青石县八一中学 : Organization"]),
  ]

  @Test("no body from a count or a sum", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
