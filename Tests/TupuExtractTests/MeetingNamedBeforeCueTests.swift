import Testing

/// Meetings named by what the sentence writes before the cue that holds them: a session's part
/// (某会议在某地召开预备会) and a body's meeting under its kind word alone (区委常委会举行会议).
private let published = "发布时间：2024-03-31\n"

@Suite("meetings named before their cue: a session's part, a body's meeting by its kind")
struct MeetingNamedBeforeCueTests {
  @Test(
    "某会议(在某地)召开预备会 / 举行第二次全体会议: the part is a meeting named after its session; the day, the chair and those present are the part's",
    arguments: [
      ReadingCase(
        text: published
          + "3月13日下午，县九届人大三次会议在县剧院召开预备会，县人大常委会主任罗安平主持会议。县人大常委会副主任邹立新、汪晓出席会议。",
        expected: [
          "县九届人大三次会议 : Meeting", "县九届人大三次会议预备会 : Meeting",
          "县九届人大三次会议预备会 held-on 2024-03-13", "罗安平 chairs 县九届人大三次会议预备会",
          "邹立新 attends 县九届人大三次会议预备会", "汪晓 attends 县九届人大三次会议预备会",
        ],
        absent: [
          "罗安平 chairs 县九届人大三次会议", "县九届人大三次会议 held-on 2024-03-13",
          "邹立新 attends 县九届人大三次会议",
        ]),
      ReadingCase(
        text: published
          + "3月5日上午，柏川县第九届人民代表大会第三次会议在县会议中心举行第二次全体会议，大会执行主席庞建国主持会议。",
        expected: [
          "柏川县第九届人民代表大会第三次会议第二次全体会议 : Meeting",
          "柏川县第九届人民代表大会第三次会议第二次全体会议 held-on 2024-03-05",
          "庞建国 chairs 柏川县第九届人民代表大会第三次会议第二次全体会议",
        ],
        // 柏川县 is written inside the session's name: it convenes nothing.
        absent: [
          "柏川县 convenes 柏川县第九届人民代表大会第三次会议第二次全体会议",
          "庞建国 chairs 柏川县第九届人民代表大会第三次会议",
        ]),
      ReadingCase(
        text: published
          + "3月4日下午，县政协九届三次会议召开主席团第一次会议，县政协主席柯雪梅主持会议。",
        expected: [
          "县政协九届三次会议主席团第一次会议 : Meeting",
          "柯雪梅 chairs 县政协九届三次会议主席团第一次会议",
        ]),
    ])
  func sessionPart(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "区委常委会(近日)举行会议, 县政府召开常务会议: the body's meeting, named by the body before the cue",
    arguments: [
      ReadingCase(
        text: published + "3月8日，区委常委会召开会议，区委书记闵乐天主持会议。",
        expected: [
          "区委常委会会议 : Meeting", "区委常委会 convenes 区委常委会会议",
          "闵乐天 chairs 区委常委会会议", "区委常委会会议 held-on 2024-03-08",
        ]),
      ReadingCase(
        text: published + "区委常委会近日举行会议，传达学习有关文件精神，区委书记闵乐天主持会议并讲话。",
        expected: ["区委常委会会议 : Meeting", "闵乐天 chairs 区委常委会会议"],
        // 近日 gives no date.
        absent: ["区委常委会会议 held-on 2024-03-31"]),
      ReadingCase(
        text: published + "3月9日，县政府召开常务会议，县长甘振宇主持会议，副县长詹晓峰出席会议。",
        expected: [
          "县政府常务会议 : Meeting", "县政府 convenes 县政府常务会议", "甘振宇 chairs 县政府常务会议",
          "詹晓峰 attends 县政府常务会议",
        ],
        absent: ["常务会议 : Meeting"]),
      // 专题会议: another kind word of a body's own meeting.
      ReadingCase(
        text: published + "3月9日下午，市政府召开专题会议，研究桐江大桥改造等事项。市长甘振宇主持会议。",
        expected: [
          "市政府专题会议 : Meeting", "市政府 convenes 市政府专题会议", "甘振宇 chairs 市政府专题会议",
          "市政府专题会议 held-on 2024-03-09",
        ],
        absent: ["专题会议 : Meeting"]),
      // 全体会: a government's plenary, written without 议.
      ReadingCase(
        text: published + "3月9日下午，区政府召开全体会，区长甘振宇出席会议并讲话。副区长詹晓峰出席会议。",
        expected: [
          "区政府全体会 : Meeting", "区政府 convenes 区政府全体会", "区政府全体会 held-on 2024-03-09",
          "詹晓峰 attends 区政府全体会",
        ],
        absent: ["全体会 : Meeting"]),
      // A kind word with no body before its cue still names nothing.
      ReadingCase(
        text: published + "3月9日，县长甘振宇主持召开会议，研究部署防汛工作。",
        expected: [], absent: ["会议 : Meeting"]),
    ])
  func bodyMeeting(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "县十九届人大常委会举行第七次会议: a sitting named by its number alone takes the body before the cue; the day, the chair and those present are that meeting's",
    arguments: [
      ReadingCase(
        text: published
          + "3月18日，县十九届人大常委会举行第七次会议。县人大常委会主任邵远航，副主任林晓岚、钟书宁出席会议，副主任林晓岚主持会议。",
        expected: [
          "县十九届人大常委会第七次会议 : Meeting", "县十九届人大常委会第七次会议 held-on 2024-03-18",
          "县十九届人大常委会 convenes 县十九届人大常委会第七次会议",
          "林晓岚 chairs 县十九届人大常委会第七次会议", "邵远航 attends 县十九届人大常委会第七次会议",
          "钟书宁 attends 县十九届人大常委会第七次会议",
        ],
        absent: ["第七次会议 : Meeting"]),
      // A venue between the body and the cue; a number written with its term and a bracket.
      ReadingCase(
        text: published + "3月5日，县人大常委会在县行政中心召开第十五次会议，主任邵远航主持会议。",
        expected: [
          "县人大常委会第十五次会议 : Meeting", "县人大常委会 convenes 县人大常委会第十五次会议",
          "邵远航 chairs 县人大常委会第十五次会议",
        ]),
      ReadingCase(
        text: published + "8月16日下午，青禾区政府召开第十九届第二次全体(扩大)会议，区长韩冬出席会议并讲话。",
        expected: [
          "青禾区政府第十九届第二次全体(扩大)会议 : Meeting",
          "青禾区政府 convenes 青禾区政府第十九届第二次全体(扩大)会议",
        ]),
      ReadingCase(
        text: published + "10月23日，区委常委会召开第58次(扩大)会议，区委书记韩冬主持会议。",
        expected: ["区委常委会第58次(扩大)会议 : Meeting", "韩冬 chairs 区委常委会第58次(扩大)会议"]),
      // A sitting that names its body or begins with its year is written whole: read as written.
      ReadingCase(
        text: published + "3月3日，县政府召开2024年第二次县政府常务会议。",
        expected: ["2024年第二次县政府常务会议 : Meeting"],
        absent: ["县政府2024年第二次县政府常务会议 : Meeting"]),
      // 第四季度 is no number of sittings; a community is no body of sittings.
      ReadingCase(
        text: published + "3月3日，青禾镇南岭社区召开第三季度大党委联席会议。",
        expected: ["第三季度大党委联席会议 : Meeting"],
        absent: ["青禾镇南岭社区第三季度大党委联席会议 : Meeting"]),
    ])
  func numberedSitting(reading: ReadingCase) throws { try reading.check() }
}

