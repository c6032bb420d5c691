import Testing

/// Bodies of local government written short (round 13): the national set of a county's, city's or
/// district's committees, offices and centres and their usual abbreviations, as general knowledge
/// of the genre. Places and people are invented.
@Suite("Reading bodies written short")
struct OrganizationKindWordsTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 农业农村委 is the committee of agriculture and rural affairs; its party group is a body of
    // its own, and the committee stays named.
    Case(
      text: "市农业农村委党组成员、副主任黎青山带队调研。青石区农业农村委主任浦白河陪同调研。",
      expected: [
        "市农业农村委 : Organization", "市农业农村委党组 : Organization",
        "青石区农业农村委 : Organization",
      ]),
    // Offices written short (史志办, 双拥办) are bodies of their place.
    Case(
      text: "来自青石县史志办的讲解员张小河与同学们交流。市双拥办副主任李白山出席。",
      expected: ["青石县史志办 : Organization", "市双拥办 : Organization"]),
    // An office written short that runs on into 办公室 is the office written in full, not the
    // short office and a post 公室.
    Case(
      text: "青石县扶贫办公室主任张青山、县信访办公室主任李白河出席。",
      expected: ["青石县扶贫办公室 : Organization", "青石县信访办公室 : Organization"],
      absent: ["青石县扶贫办 : Organization", "公室 : Official"]),
    // A bare 政府办 standing as an item of a list or of a credit is a body.
    Case(
      text: "副区长张青山到青石地块调研。政府办、区建管委、区房管局主要负责同志参加。(政府办、区商务局)",
      expected: ["政府办 : Organization", "区建管委 : Organization"]),
    // A town's offices written short (党建办, 经发办) and a civilization committee (文明委) are
    // bodies of their place.
    Case(
      text: "青石镇党建办主任张青山、经发办主任李白河参加。县文明委委员王小山出席。",
      expected: ["青石镇党建办 : Organization", "县文明委 : Organization"]),
    // A CPPCC's special committee written short (提案委, 文史委) is a unit of the CPPCC before it.
    Case(
      text: "市政协提案委主任郑青山、县政协文史委主任李白河出席。",
      expected: ["市政协提案委 : Organization", "县政协文史委 : Organization"],
      absent: ["市政协 : Organization"]),
    // A committee written in full (…委员会) is not cut at the 委 of its short form.
    Case(
      text: "市农业农村委员会主任张青山出席。",
      expected: [],
      absent: ["市农业农村委 : Organization"]),
    // A credit that names the writer's unit names a body of the news; an outlet's credit names
    // none.
    Case(
      text: "今年完成投资10亿元。\n(青石县发改局 李白河)",
      expected: ["青石县发改局 : Organization"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
