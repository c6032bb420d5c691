import Testing

/// Round 25 (u3): a prefecture (地区) has a party committee (地委) and an administrative office
/// (行署, led by its 专员): 地委委员, 地委副书记 and 行署常务副专员 are posts in those bodies, whose
/// holders are Officials. Invented names throughout.
@Suite("A prefecture's 地委 and 行署")
struct PrefectureCommitteeTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "5月8日上午，全区重点项目集中开工仪式举行，地委委员、行署常务副专员葛文涛出席仪式。",
      expected: [
        "葛文涛 : Official", "地委 : Organization", "行署 : Organization",
        "葛文涛 title 地委委员", "葛文涛 affiliated-with 地委",
        "葛文涛 title 行署常务副专员", "葛文涛 affiliated-with 行署",
      ],
      absent: ["葛文涛 : Person"]),
    Case(
      text: "地委副书记罗文昌带队到青石县调研。",
      expected: ["罗文昌 : Official", "罗文昌 title 地委副书记", "罗文昌 affiliated-with 地委"]),
    // The prefecture's short name before its 地委 (the lists know 某某地区) names it; the title
    // stays the post as the body's span gives it.
    Case(
      text: "阿里地委副书记罗文昌带队到青石县调研。",
      expected: ["阿里地委 : Organization", "罗文昌 affiliated-with 阿里地委", "罗文昌 title 地委副书记"],
      absent: ["地委 : Organization", "罗文昌 title 阿里地委副书记"]),
    // 专员 after words that name no body is no post of a 行署.
    Case(
      text: "金融服务专员罗文昌介绍了情况。",
      expected: [], absent: ["罗文昌 title 专员", "罗文昌 title 金融服务专员"]),
  ]

  @Test("the posts are the prefecture's bodies'", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
