import Testing

/// Round 30: a gift 向村委会 (向村委, 向村两委) — the committee written bare — goes to the village
/// the article is about, as a gift 向该村 or 为本村 does. Invented names throughout.
@Suite("A gift to the village's committee written bare")
struct VillageCommitteeGiftTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 在某村村委会，该村乡贤某某向村委会捐资…: the village receives.
    Case(
      text: "5日，在青禾镇柳溪村村委会，该村乡贤张三明向村委会捐资30万元，作为柳溪村新会议室的建设资金。",
      expected: ["张三明 sponsors 柳溪村"]),
    // A body paired with the village gives to its committee in a later sentence.
    Case(
      text: "5月17日，星河科技有限公司到青禾镇柳溪村开展结对共建活动。星河科技有限公司向村委会捐赠5万元用于公共厕所建设。",
      expected: ["星河科技有限公司 sponsors 柳溪村"]),
    // The article's community is no village: the committee is not its own.
    Case(
      text: "5日，在青禾街道星河社区，居民张三明向村委会捐资30万元，用于修建会议室。",
      expected: [],
      absent: ["张三明 sponsors 星河社区"]),
  ]

  @Test("a gift to the village's committee written bare", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
