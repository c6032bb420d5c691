import Testing

/// Round 30: a project written as the clause's subject, then its investors after 由 or 是 (是由)
/// — one firm or a list joined by 、, 和 or 及 — and 投资建设/兴建: every investor listed sponsors
/// the project. Invented names throughout.
@Suite("A project's investors listed after 由 or 是")
struct InvestorListTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 某项目…，由甲、乙共同投资兴建: both firms invest in the project the sentence opened with.
    Case(
      text: "青禾商业广场项目占地80亩，计划投资5亿元，由星河科技有限公司、云峰实业有限公司"
        + "共同投资兴建，着力打造大型购物休闲商业综合体。",
      expected: [
        "星河科技有限公司 sponsors 青禾商业广场项目", "云峰实业有限公司 sponsors 青禾商业广场项目",
      ]),
    // 某项目是某公司投资建设: 是 says who invests, as 由 does.
    Case(
      text: "柳岸生态产业园一期项目是星河集团有限公司投资建设，拟建设规模养殖基地。",
      expected: ["星河集团有限公司 sponsors 柳岸生态产业园一期项目"]),
    // 某项目是由甲和乙投资建设: a list after 是由.
    Case(
      text: "青禾商业广场项目是由星河科技有限公司和云峰实业有限公司投资建设。",
      expected: [
        "星河科技有限公司 sponsors 青禾商业广场项目", "云峰实业有限公司 sponsors 青禾商业广场项目",
      ]),
    // A list that stands in an earlier clause, not after 由, invests in nothing here.
    Case(
      text: "星河科技有限公司、云峰实业有限公司等企业参加签约，青禾商业广场项目由柳岸物流有限公司投资建设。",
      expected: ["柳岸物流有限公司 sponsors 青禾商业广场项目"],
      absent: ["星河科技有限公司 sponsors 青禾商业广场项目", "云峰实业有限公司 sponsors 青禾商业广场项目"]),
  ]

  @Test("a project's investors listed after 由 or 是", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
