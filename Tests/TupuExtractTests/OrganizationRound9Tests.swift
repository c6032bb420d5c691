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
    // A term's count before a body (七届县政协主席) is no part of its name; a formal name's
    // ordinal (政协某县第九届委员会) still is.
    Case(
      text: "青石州召开政协会议，应邀出席的有七届州政协主席林青山。"
        + "县政协主席华小军代表政协青石县第九届委员会常务委员会向大会作工作报告。",
      expected: [
        "州政协 : Organization", "林青山 affiliated-with 州政协",
        "政协青石县第九届委员会常务委员会 : Organization",
      ],
      absent: ["七届州政协 : Organization", "委员会常务委员会 : Organization"]),
    // A division of the country's list whose name holds a stop word (和 of 太和县) is read
    // whole, and so is the body named after it.
    Case(
      text: "太和县人大常委会召开会议。",
      expected: ["太和县 : District", "太和县人大常委会 : Organization"],
      absent: ["县人大常委会 : Organization"]),
    // A verb at the start of what a school's or hospital's name swallowed is no part of it.
    Case(
      text: "林青山为改善青石小学的办学条件捐款十万元，并将助力华光医院建设。",
      expected: ["青石小学 : Organization", "华光医院 : Organization"],
      absent: ["改善青石小学 : Organization", "助力华光医院 : Organization"]),
    // 州委常委 in an article about one 州: the post's level names the prefecture (Rulings: levels).
    Case(
      text: "青石州召开经济工作会议。州委常委、秘书长林青山主持会议。",
      expected: ["林青山 affiliated-with 青石州"]),
  ]

  @Test("organizations end where the text ends them", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
