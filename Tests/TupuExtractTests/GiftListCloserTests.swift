import Testing

/// Round 28: a list of firms closed with 等 and their kind word (等爱心企业, 等7家企业, 等单位)
/// right before a gift's cue, with only adverbs between (共同, 分别), gives through every firm it
/// lists, as a list right before the cue does (甲公司、乙公司分别捐款). Invented names throughout.
@Suite("A list of givers closed with 等 and their kind")
struct GiftListCloserTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 甲、乙、丙等爱心企业共同捐赠…，用于某村…: each firm gives.
    Case(
      text: "经过协调联系，星河科技有限公司、青禾建材有限公司、柳岸物流有限公司等爱心企业"
        + "共同捐赠21万元人民币，用于石桥村打井及其配套设施。",
      expected: [
        "星河科技有限公司 sponsors 石桥村", "青禾建材有限公司 sponsors 石桥村",
        "柳岸物流有限公司 sponsors 石桥村",
      ]),
    // 等3家企业分别捐资…: a count may stand before the kind word.
    Case(
      text: "星河科技有限公司、青禾建材有限公司、柳岸物流有限公司等3家企业分别捐资5万元，用于石桥村修路。",
      expected: [
        "星河科技有限公司 sponsors 石桥村", "青禾建材有限公司 sponsors 石桥村",
        "柳岸物流有限公司 sponsors 石桥村",
      ]),
    // A list whose clause ends before the gift's gives nothing: only the gift's own giver does.
    Case(
      text: "星河科技有限公司、青禾建材有限公司等企业代表参加活动，柳岸物流有限公司捐赠5万元，用于石桥村打井。",
      expected: ["柳岸物流有限公司 sponsors 石桥村"],
      absent: ["星河科技有限公司 sponsors 石桥村", "青禾建材有限公司 sponsors 石桥村"]),
  ]

  @Test("a list of givers closed with 等 and their kind", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