@Suite("meetings spoken of: 传达学习某会议精神, verbs before a name, brackets inside it")
struct MeetingSpokenOfTests {
  @Test(
    "贯彻落实某会议精神: the meeting spoken of is named without the verb; a day written right before it is its own",
    arguments: [
      ReadingCase(
        text: published + "3月8日，县委常委会召开会议，传达学习了市委经济工作会议精神，贯彻落实全市城建工作会议精神。",
        expected: ["市委经济工作会议 : Meeting", "全市城建工作会议 : Meeting"],
        absent: ["市委经济工作会议 held-on 2024-03-08", "全市城建工作会议 held-on 2024-03-08"]),
      ReadingCase(
        text: published + "3月8日，县政府召开常务会议，传达学习3月6日全省森林防火电视电话会议精神。",
        expected: [
          "全省森林防火电视电话会议 : Meeting", "全省森林防火电视电话会议 held-on 2024-03-06",
        ]),
      // The day of an item in a list of meetings studied, before the body that convened it.
      ReadingCase(
        text: published
          + "3月8日，县政府召开常务会议，传达学习3月5日全省森林防火电视电话会议精神、3月6日省委召开山川片区党委书记座谈会精神。",
        expected: [
          "全省森林防火电视电话会议 held-on 2024-03-05", "山川片区党委书记座谈会 held-on 2024-03-06",
        ]),
      // 致某大会的贺信精神: words sent to a meeting, studied on the sentence's day, date it not.
      ReadingCase(
        text: published + "3月8日，县政府召开常务会议，传达学习致首届山川康养产业大会的贺信精神。",
        expected: ["首届山川康养产业大会 : Meeting"],
        absent: ["首届山川康养产业大会 held-on 2024-03-08"]),
      // 某座谈会会议精神: 会议 written again after a kind word that names the meeting is no part
      // of its name; a standing committee's 会议 is its own meeting's.
      ReadingCase(
        text: published + "3月8日，县委常委会召开会议，传达学习市委常委会会议精神和全省青禾产业发展座谈会会议精神。",
        expected: ["市委常委会会议 : Meeting", "全省青禾产业发展座谈会 : Meeting"],
        absent: ["全省青禾产业发展座谈会会议 : Meeting", "全省青禾产业发展座谈会 held-on 2024-03-08"]),
      ReadingCase(
        text: published + "3月8日，县政府召开常务会议，传达全市重点工作调度会会议精神。",
        expected: ["全市重点工作调度会 : Meeting", "县政府常务会议 : Meeting"],
        absent: ["全市重点工作调度会会议 : Meeting"]),
      // A bare kind word before 精神 names nothing.
      ReadingCase(
        text: published + "3月8日，各单位要认真贯彻落实会议精神。", expected: [],
        absent: ["会议 : Meeting", "落实会议 : Meeting"]),
    ])
  func spirit(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "对, 致, 学习, 迎接 before a meeting's name are no part of it",
    arguments: [
      ReadingCase(
        text: published + "会上，主任罗安平还对县九届人大四次会议筹备工作作了部署。",
        expected: ["县九届人大四次会议 : Meeting"]),
      ReadingCase(
        text: published + "会议传达学习了致首届山川康养产业大会的贺信精神。",
        expected: ["首届山川康养产业大会 : Meeting"], absent: ["致首届山川康养产业大会 : Meeting"]),
      ReadingCase(
        text: published + "要自觉地反复地学习二十大报告原文。",
        expected: ["二十大 : Meeting"]),
      // 对口, 学习中心组 go on inside a name.
      ReadingCase(
        text: published + "3月8日，县委召开东西部协作对口帮扶推进会。",
        expected: ["东西部协作对口帮扶推进会 : Meeting"]),
    ])
  func verbsBefore(reading: ReadingCase) throws { try reading.check() }

