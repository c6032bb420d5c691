import Testing

/// The Communist Youth League's committee of a place (共青团某县委, 共青团某市委员会) or of a place's
/// organs (共青团某省直属机关工作委员会) is one body, named with its place and 共青团; a post written
/// straight after it (共青团某县委书记) is held in that body — its holder leads the league there, not
/// the county's party committee (县委书记). Invented names.
@Suite("The Youth League's committee of a place")
struct YouthLeagueCommitteeTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "3月5日，共青团青禾县委书记张三明出席捐赠仪式。",
      expected: [
        "共青团青禾县委 : Organization", "张三明 affiliated-with 共青团青禾县委",
        "张三明 title 书记",
      ],
      absent: ["张三明 affiliated-with 青禾县", "张三明 title 县委书记"]),
    Case(
      text: "活动由共青团白沙市委指导，共青团白沙市直属机关工作委员会、星河科技有限公司共同发起。",
      expected: [
        "共青团白沙市委 : Organization", "共青团白沙市直属机关工作委员会 : Organization",
        "星河科技有限公司 : Organization",
      ],
      absent: ["市委 : Organization"]),
    Case(
      text: "共青团青禾县委员会向石岭小学捐赠了一批图书。",
      expected: ["共青团青禾县委员会 : Organization"]),
    // 共青团 before no place and committee: the league's members, no body.
    Case(
      text: "全县共青团员参加了义务植树活动。",
      expected: [],
      absent: ["共青团员 : Organization"]),
  ]

  @Test("共青团 + a place + 委 names one body, whose posts its holders hold", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
