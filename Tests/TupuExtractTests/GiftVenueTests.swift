import Testing

/// Round 28: a village, street or school that holds a gift's ceremony as its clause's subject
/// (某村举行…捐赠仪式, 某小学隆重举行…捐赠仪式, 某村开展…爱心捐赠活动) receives the gifts the
/// article then names with no recipient of their own, as one it is held in (在某村举行, 到某村举行)
/// does; at such a ceremony 带头捐款 gives with no amount written. A firm that holds a ceremony
/// receives nothing, and 捐款 with no amount at no gift's ceremony gives nothing. Invented names
/// throughout.
@Suite("The place that holds a gift's ceremony")
struct GiftVenueTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 某村开展…爱心捐赠活动，甲带头捐款: the village receives.
    Case(
      text: "8月20日，青溪县白沙镇柳岸村开展“助力乡村振兴 建设美好家园”爱心捐赠活动，"
        + "驻村第一书记张三明带头捐款，党员群众积极跟进。",
      expected: ["张三明 sponsors 柳岸村"]),
    // A quoted name's comma ends no clause; the gift is named in the next sentence.
    Case(
      text: "近日，江城市青山镇石桥村举行“点亮乡村路，温暖百姓心”路灯捐赠仪式。"
        + "石桥村外出爱心人士李四清积极响应，捐资15万多元，安装太阳能路灯188盏。",
      expected: ["李四清 sponsors 石桥村"]),
    // 某镇某小学隆重举行…捐赠仪式: the school receives.
    Case(
      text: "3月6日上午，青石镇白沙小学隆重举行爱心物资捐赠仪式。星河科技有限公司捐赠价值5万元的学习用品。",
      expected: ["星河科技有限公司 sponsors 青石镇白沙小学"]),
    // A firm that holds the ceremony is no place it is held in.
    Case(
      text: "5月8日，星河科技有限公司举行爱心捐赠仪式，企业家李四清捐资5万元。",
      expected: [],
      absent: ["李四清 sponsors 星河科技有限公司"]),
    // 带头捐款 with no amount, at a meeting that is no gift's ceremony: nothing.
    Case(
      text: "青溪县白沙镇柳岸村召开党员大会，驻村第一书记张三明带头捐款。",
      expected: [],
      absent: ["张三明 sponsors 柳岸村"]),
  ]

  @Test("the place that holds a gift's ceremony", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
