import Testing

/// Round 30: 分别向甲、乙、丙捐资 with a list of recipients too long for the window the 向 is
/// looked for in: the list is read back item by item to its 向 (bodies such as 派出所 and 协会
/// among its items), so each item receives and none is taken for a giver of the recipient
/// carried from before. Invented names throughout.
@Suite("A long list of recipients after 向")
struct LongRecipientListTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "乡贤张三明向青禾镇中心小学捐资20万元。当天乡贤张三明还分别向青禾镇中心幼儿园、青禾镇派出所、"
        + "柳溪村老年协会捐资10万元。",
      expected: [
        "张三明 sponsors 青禾镇中心小学", "张三明 sponsors 青禾镇中心幼儿园", "张三明 sponsors 青禾镇派出所",
        "张三明 sponsors 柳溪村老年协会",
      ],
      absent: ["柳溪村老年协会 sponsors 青禾镇中心小学", "青禾镇派出所 sponsors 青禾镇中心小学"]),
    Case(
      text: "星河科技有限公司向青禾实验小学、柳溪实验小学、青禾中学捐资10万元。",
      expected: [
        "星河科技有限公司 sponsors 青禾实验小学", "星河科技有限公司 sponsors 柳溪实验小学",
        "星河科技有限公司 sponsors 青禾中学",
      ]),
  ]

  @Test("a long list of recipients after 向", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
