import Testing

/// Round 20: a common word before 区 (体验区, 核心区) names a kind of area, not a county, even
/// where the sentence places it (在…, at a clause's start); a body after it still vouches for a
/// county the country's list lacks. Invented names.
@Suite("Kinds of area are no districts")
struct AreaKindDivisionTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "邻里节现场设置了游戏区和体验区。在体验区，商户为居民带来便民服务。",
      expected: [], absent: ["体验区 : District"]),
    Case(
      text: "在核心区，调研组察看了青禾科技园。",
      expected: [], absent: ["核心区 : District"]),
    // An invented county placed by the sentence is still one.
    Case(
      text: "在青石县，调研组察看了青禾科技园。",
      expected: ["青石县 : District"]),
  ]

  @Test("a common word before the suffix", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
