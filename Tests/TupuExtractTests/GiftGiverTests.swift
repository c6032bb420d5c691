import Testing

/// Round 12: who gives, and to whom, when the giver or the recipient stands outside the usual
/// 甲向乙捐赠 frame. Invented names throughout.
@Suite("Who gives a gift")
struct GiftGiverTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A list item's giver the reading did not take (某某饭店) is not an earlier item's giver.
    Case(
      text: "江城恒泰集团向柳县慈善总会捐资100万元，同时，该集团还减免商户租金；青苗饭店为青石社区保洁员捐赠口罩50个。",
      expected: ["江城恒泰集团 sponsors 柳县慈善总会"],
      absent: ["江城恒泰集团 sponsors 青石社区", "柳县慈善总会 sponsors 青石社区"]),
  ]

  @Test("who gives a gift", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
