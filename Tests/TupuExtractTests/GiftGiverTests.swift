import Testing

/// Round 12: who gives, and to whom, when the giver or the recipient stands outside the usual
/// 甲向乙捐赠 frame. Invented names throughout.
@Suite("Who gives a gift")
struct GiftGiverTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A district acting as a body gives when it stands right before 向 (adverbs between).
    Case(
      text: "江城市河西区向河东省青溪县捐赠救护车10辆。",
      expected: ["河西区 sponsors 青溪县"]),
    Case(
      text: "据悉，此次江城市白沙区共向河东省青溪县捐赠救护车18辆。",
      expected: ["白沙区 sponsors 青溪县"]),
    // 在某区向…: where the gift is made gives nothing.
    Case(
      text: "柳县志愿者在江城市河西区向河东省青溪县捐赠图书200册。",
      expected: [],
      absent: ["河西区 sponsors 青溪县"]),
    // 某某一行，赴某县捐赠: the place gone to receives, the party of the clause before gives.
    Case(
      text: "7月7日，江城恒泰建材有限公司董事长张三丰一行，赴河东省青溪县捐赠10万元爱心款，助力当地灾后重建。",
      expected: ["张三丰 sponsors 青溪县"]),
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
