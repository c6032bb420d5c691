import Testing

/// A group's board written 董事局 (某某集团董事局主席, 董事局副主席) is the firm's own: its chairman
/// holds a company post, as 董事长 does, is a Person affiliated with the firm before it, and
/// takes no title; 局 is no body of its own, 主席 no post of one. Invented names.
@Suite("A group's board chairman (董事局主席)")
struct BoardChairTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "星河集团董事局主席张三明向青禾县捐赠善款。",
      expected: ["张三明 : Person", "张三明 affiliated-with 星河集团"],
      absent: ["局 : Organization", "张三明 affiliated-with 局", "张三明 title 主席"]),
    Case(
      text: "青禾科技集团董事局主席张三明、副主席李四海出席仪式。",
      expected: [
        "张三明 affiliated-with 青禾科技集团", "李四海 affiliated-with 青禾科技集团",
      ],
      absent: ["局 : Organization"]),
  ]

  @Test("董事局主席 is a firm's post", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
