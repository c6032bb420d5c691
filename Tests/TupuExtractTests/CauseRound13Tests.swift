import Testing

/// Round 13: general causes of entity errors on text nobody tuned on, each written as the kind of
/// sentence it serves. Invented names throughout.
@Suite("Round 13: general causes of entity errors")
struct CauseRound13Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A firm's party posts are a party's (the Official or Person ruling): a member of a group's
    // party committee who is also its deputy manager is an Official, with the party post as title.
    Case(
      text: "青石镇召开座谈会。云帆控股集团党委委员、副总经理柳如烟，东湖实业有限公司党委委员何清风参加。",
      expected: ["柳如烟 : Official", "柳如烟 title 党委委员", "何清风 : Official"],
      absent: ["柳如烟 : Person", "何清风 : Person", "柳如烟 title 副总经理"]),
  ]

  @Test("short articles give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
