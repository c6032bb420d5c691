import Testing

/// A society's, chamber's or foundation's kind word written alone before a post (协会执行会长某某,
/// 由学会副理事长某某主持, 代表商会执行会长某某) refers back to the one body of that kind the article
/// names, not to the last body the sentence named (a firm or a bureau); when the article names
/// two of that kind, the post is tied to neither. Invented names.
@Suite("A society referred back by its kind word")
struct ReferredSocietyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾区建筑业协会会长、星河控股集团董事长张三明；协会执行会长、白云建设集团董事长李四海出席。",
      expected: [
        "张三明 affiliated-with 青禾区建筑业协会", "李四海 affiliated-with 青禾区建筑业协会",
        "李四海 affiliated-with 白云建设集团",
      ],
      absent: ["李四海 affiliated-with 星河控股集团"]),
    Case(
      text: "青禾县慈善协会召开第二次会员大会，县民政局副局长赵六一出席，大会由协会副会长王大成主持。",
      expected: ["王大成 affiliated-with 青禾县慈善协会", "赵六一 affiliated-with 青禾县民政局"],
      absent: ["王大成 affiliated-with 青禾县民政局"]),
    Case(
      text: "青禾县慈善协会和白沙县书法协会联合举办活动，县民政局局长赵六一出席，协会会长张三明致辞。",
      expected: [],
      absent: [
        "张三明 affiliated-with 青禾县慈善协会", "张三明 affiliated-with 白沙县书法协会",
        "张三明 affiliated-with 青禾县民政局",
      ]),
  ]

  @Test("协会, 商会, 学会 alone before a post are the society the article names", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