  @Test("某(甲及乙)委员会第二次会议: a word inside the name's brackets does not cut it")
  func bracketsInside() throws {
    try ReadingCase(
      text: published
        + "3月8日上午，在区行政中心召开区生态环境保护(河长制及林长制)委员会2024年第二次会议。",
      expected: [
        "区生态环境保护(河长制及林长制)委员会2024年第二次会议 : Meeting",
        "区生态环境保护(河长制及林长制)委员会2024年第二次会议 held-on 2024-03-08",
      ],
      absent: ["林长制)委员会2024年第二次会议 : Meeting"]
    ).check()
  }
}

@Suite("the article's meeting again under its own kind word")
struct MeetingOwnKindTests {
  @Test("主持召开重点项目调度会。…参加调度会: the kind word alone at a clause's end is the meeting again")
  func ownKind() throws {
    try ReadingCase(
      text: published + "3月7日下午，县长温成主持召开重点项目调度会。副县长张明、罗立参加调度会。",
      expected: ["张明 attends 重点项目调度会", "罗立 attends 重点项目调度会"]
    ).check()
    // Another kind word is another event.
    try ReadingCase(
      text: published + "3月7日下午，县长温成主持召开重点项目调度会。副县长张明参加座谈会。",
      expected: [], absent: ["张明 attends 重点项目调度会"]
    ).check()
  }
}

