import Testing

/// Organizations whose names must end where the text ends them (round 9, issue 11). Invented
/// names throughout.
@Suite("Reading organizations up to where their names end")
struct OrganizationRound9Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 县委、县政府 + a stop word: two bodies, not one joint body with what follows.
    Case(
      text: "青石县召开政协会议。会议体现了县委、县政府对人民政协工作的高度重视。",
      expected: ["青石县委 : Organization", "青石县政府 : Organization"],
      absent: ["青石县委县政府 : Organization"]),
    // A joint office of the two bodies is still one body.
    Case(
      text: "青山区委组织部将对选派干部进行考核。区委、区政府督查局要开展督查。",
      expected: ["青山区委区政府督查局 : Organization"]),
  ]

  @Test("organizations end where the text ends them", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
