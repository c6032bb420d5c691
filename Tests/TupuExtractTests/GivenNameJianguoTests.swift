import Testing

/// Round 28: 建国 is one of the commonest given names (李建国, 王建国), so it is no common word
/// that keeps a surname before it from naming a person; the phrases 建国 begins in running text
/// (建国以来, 建国初期) still name no one. Invented sentences.
@Suite("建国 as a given name")
struct GivenNameJianguoTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 乡贤李建国捐款…: the person gives to the village that holds the ceremony.
    Case(
      text: "10月5日，青溪县白沙镇柳岸村举行了一场小规模捐赠仪式，乡贤李建国捐款25万元，用于修桥。",
      expected: ["李建国 : Person", "李建国 sponsors 柳岸村"]),
    Case(
      text: "于建国初期，青溪县成立了第一所小学。",
      expected: [],
      absent: ["于建国 : Person"]),
    Case(
      text: "新中国建国以来，青溪县发展迅速。",
      expected: [],
      absent: ["国建国 : Person"]),
  ]

  @Test("建国 as a given name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
