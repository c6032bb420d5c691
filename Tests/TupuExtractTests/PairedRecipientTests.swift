import Testing

/// Round 19: a gift whose clause names no recipient goes to the places its giver is paired with
/// earlier in the sentence — the place right after 帮扶 (定点帮扶某县以来，累计投入帮扶资金…) or the
/// places after 与 in a clause signing a 帮扶 or 结对 agreement (与甲村、乙村签订结对帮扶协议，分别捐赠…).
/// An agreement with no gift, or one not of helping, gives nothing. Invented names throughout.
@Suite("Gifts to the places a giver is paired with")
struct PairedRecipientTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "明川集团从2015年开始定点帮扶青禾县以来，累计投入帮扶资金3000万元，实施120个项目。",
      expected: ["明川集团 sponsors 青禾县"]),
    Case(
      text: "柳荫市工商联与青禾县白沙镇东坡村、石桥镇西岭村签订了结对帮扶协议，分别捐赠帮扶资金5万元。",
      expected: ["柳荫市工商联 sponsors 东坡村", "柳荫市工商联 sponsors 西岭村"],
      absent: ["柳荫市工商联 sponsors 青禾县", "柳荫市工商联 sponsors 白沙镇"]),
    // A division signing right before 与 gives as a body.
    Case(
      text: "此外，柳荫市东湖区还与青禾县石桥镇南山村、北岭村等6个村签订了帮扶协议，捐赠帮扶资金30万元。",
      expected: ["东湖区 sponsors 南山村", "东湖区 sponsors 北岭村"],
      absent: ["东湖区 sponsors 青禾县", "东湖区 sponsors 石桥镇"]),
    // An agreement alone gives nothing; nor does one that is not of helping.
    Case(
      text: "明川集团与白沙村签订了结对帮扶协议。",
      expected: [],
      absent: ["明川集团 sponsors 白沙村"]),
    Case(
      text: "明川集团与东坡村签订合作协议，捐赠图书500册。",
      expected: [],
      absent: ["明川集团 sponsors 东坡村"]),
    // A recipient the gift's own clause names wins.
    Case(
      text: "明川集团定点帮扶青禾县，向东坡小学捐赠图书500册。",
      expected: ["明川集团 sponsors 东坡小学"],
      absent: ["明川集团 sponsors 青禾县"]),
  ]

  @Test("gifts to the places a giver is paired with", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
