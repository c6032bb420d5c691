import Testing

/// Round 10: how far a gift's cue reaches. Invented names throughout.
@Suite("What a gift's cue reaches")
struct GiftScopeTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 开展爱心捐赠，并举行某仪式: the ceremony of a later clause, and the places in its name,
    // receive nothing; the place gone to (到) gives nothing.
    Case(
      text: "9月18日，青石市青山区工商联组织爱心企业到青溪县青苗幼儿园开展爱心捐赠，并举行青山区村企结对签约仪式。",
      expected: [],
      absent: [
        "青山区工商联 sponsors 青山区村企结对签约仪式", "青山区工商联 sponsors 青山区",
        "青溪县青苗幼儿园 sponsors 青山区村企结对签约仪式",
      ]),
    // A gift a document is about (关于为某村捐建…的倡议书) is not made.
    Case(
      text: "第一书记王青峰向有关人士发出关于为青山村捐建农田机井的倡议书。",
      expected: ["王青峰 title 第一书记"],
      absent: ["王青峰 sponsors 青山村"]),
    Case(
      text: "青石公司向青山村捐建农田机井6口。",
      expected: ["青石公司 sponsors 青山村"]),
    // 收到 is no going: the company after it gives.
    Case(
      text: "青山社区收到青石电子有限公司的捐款。",
      expected: ["青石电子有限公司 sponsors 青山社区"]),
    // Round 13: an adverb may stand between the recipient and 收到.
    Case(
      text: "在此之前，青山区已收到青石电子有限公司捐赠的消毒液60盒。",
      expected: ["青石电子有限公司 sponsors 青山区"]),
  ]

  @Test("what a gift's cue reaches", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
