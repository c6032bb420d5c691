import Testing

/// Round 10: level words that name no division. Invented names throughout.
@Suite("Level words that name no division")
struct LevelWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 中央省市: the centre and the levels below it, no province 中央省.
    Case(
      text: "青石县要深入贯彻落实中央省市会议精神。",
      expected: ["青石县 : District"],
      absent: ["中央省 : City"]),
  ]

  @Test("level words that name no division", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
