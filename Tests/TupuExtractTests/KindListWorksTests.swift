import Testing

/// Round 26 (r1): a list counted as works whose items are all words of two characters
/// (包括饲料、养殖、屠宰、食品四个项目) names the trades or fields a work spans, not works: a
/// work's name is longer. A list with a longer item stays a list of works. Invented names.
@Suite("A counted list of bare trades names no works")
struct KindListWorksTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾公司拟在我县建设生猪产业项目,总投资约为14亿元,包括饲料、养殖、屠宰、食品四个项目。",
      expected: ["生猪产业项目 : Project"],
      absent: ["饲料 : Project", "养殖 : Project", "屠宰 : Project", "食品 : Project"]),
    // One item named in full: the list lists works.
    Case(
      text: "会议研究了青石镇棚户区改造、翠湖、白鹭三个项目。",
      expected: ["青石镇棚户区改造 : Project", "翠湖 : Project"]),
  ]

  @Test("bare trades in a counted list are no works", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
