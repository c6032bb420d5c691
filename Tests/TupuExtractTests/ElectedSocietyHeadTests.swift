import Testing

/// A society's head elected with no body written after 当选 (甲当选为第二届理事会会长, 乙当选为商会
/// 新一届会长) heads the society the article reports on: with a kind word written, the one of
/// that kind it names most (none on a tie); with none, the only society it names (none when it
/// names two). The head of a private society is a Person, affiliated with it and untitled, as
/// when the post is written before the name. Invented names.
@Suite("An elected head of the society the article reports on")
struct ElectedSocietyHeadTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "白沙青禾商会第二届会员大会召开。会议审议通过了白沙青禾商会章程。张三明当选第二届理事会会长。",
      expected: ["张三明 affiliated-with 白沙青禾商会", "张三明 : Person"],
      absent: ["张三明 title 会长"]),
    Case(
      text:
        "青石市星河商会第四届会员大会召开，青石市工商联副主席李四海出席，白沙市青禾商会代表参加。"
        + "会议选举产生了商会第四届领导班子，白云集团董事长王大成当选为商会新一届会长。青石市星河商会现有会员200家。",
      expected: ["王大成 affiliated-with 青石市星河商会", "王大成 affiliated-with 白云集团"],
      absent: [
        "王大成 affiliated-with 青石市工商联", "王大成 affiliated-with 白沙市青禾商会",
        "王大成 title 会长",
      ]),
    Case(
      text: "青禾县书法协会和白沙县摄影协会举行联谊活动。赵六一当选为会长。",
      expected: [],
      absent: ["赵六一 affiliated-with 青禾县书法协会", "赵六一 affiliated-with 白沙县摄影协会"]),
  ]

  @Test("当选 a head with no body written: the society the article names most", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
