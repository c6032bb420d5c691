import Testing

/// Round 20: in an article about a county-level city (a District of the gazetteer, 鹤山市) that
/// names no prefecture, 市委书记 and 市长 are that city's own leaders (Rulings: levels, the
/// article's district). Invented people; the cities are the gazetteer's.
@Suite("Posts of a county-level city")
struct CountyCityPostTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "鹤山市第一批重点项目集中开工\n3月16日，鹤山市举行重点项目集中开工仪式。市委书记张青山，市长刘平，市委副书记王成出席。",
      expected: [
        "张青山 affiliated-with 鹤山市", "刘平 affiliated-with 鹤山市", "王成 affiliated-with 鹤山市",
      ],
      absent: ["张青山 affiliated-with 市委"]),
    // A prefecture named by the article keeps its own 市 posts.
    Case(
      text: "江门市委书记张青山到鹤山市调研。\n市委书记张青山察看了园区。",
      expected: ["张青山 affiliated-with 江门市"]),
  ]

  @Test("市 posts go to the article's county-level city", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
