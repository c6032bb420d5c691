import Testing

/// Round 17: a meeting greeted as still to come or decided on (以优异成绩迎接党的某大会胜利召开,
/// 喜迎某党代会召开, 决定召开某大会) is neither held on the sentence's day nor the meeting that
/// 主持会议, 出席会议 and the sentences after speak of. Invented names throughout.
@Suite("A meeting greeted as still to come")
struct GreetedMeetingTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青山区召开安全生产工作会议\n\n3月1日，青山区召开2022年安全生产工作会议。区委书记张三主持会议，要求全区上下以优异成绩迎接党的二十大胜利召开。\n\n会议指出，要压实安全生产责任。区领导李四、王五出席会议。",
      expected: [
        "张三 chairs 2022年安全生产工作会议", "李四 attends 2022年安全生产工作会议",
        "2022年安全生产工作会议 held-on 2022-03-01",
      ],
      absent: ["张三 chairs 党的二十大", "李四 attends 党的二十大", "党的二十大 held-on 2022-03-01"]),
    // A session named for the time of its sitting (在某会议期间建言献策) or said to come soon (在即将召开的
    // 某全会上) is not what 参加 after it refers to.
    Case(
      text: "为更好地在青山区政协三届二次会议期间建言献策，昨天上午，青山区政协组织委员到柳岸镇开展集中视察活动。区政协主席张三参加。\n\n委员们表示，将在即将召开的青山区政协三届二次全会上建言献策。",
      expected: ["青山区政协三届二次会议 : Meeting"],
      absent: ["张三 attends 青山区政协三届二次会议", "张三 attends 青山区政协三届二次全会"]),
    // A meeting the sentence decides to convene (决定召开, 研究召开…的有关事宜) is still to come.
    Case(
      text: "8月14日下午，县委书记张三主持召开县委常委会会议。会议决定召开中国共产党青山县第十五次代表大会。县领导李四、王五出席会议。",
      expected: ["李四 attends 县委常委会会议"],
      absent: ["李四 attends 中国共产党青山县第十五次代表大会"]),
    // A session said to open in triumph (胜利召开) with no greeting word is the article's own.
    Case(
      text: "3月1日，青山县政协第七届第二次会议胜利召开。县政协主席张三主持会议。",
      expected: ["张三 chairs 青山县政协第七届第二次会议"]),
  ]

  @Test("a meeting greeted as still to come", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
