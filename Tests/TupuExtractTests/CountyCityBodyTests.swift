import Testing

/// Round 25 (v3): in a county-level city's own article (Rulings: levels — a 县级市 is a District;
/// the article's district), its 市-level bodies carry its name as a county's 县-level ones do:
/// 市委常委、宣传部长某某 → 某某市委宣传部, 市政协副主席某某 → 某某市政协. A prefecture-level city
/// named in the article keeps them bare (the article may be the prefecture's). An outlet's name
/// (某某社) names no district. Invented people and bodies; the cities are from the country's list.
@Suite("A county-level city's own bodies carry its name")
struct CountyCityBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "4月3日，义马市召开文明城市创建推进会。市委常委、宣传部长葛文涛，市政协副主席罗文昌出席。",
      expected: [
        "义马市委宣传部 : Organization", "葛文涛 affiliated-with 义马市委宣传部",
        "义马市政协 : Organization", "罗文昌 affiliated-with 义马市政协",
      ],
      absent: ["市委宣传部 : Organization", "市政协 : Organization"]),
    // A body written with its level alone (市委办) in the city's article.
    Case(
      text: "6月9日，临湘市召开乡村振兴工作会议。市委办主任石青山主持会议。",
      expected: ["临湘市委办 : Organization"],
      absent: ["市委办 : Organization"]),
    // A prefecture-level city named too: whose 市委 it is the text does not settle.
    Case(
      text: "5月6日，三门峡市召开文化工作会议，义马市作交流发言。市委常委、宣传部长葛文涛出席。",
      expected: ["市委宣传部 : Organization"],
      absent: ["义马市委宣传部 : Organization"]),
    // 新华社 (the news agency) is no bare name of a 新华区.
    Case(
      text: "新华社记者走进青石山。新华社记者采访了区委书记葛文涛。",
      expected: [],
      absent: ["新华区 : District", "葛文涛 affiliated-with 新华区"]),
  ]

  @Test("the bodies are the county-level city's", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
