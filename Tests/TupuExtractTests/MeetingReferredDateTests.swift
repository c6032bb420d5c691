import Testing

/// Forms read on round 7's new real text: a chair named with no post after 由, and a headline's
/// meeting dated by a sentence that calls it 会议.
private let published = "发布时间：2023-05-10\n"

@Suite("chairs named bare after 由, and the headline's meeting dated where 会议 refers back")
struct MeetingReferredDateTests {
  @Test(
    "会议由甲主持, 由甲、乙分别主持: the names are people who chair; a post after 由 is no name",
    arguments: [
      ReadingCase(
        text: published + "5月8日，县十七届人大常委会举行第九次会议，会议由吕春明主持。",
        expected: ["吕春明 : Person", "吕春明 chairs 县十七届人大常委会第九次会议"]),
      ReadingCase(
        text: published + "5月8日，柳溪镇召开第九届人民代表大会第二次会议，会议由苏文海、魏长庚分别主持。",
        expected: [
          "苏文海 chairs 第九届人民代表大会第二次会议", "魏长庚 chairs 第九届人民代表大会第二次会议",
        ]),
      ReadingCase(
        text: published + "5月8日，柳溪镇召开第九届人民代表大会第二次会议，会议由区长主持。",
        expected: ["第九届人民代表大会第二次会议 : Meeting"], absent: ["区长 : Person"]),
      ReadingCase(
        text: published + "5月8日，县十七届人大常委会举行第九次会议，会议由县人大常委会主任吕春明主持。",
        expected: ["吕春明 : Official", "吕春明 chairs 县十七届人大常委会第九次会议"], absent: ["吕春明 : Person"]),
    ])
  func bareChair(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "某会议召开|闭幕 (headline) / 6月5日，会议…: the opening day is the headline meeting's",
    arguments: [
      ReadingCase(
        text: published + "县十七届人大常委会第十次会议召开\n5月8日，会议听取了县政府关于城区供水工作情况的报告。",
        expected: ["县十七届人大常委会第十次会议 held-on 2023-05-08"]),
      ReadingCase(
        text: published + "县十八届人大常委会第十次会议闭幕\n本报讯 5月8日，会议表决通过了有关决议。",
        expected: ["县十八届人大常委会第十次会议 held-on 2023-05-08"]),
      ReadingCase(
        text: published + "5月8日下午，县政协十一届二次会议胜利闭幕。",
        expected: ["县政协十一届二次会议 held-on 2023-05-08"]),
    ])
  func referredBack(reading: ReadingCase) throws { try reading.check() }

  @Test("a year only inside a 《》 title is the document's subject, not the meeting's year")
  func titleYear() throws {
    try ReadingCase(
      text: "12月30日，县长钟立言主持召开县政府第四十次常务会议。会议学习了《省人民政府关于编制2015年财政收支预算的通知》。",
      expected: ["县政府第四十次常务会议 held-on --12-30"],
      absent: ["县政府第四十次常务会议 held-on 2015-12-30"]
    ).check()
  }
}

@Suite("a session's presiding chairs: 执行主席由甲、乙担任")
struct PresidingChairFormTests {
  @Test(
    "执行主席由甲、乙担任, 主持人由甲担任: they chair the article's meeting",
    arguments: [
      ReadingCase(
        text: "发布时间：2023-05-10\n5月8日，县政协十届二次会议在县会议中心开幕。开幕会的执行主席由梁启文、魏长庚担任。",
        expected: [
          "梁启文 chairs 县政协十届二次会议", "魏长庚 chairs 县政协十届二次会议",
        ]),
      ReadingCase(
        text: "发布时间：2023-05-10\n5月8日，县政协十届二次会议在县会议中心开幕。会议主持人由魏长庚担任。",
        expected: ["魏长庚 chairs 县政协十届二次会议"]),
      // 由 after the post 主席 is the frame's, not a surname; 担任 ends the name.
      ReadingCase(
        text: "发布时间：2023-05-10\n5月8日，县政协十届二次会议在县会议中心开幕。大会执行主席由县政协主席梁启文担任。",
        expected: ["梁启文 : Official", "梁启文 chairs 县政协十届二次会议"],
        absent: ["由县政 : Official", "梁启 : Official"]),
    ])
  func presiding(reading: ReadingCase) throws { try reading.check() }
}
