import Testing

/// 红旗街社区: a community named after its street is one Community, in the street office named
/// before it; the street's health centre (某街社区卫生服务中心) still names no community.
@Suite("a community named after its street (某街社区) is a Community")
struct StreetNamedCommunityTests {
  @Test(
    "青石街道红旗街社区, 胜利街社区、文化街社区: communities, not streets",
    arguments: [
      ReadingCase(
        text: "近日，青石区新华街道红旗街社区开展志愿服务活动。",
        expected: ["红旗街社区 : Community", "红旗街社区 located-in 新华街道"],
        absent: ["红旗街 : Street"]),
      ReadingCase(
        text: "区委书记张三丰来到胜利街社区、文化街社区调研。",
        expected: ["胜利街社区 : Community", "文化街社区 : Community"],
        absent: ["胜利街 : Street", "文化街 : Street"]),
      ReadingCase(
        text: "新华街社区卫生服务中心今天揭牌。",
        expected: [],
        absent: ["新华街社区 : Community"]),
    ])
  func streetNamedCommunity(reading: ReadingCase) throws { try reading.check() }
}