@Suite("a ceremony named by the works it is held for")
struct CeremonyTopicTests {
  @Test(
    "由甲主办、乙承办、丙协办的A、B等五个项目的集中开工仪式在某地举行: the works name the ceremony; only the body before 主办 convenes"
  )
  func worksBeforeOf() throws {
    let name = "青禾街道智造园一期、明川物流中心等五个项目的集中开工仪式"
    try ReadingCase(
      text: published
        + "3月19日上午，由青禾街道党工委主办，青禾街道办事处承办，市城投集团协办的\(name)在智造园一期施工现场隆重举行。副区长苏明远参加开工仪式。",
      expected: [
        "\(name) : Meeting", "\(name) held-on 2024-03-19", "青禾街道党工委 convenes \(name)",
        "苏明远 attends \(name)",
      ],
      absent: ["青禾街道办事处 convenes \(name)", "市城投集团 convenes \(name)"]
    ).check()
  }

  @Test("a kind word after 的 with no works before it, or not said to be held, names nothing")
  func notWorks() throws {
    try ReadingCase(
      text: published + "3月19日，各街道要做好今年的集中开工仪式筹备工作。",
      expected: [], absent: ["今年的集中开工仪式 : Meeting", "集中开工仪式 : Meeting"]
    ).check()
  }
}

@Suite("a standing committee's enlarged meeting, and meetings being prepared")
struct EnlargedAndPreparedTests {
  @Test("县委书记某某主持召开县委常委(扩大)会: (扩大)会 ends the meeting's name as 会议 does")
  func enlarged() throws {
    try ReadingCase(
      text: published + "3月5日，县委书记汤明远主持召开县委常委(扩大)会，各常委参加会议。",
      expected: [
        "县委常委(扩大)会 : Meeting", "汤明远 chairs 县委常委(扩大)会", "县委常委(扩大)会 held-on 2024-03-05",
      ]
    ).check()
  }

  @Test("研究某全会有关事宜, 某大会筹备工作: the meeting prepared for is named, but not held on the sentence's day")
  func prepared() throws {
    try ReadingCase(
      text: published
        + "3月6日，区委书记汤明远主持召开区委常委会第12次会议，研究讨论区委五届六次全会暨全区经济工作会议有关事宜。",
      expected: [
        "区委常委会第12次会议 held-on 2024-03-06", "区委五届六次全会暨全区经济工作会议 : Meeting",
      ],
      absent: ["区委五届六次全会暨全区经济工作会议 held-on 2024-03-06"]
    ).check()
  }
}

@Suite("one who reports or speaks at the article's meeting attends it")
struct SpeakerAtMeetingTests {
  @Test(
    "某某在大会上作报告, 在会上通报: the speaker attends; 在会议上强调 (the convener's or chair's words) gives no attends",
    arguments: [
      ReadingCase(
        text: published
          + "3月4日，柳川县第十届人民代表大会第三次会议隆重开幕，县委副书记、县长钟书远在大会上作政府工作报告。",
        expected: ["钟书远 attends 柳川县第十届人民代表大会第三次会议"]),
      ReadingCase(
        text: published + "3月4日，区政府召开第9次常务会议。副区长汤小禾在会上通报了安全生产工作情况。",
        expected: ["汤小禾 attends 区政府第9次常务会议"]),
      ReadingCase(
        text: published + "3月4日，区委书记汤明远组织召开全区防汛工作会。汤明远在会议上强调，要压实责任。",
        expected: ["汤明远 convenes 全区防汛工作会"], absent: ["汤明远 attends 全区防汛工作会"]),
    ])
  func speaker(reading: ReadingCase) throws { try reading.check() }
}
