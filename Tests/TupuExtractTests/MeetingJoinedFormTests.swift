import Testing

/// Meetings in forms read on round 7's new real text: two meetings joined in one run, a verb's
/// 好 before a name, a session named before 暨.
private let published = "发布时间：2023-05-10\n"

@Suite("meetings joined, completed verbs and sessions before 暨")
struct MeetingJoinedFormTests {
  @Test(
    "主持召开甲会议和乙会议: two meetings, each with the chair, the convener and the day",
    arguments: [
      ReadingCase(
        text: published
          + "5月8日上午，县委副书记、县长钟立言主持召开县政府党组(扩大)会议和县十七届第3次政府常务会议。",
        expected: [
          "县政府党组(扩大)会议 : Meeting", "县十七届第3次政府常务会议 : Meeting",
          "钟立言 chairs 县政府党组(扩大)会议", "钟立言 chairs 县十七届第3次政府常务会议",
          "县政府党组(扩大)会议 held-on 2023-05-08", "县十七届第3次政府常务会议 held-on 2023-05-08",
        ],
        absent: ["县政府党组(扩大)会议和县十七届第3次政府常务会议 : Meeting"]),
      ReadingCase(
        text: published + "5月8日，区委书记韩嘉树主持召开区委常委会第45次会议及区委财经委员会第6次会议。",
        expected: [
          "韩嘉树 chairs 区委常委会第45次会议", "韩嘉树 chairs 区委财经委员会第6次会议",
        ]),
      ReadingCase(
        text: published + "5月8日至9日，平川区组织召开了全区重点项目现场推进会和工业经济发展推进会。",
        expected: [
          "全区重点项目现场推进会 : Meeting", "工业经济发展推进会 : Meeting",
          "平川区 convenes 全区重点项目现场推进会", "平川区 convenes 工业经济发展推进会",
        ]),
    ])
  func joined(reading: ReadingCase) throws { try reading.check() }

  @Test("召开好甲会议和乙会议: 好 completes the verb; both meetings are named")
  func completedVerb() throws {
    try ReadingCase(
      text: published + "会议要求，要筹备好、召开好区十八届人大三次会议和区政协十四届三次会议。",
      expected: ["区十八届人大三次会议 : Meeting", "区政协十四届三次会议 : Meeting"],
      absent: ["好区十八届人大三次会议 : Meeting"]
    ).check()
  }

  @Test("某会议预备会议暨五次常委会议: the session is named before 暨, and begins after an earlier 暨")
  func sessionBeforeJi() throws {
    try ReadingCase(
      text: published + "5月8日，县政协十一届二次会议预备会议暨十一届五次常委会议在县行政中心召开。",
      expected: ["县政协十一届二次会议 : Meeting"]
    ).check()
    try ReadingCase(
      text: published + "5月8日，县政协召开十届五次常委会议暨县政协十届二次会议预备会议，县政协主席梁启文主持。",
      expected: ["县政协十届二次会议 : Meeting"],
      absent: ["十届五次常委会议暨县政协十届二次会议 : Meeting"]
    ).check()
  }
}

@Suite("meeting names: bodies after 常委会, verbs before a name, festivals and expos")
struct MeetingNameEdgeFormTests {
  @Test(
    "区人大常委会党组, 听取了县人大常委会关于…: a standing committee's part or report is the body's",
    arguments: [
      ReadingCase(
        text: published + "会议研究讨论了区人大常委会党组和区政协党组关于召开两会有关请示。",
        expected: ["区人大常委会党组 : Organization"], absent: ["区人大常委会 : Meeting"]),
      ReadingCase(
        text: published + "随后，听取了县人大常委会关于乡镇人大创建工作的情况介绍。",
        expected: [], absent: ["县人大常委会 : Meeting"]),
      ReadingCase(
        text: published + "5月8日，区委书记韩嘉树主持召开区委常委会，传达学习有关文件。",
        expected: ["区委常委会 : Meeting", "韩嘉树 chairs 区委常委会"]),
    ])
  func committeeBody(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "提请某会议审议, 从某洽谈会上获悉: the verb before the name is no part of it",
    arguments: [
      ReadingCase(
        text: published + "会议决定，将该议案提请县十七届人大常委会第二十次会议审议。",
        expected: ["县十七届人大常委会第二十次会议 : Meeting"],
        absent: ["提请县十七届人大常委会第二十次会议 : Meeting"]),
      ReadingCase(
        text: published + "记者从第十八届中国农产品加工洽谈会上获悉，共签约项目12个。",
        expected: ["第十八届中国农产品加工洽谈会 : Meeting"],
        absent: ["从第十八届中国农产品加工洽谈会 : Meeting"]),
    ])
  func verbBefore(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "某文化节, 某茶博会: festivals and expos by their short form; 即将开幕 gives no day",
    arguments: [
      ReadingCase(
        text: published + "5月8日，第十届中国(安平)国际茶博会在安平县开幕。",
        expected: [
          "第十届中国(安平)国际茶博会 : Meeting", "第十届中国(安平)国际茶博会 held-on 2023-05-08",
        ]),
      ReadingCase(
        text: published + "5月8日上午，中国安平第12届桃花文化节即将开幕之际，安平县招商推介活动拉开帷幕。",
        expected: ["中国安平第12届桃花文化节 : Meeting"],
        absent: ["中国安平第12届桃花文化节 held-on 2023-05-08"]),
    ])
  func festivals(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "由某部门主办的第三届某读书节开幕: the festival is named and its organizer convenes it",
    arguments: [
      ReadingCase(
        // The county written in full inside the festival's name is an entity (round 12), so the
        // county is named and its bodies carry its name.
        text: published + "6月5日，由县委宣传部主办、县文联承办的第三届安平县读书节开幕。",
        expected: [
          "第三届安平县读书节 : Meeting", "安平县 : District", "安平县委宣传部 convenes 第三届安平县读书节",
        ])
    ])
  func organizedFestival(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "贯彻落实全市会议精神, 全县集中开工仪式: a scope alone names no meeting",
    arguments: [
      ReadingCase(
        text: published + "为贯彻落实全市会议精神，5月8日上午，县政府召开第12次常务会议。",
        expected: ["县政府第12次常务会议 held-on 2023-05-08"], absent: ["全市会议 : Meeting"]),
      ReadingCase(
        text: published + "6月5日，县委书记苗正平出席全县集中开工仪式。",
        expected: [], absent: ["全县集中开工仪式 : Meeting"]),
      // A scope and a topic name a meeting (督查 alone would be a visit's word).
      ReadingCase(
        text: published + "5月8日，县委办公室、县政府办公室联合召开全县督查工作会议。",
        expected: [
          "全县督查工作会议 : Meeting", "县委办公室 convenes 全县督查工作会议",
          "县政府办公室 convenes 全县督查工作会议",
        ]),
    ])
  func scopeAlone(reading: ReadingCase) throws { try reading.check() }
}

