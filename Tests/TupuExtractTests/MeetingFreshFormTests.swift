import Testing

/// Meetings in forms first read on fresh real text: who convenes them, where their names begin,
/// which day they sat.
private let published = "发布时间：2024-03-31\n"

@Suite("meetings in forms read on fresh text: conveners, names, days")
struct MeetingFreshFormTests {
  @Test(
    "县政府2024年第4次专题会议: the body before the year is a body of its own, but no convener: the one who 主持召开 is the subject of 召开, and a name's head never is",
    arguments: [
      ReadingCase(
        text: published + "3月12日，县长甘振宇主持召开县政府2024年第4次专题会议，研究部署重点工作。",
        expected: [
          "县政府2024年第4次专题会议 : Meeting", "县政府 : Organization",
          "甘振宇 chairs 县政府2024年第4次专题会议",
        ],
        absent: ["县政府 convenes 县政府2024年第4次专题会议"]),
      ReadingCase(
        text: published + "3月12日，区规委会2024年第二次会议在区行政中心举行，区长甘振宇主持会议。",
        expected: ["区规委会 : Organization", "甘振宇 chairs 区规委会2024年第二次会议"],
        absent: ["区规委会 convenes 区规委会2024年第二次会议"]),
      // 召开 or 举行 with no one before it has no subject: a name's head is no convener (the
      // convenes cue needs a subject, as a name's place prefix is no location).
      ReadingCase(
        text: published + "3月17日，旗人民政府2024年第一次全体会议暨重点工作推进会召开。旗长吴三省主持会议。",
        expected: [
          "旗人民政府 : Organization", "吴三省 chairs 旗人民政府2024年第一次全体会议暨重点工作推进会",
        ],
        absent: ["旗人民政府 convenes 旗人民政府2024年第一次全体会议暨重点工作推进会"]),
      // Before the number alone the body is read as the meeting's name only.
      ReadingCase(
        text: published + "3月12日，县长甘振宇主持召开县政府第29次常务会议。",
        expected: ["县政府第29次常务会议 : Meeting"],
        absent: ["县政府 convenes 县政府第29次常务会议"]),
      // A meeting spoken of, not held, has no convener from its name.
      ReadingCase(
        text: published + "会议传达学习了市政府2024年第3次全体会议精神。",
        expected: [], absent: ["市政府 convenes 市政府2024年第3次全体会议"]),
    ])
  func bodyBeforeYear(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "我区某委员会第二次会议在某地举行: 我 is no part of the meeting's name, 区 is",
    arguments: [
      ReadingCase(
        text: published
          + "3月12日，我区规划委员会2024年第二次会议在区行政中心举行，区长甘振宇主持会议。",
        expected: [
          "区规划委员会2024年第二次会议 : Meeting", "甘振宇 chairs 区规划委员会2024年第二次会议",
          "区规划委员会2024年第二次会议 held-on 2024-03-12",
        ],
        absent: ["我区规划委员会2024年第二次会议 : Meeting"]),
      ReadingCase(
        text: published + "3月12日，县长甘振宇主持召开了我县规委会2024年第1次会议。",
        expected: ["县规委会2024年第1次会议 : Meeting"],
        absent: ["我县规委会2024年第1次会议 : Meeting"]),
    ])
  func ownPlaceWord(reading: ReadingCase) throws { try reading.check() }

  @Test("研究召开某动员大会等有关事项: a meeting on the agenda's list is named, but not held on the sentence's day")
  func plannedOnAgenda() throws {
    try ReadingCase(
      text: published
        + "3月6日，区委书记汤明远主持召开区委常委会第12次会议，研究召开全区创建卫生城市动员大会等有关事项。",
      expected: [
        "区委常委会第12次会议 held-on 2024-03-06", "全区创建卫生城市动员大会 : Meeting",
      ],
      absent: ["全区创建卫生城市动员大会 held-on 2024-03-06"]
    ).check()
  }

  @Test(
    "区委书记甲、区长乙组织召开某会: every person of the list convenes it",
    arguments: [
      ReadingCase(
        text: published + "3月6日上午，区委书记汤明远、区长彭志远组织召开全区重点项目建设推进会。",
        expected: ["汤明远 convenes 全区重点项目建设推进会", "彭志远 convenes 全区重点项目建设推进会"]),
      // Persons in another clause before the cue convene nothing.
      ReadingCase(
        text: published + "区委书记汤明远、区长彭志远出席，副区长钟书远组织召开全区防汛工作会。",
        expected: ["钟书远 convenes 全区防汛工作会"],
        absent: ["彭志远 convenes 全区防汛工作会", "汤明远 convenes 全区防汛工作会"]),
    ])
  func personsListed(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "某县融媒体中心5月11日讯 …10日，某某主持召开某会议: with no year, the day is of the dateline's month",
    arguments: [
      ReadingCase(
        text: "柏川县融媒体中心5月11日讯(记者:罗安平)10日，县委书记汤明远主持召开全县重点项目专题调度会议。",
        expected: ["全县重点项目专题调度会议 held-on --05-10"]),
      // A day after the dateline's day is of the month before.
      ReadingCase(
        text: "柏川县融媒体中心3月2日讯(记者:罗安平)28日，县委书记汤明远主持召开全县重点项目专题调度会议。",
        expected: ["全县重点项目专题调度会议 held-on --02-28"]),
    ])
  func datelineMonth(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "某中心举行启用仪式: 启用 is a kind word, the ceremony under it alone is named by nothing",
    arguments: [
      ReadingCase(
        text: published + "3月31日上午，柏川社区党群服务中心举行启用仪式。",
        expected: [], absent: ["启用仪式 : Meeting", "启用仪式 held-on 2024-03-31"]),
      ReadingCase(
        text: published + "3月31日上午，柏川社区党群服务中心启用仪式在中心广场举行。",
        expected: ["柏川社区党群服务中心启用仪式 : Meeting"]),
    ])
  func putIntoUse(reading: ReadingCase) throws { try reading.check() }

  @Test("某市召开某审议会: a city convenes the meeting as a district does")
  func cityConvenes() throws {
    try ReadingCase(
      text: published + "9月14日，柏川市召开自然资源和规划委员会2024年第九次审议会。",
      expected: [
        "柏川市 : City", "柏川市 convenes 自然资源和规划委员会2024年第九次审议会",
      ]
    ).check()
  }
}
