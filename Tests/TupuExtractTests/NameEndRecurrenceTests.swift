import Testing

/// A name after a post whose end no word marks (某某专题调研, 某某领回了任务, 某某梅作报告: the
/// character after the name begins no known word) is settled by the article's other mentions of
/// the person: what stays the same across the mentions is the name (round 24, t7). Invented names.
@Suite("Name ends settled by the article's other mentions")
struct NameEndRecurrenceTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Read long: the article names the two characters again with a clean end.
    Case(
      text: "6月10日，青山县委书记甘杰专题调研我县重点项目建设进展情况。甘杰指出，要全面加快重点项目建设进度。",
      expected: ["甘杰 : Official", "甘杰 title 县委书记", "甘杰 affiliated-with 青山县"],
      absent: ["甘杰专 : Official", "甘杰专 : Person"]),
    Case(
      text: "9月10日上午，青山街道开了例会，柳岸社区党委书记邝敏领回了计生、社保等任务。邝敏说，自己作为社区党委书记，每周要开几个会。",
      expected: ["邝敏 : Official", "邝敏 title 社区党委书记", "邝敏 affiliated-with 柳岸社区"],
      absent: ["邝敏领 : Official"]),
    // Read short: the third character is a surname too, but the article writes the three again
    // with another word after them.
    Case(
      text: "青山区政协十四届一次会议开幕。区政协主席罗晓梅作政协常委会工作报告。罗晓梅受区政协常务委员会委托，向大会报告工作。",
      expected: ["罗晓梅 : Official", "罗晓梅 title 区政协主席"],
      absent: ["罗晓 : Official"]),
  ]

  @Test("name ends settled by the article's other mentions", arguments: cases)
  func reads(_ example: Case) throws { try example.check() }
}
