import Testing

/// Organizations of northern and eastern county news (round 13): names that keep a character the
/// scanner elsewhere takes for a boundary. Firm names are invented; the cities before them are
/// general knowledge (the country's list of prefectures and county-level cities).
@Suite("Reading organizations, round 13")
struct OrganizationRound13Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A city's short name (固原 of 固原市) before a firm is part of the firm's name: its 原 is no
    // boundary ("former").
    Case(
      text: "当日固原青禾集团捐赠100万元;固原明远物流有限公司捐赠10万元。",
      expected: ["固原青禾集团 : Organization", "固原明远物流有限公司 : Organization"],
      absent: ["青禾集团 : Organization", "明远物流有限公司 : Organization"]),
    // 和 right after a city's short name, or one character after a province's, is inside the
    // firm's name, not a conjunction.
    Case(
      text: "青州和顺钛业有限公司捐赠5万元;山东青和房地产开发有限公司捐款20万元。",
      expected: ["青州和顺钛业有限公司 : Organization", "山东青和房地产开发有限公司 : Organization"],
      absent: ["顺钛业有限公司 : Organization"]),
    // Two firms joined by 和 stay two, even when the second begins like a city's short name.
    Case(
      text: "青禾公司和龙山古典家具公司参加。",
      expected: ["青禾公司 : Organization", "龙山古典家具公司 : Organization"],
      absent: ["青禾公司和龙山古典家具公司 : Organization"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
