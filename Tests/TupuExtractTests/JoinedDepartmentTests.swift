import Testing

/// A department whose name joins two fields with 和 or 与 (某市规划和自然资源局, 某区经济和科技促进局,
/// 某市外事侨务与旅游局) is one body, read whole from its level word, even when the lexicon lists no
/// word for the pair; two bodies joined by 和 (县委和县政府) stay two. Invented names.
@Suite("Departments named with 和 or 与")
struct JoinedDepartmentTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "市城市管理和行政执法局局长张三明出席会议。",
      expected: [
        "市城市管理和行政执法局 : Organization", "张三明 affiliated-with 市城市管理和行政执法局",
      ],
      absent: ["行政执法局 : Organization"]),
    Case(
      text: "青禾市外事侨务与旅游局局长李四海出席会议。",
      expected: [
        "青禾市外事侨务与旅游局 : Organization", "李四海 title 局长",
        "李四海 affiliated-with 青禾市外事侨务与旅游局",
      ],
      absent: ["李四海 title 旅游局局长"]),
    Case(
      text: "会议邀请了市规划和自然资源局、区教育局的负责同志。",
      expected: ["市规划和自然资源局 : Organization", "区教育局 : Organization"],
      absent: ["自然资源局 : Organization"]),
    Case(
      text: "县委和县政府高度重视这项工作。",
      expected: [],
      absent: ["县委和县政府 : Organization"]),
  ]

  @Test("和 or 与 between two fields is part of a department's name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
