import Testing

/// 组织 (organize) ends a name as a verb, but 民间组织 and 社会组织 (non-governmental bodies) name what
/// a bureau of the civil affairs administers: 某省民间组织管理局, 某市社会组织管理局 are read whole,
/// not as a bare 管理局. Invented names.
@Suite("Bureaus of non-governmental bodies")
struct NonGovernmentalBodyWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾省民间组织管理局副局长张三明宣读了批复。",
      expected: [
        "青禾省民间组织管理局 : Organization",
        "张三明 affiliated-with 青禾省民间组织管理局",
      ],
      absent: ["管理局 : Organization"]),
    Case(
      text: "白沙市社会组织管理局局长李四海出席成立大会。",
      expected: [
        "白沙市社会组织管理局 : Organization",
        "李四海 affiliated-with 白沙市社会组织管理局",
      ]),
    Case(
      text: "镇党委组织召开座谈会。",
      expected: [],
      absent: ["镇党委组织 : Organization"]),
  ]

  @Test("民间组织, 社会组织 belong to a bureau's name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
