import Testing

/// A headline's lead before the meeting it names, in forms read on round 28's unlabelled text: a
/// quoted slogan and a double dash (“某某”——某县第二届某某节盛大开幕), a slogan set apart by a
/// space (某某 第十一届某某节开幕), a furniture line across a blank line (某某,某某\n\n第七届某某节
/// 开幕式隆重举行). The lead is no part of the name: a double dash ends a name read back from its
/// kind word, and so does a space or a blank line when the name after it opens with its edition
/// (第十一届, 首届) or its year.
private let published = "发布时间：2024-05-27\n"

@Suite("meeting names: a headline's lead before the name is no part of it")
struct MeetingHeadlineLeadTests {
  @Test(
    "“某某”——某县第二届某某节盛大开幕, 某某 第十一届某某节开幕, 某某,某某\\n\\n第七届某某节开幕式隆重举行",
    arguments: [
      ReadingCase(
        text: "“春到青禾好时光”——柳塘第二届乡村文化旅游节盛大开幕\n\n2024-04-26 22:55:02\n\n"
          + "“锣鼓喧天,歌舞飞扬。”4月26日上午,以“柳塘处处好风光”为主题的柳塘县第二届乡村文化旅游节,"
          + "在星河镇盛大开幕。",
        expected: ["柳塘第二届乡村文化旅游节 : Meeting"],
        absent: ["“春到青禾好时光”——柳塘第二届乡村文化旅游节 : Meeting"]),
      ReadingCase(
        text: "青山映水 第十一届柳塘荷花文化旅游节开幕\n\n" + published
          + "5月26日晚，第十一届柳塘荷花文化旅游节开幕式在柳塘公园举行。",
        expected: ["第十一届柳塘荷花文化旅游节 : Meeting"],
        absent: ["青山映水第十一届柳塘荷花文化旅游节 : Meeting"]),
      ReadingCase(
        text: "看青禾新貌,品柳塘风情\n\n\n第七届柳塘茶叶文化旅游节开幕式隆重举行\n\n" + published
          + "10月26日上午，由柳塘县人民政府主办的第七届柳塘茶叶文化旅游节开幕式在星河广场隆重举行。",
        expected: ["第七届柳塘茶叶文化旅游节开幕式 : Meeting"],
        absent: ["品柳塘风情第七届柳塘茶叶文化旅游节开幕式 : Meeting"]),
    ])
  func headlineLead(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "a space before a part that opens with no edition or year, or after a division, parts nothing: 柳塘县2024年 夏季…, 柳塘县 第三届…",
    arguments: [
      ReadingCase(
        text: published + "5月26日，柳塘县2024年 夏季农产品展销会在星河广场开幕。",
        expected: ["柳塘县2024年夏季农产品展销会 : Meeting"]),
      ReadingCase(
        text: "柳塘县 第三届荷花文化旅游节开幕\n\n" + published
          + "6月26日晚，第三届荷花文化旅游节开幕式在柳塘公园举行。",
        expected: ["柳塘县第三届荷花文化旅游节 : Meeting"],
        absent: ["第三届荷花文化旅游节 : Meeting"]),
    ])
  func spaceInsideName(reading: ReadingCase) throws { try reading.check() }
}
