import Testing

/// Round 28: a firm's or a village's head named right after 负责人 is a person, and it is that
/// person, not the firm before the word, who gives (某公司负责人某某向某村捐资). The word keeps
/// the guards of the words for people in the crowd: a verb after it names no one. Invented names
/// throughout.
@Suite("A head named after 负责人")
struct HeadOfGiverTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "4月15日，星河环保公司负责人张三明向青禾村捐资5000元用于购买防疫物资。",
      expected: ["张三明 : Person", "张三明 sponsors 青禾村"],
      absent: ["星河环保公司 sponsors 青禾村"]),
    Case(
      text: "柳岸科技公司的负责人李四清向青禾村捐赠雨衣15套。",
      expected: ["李四清 : Person", "李四清 sponsors 青禾村"],
      absent: ["柳岸科技公司 sponsors 青禾村"]),
    // 负责人商议, 负责人来某地, 负责人齐聚一堂, 负责人应邀列席: a verb, no name.
    Case(
      text: "南门社区负责人商议后决定，由各单位共同出资建设活动中心。",
      expected: [],
      absent: ["商议 : Person", "商议后 : Person"]),
    Case(
      text: "县商务局负责人来江城学习交流。",
      expected: [],
      absent: ["来江城 : Person", "来江 : Person"]),
    Case(
      text: "十余家爱心企业的负责人齐聚一堂，向青禾小学捐赠图书。",
      expected: [],
      absent: ["齐聚 : Person", "齐聚一 : Person"]),
    // 负责人向某村捐赠: 向 is the preposition; the firm before the word gives.
    Case(
      text: "星河公司负责人向柳湾村捐赠图书。",
      expected: ["星河公司 sponsors 柳湾村"],
      absent: ["向柳湾 : Person", "向柳 : Person"]),
    Case(
      text: "星河公司负责人向青禾小学捐赠图书。",
      expected: ["星河公司 sponsors 青禾小学"],
      absent: ["向青禾 : Person"]),
    Case(
      text: "区人大负责人应邀列席会议。",
      expected: [],
      absent: ["应邀 : Person", "应邀列 : Person"]),
  ]

  @Test("a head named after 负责人", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
