import Testing

/// Outlets (round 17): a paper, station or 融媒体中心 is an entity only where the story tells of
/// it acting (the outlets ruling). Places, people and outlets are invented.
@Suite("Reading outlets that do not act")
struct IdleOutletTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Visited as scenery, followed, or crediting a page: no entity.
    Case(
      text: "张青山一行前往白河县融媒体中心，随后来到青石镇调研。",
      expected: ["白河县 : District", "青石镇 : Street"],
      absent: ["白河县融媒体中心 : Organization"]),
    Case(
      text: "点击关注白河县融媒体中心官方微信，获取更多资讯。",
      expected: [],
      absent: ["白河县融媒体中心 : Organization"]),
    Case(
      text: "青石日报社出版",
      expected: [],
      absent: ["青石日报社 : Organization"]),
    // 中央 before a station's name qualifies it: no party centre.
    Case(
      text: "来源：中央广电总台某某在线",
      expected: [],
      absent: ["中央 : Organization"]),
    // 中央 before its units in a place (中央在京单位) names no party centre either.
    Case(
      text: "青石社区辖区内中央在某单位、省直单位较多。",
      expected: ["青石社区 : Community"],
      absent: ["中央 : Organization"]),
    // Acting (organizing, joined with another unit) or holding a post of its own: it stays.
    Case(
      text: "活动由白河县委宣传部主办，白河县融媒体中心承办。",
      expected: ["白河县融媒体中心 : Organization"]),
    Case(
      text: "白河县融媒体中心工作人员走访青石社区困难群众。",
      expected: ["白河县融媒体中心 : Organization"]),
    Case(
      text: "白河县融媒体中心主任李青林出席活动。",
      expected: ["白河县融媒体中心 : Organization"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
