import Testing

/// Round 25 (u3): 县委常委、宣传部部长某某 in an article about one county: the department the post
/// reader names after its committee (县委宣传部) is that county's (某县委宣传部), as a body every
/// county has is named with its place (Rulings) — 县委办 written with its level already is. Without
/// it, every county's 县委宣传部 is one node of the graph. Invented names throughout.
@Suite("A committee's department in a post chain, named with the article's county")
struct ArticleCountyDepartmentTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "3月2日，青石县召开乡村振兴工作会议。县委常委、宣传部部长葛文涛出席会议。",
      expected: [
        "青石县委宣传部 : Organization", "葛文涛 affiliated-with 青石县委宣传部",
        "葛文涛 affiliated-with 青石县",
      ],
      absent: ["县委宣传部 : Organization", "葛文涛 affiliated-with 县委宣传部"]),
    // Contracted with its head's title (组织部长), and a later department of the same chain.
    Case(
      text: "5月8日，云岫区召开基层党建工作会议。区委常委、组织部长、统战部长罗文昌出席。",
      expected: [
        "云岫区委组织部 : Organization", "云岫区委统战部 : Organization",
        "罗文昌 affiliated-with 云岫区委统战部", "罗文昌 title 组织部长",
      ],
      absent: ["区委组织部 : Organization", "区委统战部 : Organization"]),
    // A county's post in a district's article is no post of that district's committee.
    Case(
      text: "5月6日，青松区召开文化工作会议。县委常委、宣传部长葛文涛出席。",
      expected: ["县委宣传部 : Organization"],
      absent: ["青松区委宣传部 : Organization", "青松县委宣传部 : Organization"]),
  ]

  @Test("the department is the article's county's", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