@Suite("meetings spoken of as an authority: 经, 根据, 已经 lead into the name")
struct MeetingLeadInFormTests {
  @Test(
    "经县政府常务会议研究同意, 根据某会议精神, 该方案已经某会议审议: the lead-in is no part of the name",
    arguments: [
      ReadingCase(
        text: published + "经县人民政府常务会议研究同意，柳溪街道设立东湖社区。",
        expected: ["县人民政府常务会议 : Meeting"]),
      ReadingCase(
        text: published + "该方案已经区政府第25次常务会议审议通过。",
        expected: ["区政府第25次常务会议 : Meeting"],
        absent: ["该方案已经区政府第25次常务会议 : Meeting"]),
      ReadingCase(
        text: published + "经安平县第十八届人民代表大会常务委员会第十次会议审议，决定任命钟立言为副县长。",
        expected: ["安平县第十八届人民代表大会常务委员会第十次会议 : Meeting", "安平县 : District"],
        absent: ["经安平县 : District"]),
      ReadingCase(
        text: published + "根据县委常委会会议精神，县政府召开专题会议。",
        expected: ["县委常委会会议 : Meeting"], absent: ["根据县委常委会会议 : Meeting"]),
    ])
  func leadIn(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "经济工作会议, 财经委员会, 结合某活动: 经 inside a word leads into nothing, nor does a campaign",
    arguments: [
      ReadingCase(
        text: published + "5月8日，县政府召开全县经济工作会议。",
        expected: ["全县经济工作会议 : Meeting"]),
      ReadingCase(
        text: published + "5月8日，区委书记韩嘉树主持召开区委财经委员会第6次会议。",
        expected: ["区委财经委员会第6次会议 : Meeting"]),
      ReadingCase(
        text: published + "根据“作风建设年”活动要求，柳溪镇开展督查。",
        expected: [], absent: ["“作风建设年”活动 : Meeting"]),
    ])
  func notLeadIn(reading: ReadingCase) throws { try reading.check() }
}

@Suite("a time or a pointer before a meeting's name, with no comma")
struct MeetingTimeBeforeNameFormTests {
  @Test(
    "上午县某会议, 会议期间县某会议主席团, 此次县某会议: the time or pointer is no part of the name",
    arguments: [
      ReadingCase(
        text: published + "5月8日，县十七届人大二次会议开幕。上午县十七届人大二次会议举行第一次全体会议。",
        expected: ["县十七届人大二次会议 : Meeting"], absent: ["上午县十七届人大二次会议 : Meeting"]),
      ReadingCase(
        text: published + "会议期间县十七届人大二次会议主席团举行第三次会议。",
        expected: ["县十七届人大二次会议主席团第三次会议 : Meeting"]),
      ReadingCase(
        text: published + "同时县委常委会第45次会议还研究了人事事项。",
        expected: ["县委常委会第45次会议 : Meeting"], absent: ["同时县委常委会第45次会议 : Meeting"]),
      ReadingCase(
        text: published + "此次县十七届人大常委会第十次会议审议通过了有关决议。",
        expected: ["县十七届人大常委会第十次会议 : Meeting"]),
      ReadingCase(
        text: published + "本次县委常委会第45次会议研究了有关事项。",
        expected: ["县委常委会第45次会议 : Meeting"]),
    ])
  func timeOrPointer(reading: ReadingCase) throws { try reading.check() }
}
