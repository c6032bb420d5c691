import Testing

/// Posts in round 17 (h62: posts and affiliations that are not read), each with invented people,
/// bodies and towns; the counties are names of the country's list, as the rules need.
@Suite("Posts, round 17")
struct PostRound17Tests {
  typealias Case = ReadingCase

  static let stationedWords: [Case] = [
    Case(
      text: "8月16日，临泽县举行重点项目集中开工活动。白云市驻县督查组组长王青山，县委书记张德明，县长李国华出席。",
      expected: ["张德明 affiliated-with 临泽县", "李国华 affiliated-with 临泽县"],
      absent: ["驻县 : District", "张德明 affiliated-with 驻县"]),
    Case(
      text: "4月2日，乌什县召开会议。白云市驻县督导组组长王青山，县长李国华出席。",
      expected: ["李国华 affiliated-with 乌什县", "王青山 affiliated-with 白云市驻县督导组"],
      absent: ["驻县 : District"]),
  ]

  @Test("驻 and a level word name no division", arguments: stationedWords)
  func stationedWord(_ example: Case) throws { try example.check() }
}

extension PostRound17Tests {
  static let divisionsBeforeGroupWords: [Case] = [
    Case(
      text: "丹棱县领导到重点项目现场办公\n\n4月10日，县委书记王青山带队到重点项目现场办公。",
      expected: ["丹棱县 : District", "王青山 affiliated-with 丹棱县"]),
    Case(
      text: "4月10日，万荣县党政领导张德明、李国华到项目现场调研。",
      expected: ["万荣县 : District", "张德明 : Official", "李国华 : Official"]),
  ]

  @Test("a county of the lists whose level character starts a group word is read", arguments: divisionsBeforeGroupWords)
  func divisionBeforeGroupWord(_ example: Case) throws { try example.check() }
}

extension PostRound17Tests {
  static let publicSocieties: [Case] = [
    Case(
      text: "白云市慈善协会副会长兼秘书长王青山出席了活动。",
      expected: [
        "王青山 : Official", "王青山 title 副会长", "王青山 title 秘书长", "王青山 affiliated-with 白云市慈善协会",
      ]),
    Case(
      text: "市慈善基金会副理事长张德明出席了活动。",
      expected: ["张德明 : Official", "张德明 title 副理事长", "张德明 affiliated-with 市慈善基金会"]),
    Case(
      text: "青石省外事办公室主任、青石省对外友好协会会长李国华说，要坚定信心。",
      expected: ["李国华 title 会长", "李国华 affiliated-with 青石省对外友好协会"]),
    Case(
      text: "白云青石集团慈善基金会理事长刘青山出席仪式。",
      expected: ["刘青山 : Person"],
      absent: ["刘青山 : Official", "刘青山 title 理事长"]),
    Case(
      text: "市慈善基金会青石代表处会长王德华在致辞中表示感谢。",
      expected: ["王德华 title 会长", "王德华 affiliated-with 市慈善基金会青石代表处"]),
    Case(
      text: "白云青石商会会长陈国华出席仪式。",
      expected: ["陈国华 : Person"],
      absent: ["陈国华 title 会长"]),
  ]

  @Test("a place's own public society or foundation has Officials at its head", arguments: publicSocieties)
  func publicSociety(_ example: Case) throws { try example.check() }
}
