import Testing

/// Round 10: a bare body written before the article first names its county is that county's
/// (Rulings: the article's district), as its leaders' posts already are. Invented names.
@Suite("Bare bodies before the article names its district")
struct LateDistrictBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "县委书记张青主持会议。县人大常委会主任刘青平列席会议。\n青石县召开考评会议。",
      expected: ["青石县人大常委会 : Organization", "刘青平 affiliated-with 青石县人大常委会"],
      absent: ["县人大常委会 : Organization"]),
    // Two counties named: the body stays bare.
    Case(
      text: "县人大常委会主任刘青平出席。\n青石县与青山县召开联席会议。",
      expected: ["县人大常委会 : Organization"]),
  ]

  @Test("bare bodies before the district is named", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
