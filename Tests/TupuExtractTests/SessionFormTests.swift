import Testing

/// The forms of congress sessions and government meetings that round 6's fresh articles showed
/// unread: elections and appointments (the post after the name), attendance lists joined by
/// 和 or 及. Invented names.
@Suite("Reading sessions: elections, appointments, attendance lists")
struct SessionFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 选举甲为…、乙为…: each name holds the post written after its 为.
    Case(
      text: "1月10日上午，青山区第六届人民代表大会第七次会议胜利闭幕。"
        + "大会以无记名投票方式选举马立群为青山区区长、甘晓东为青山区监察委员会主任。",
      expected: [
        "马立群 : Official", "马立群 title 区长", "马立群 affiliated-with 青山区",
        "甘晓东 : Official", "甘晓东 affiliated-with 青山区监察委员会",
      ]),
    // 补选甲为…，乙为…: the items go on after a comma.
    Case(
      text: "1月9日下午，青山区第八届人民代表大会第五次会议闭幕。"
        + "大会补选甘晓东为青山区区长，邝一鸣为青山区人民检察院检察长。",
      expected: [
        "甘晓东 title 区长", "甘晓东 affiliated-with 青山区",
        "邝一鸣 : Official", "邝一鸣 affiliated-with 青山区人民检察院",
      ]),
    // 甲当选为…；乙、丙当选为…: a list before 当选 takes the post after it, each name.
    Case(
      text: "1月12日，青山区第二届人民代表大会第一次会议胜利闭幕。马立群当选为区人大常委会主任；"
        + "甘晓东当选为区人民政府区长。覃建华、韦志远当选为区人大常委会副主任。",
      expected: [
        "马立群 affiliated-with 青山区人大常委会", "甘晓东 title 区长",
        "覃建华 : Official", "韦志远 : Official",
        "覃建华 affiliated-with 青山区人大常委会", "韦志远 affiliated-with 青山区人大常委会",
      ]),
    // 全票当选为: the vote's words between the name and the post.
    Case(
      text: "9月30日上午，青石镇第十二届人民代表大会第四次会议召开。经过无记名投票，"
        + "马立群全票当选为青石镇人民政府镇长。",
      expected: ["马立群 : Official", "马立群 title 镇长", "马立群 affiliated-with 青石镇"]),
    // 决定任命甲为…: an appointment at a standing committee's meeting.
    Case(
      text: "6月28日，县人大常委会召开第十次会议。会议决定任命马立群为县教育局局长。",
      expected: ["马立群 : Official", "马立群 affiliated-with 县教育局"]),
    // 新当选的镇长甲 (the post before the name) and 当选的 read nothing new.
    Case(
      text: "8月18日，青石镇召开第五届人民代表大会第九次会议。新当选的镇长马立群作表态发言。",
      expected: ["马立群 title 镇长"]),
    // A name and 为 run on into a congress's standing committee: no meeting is read across them.
    Case(
      text: "1月9日，青山区第八届人民代表大会第五次会议闭幕。"
        + "大会选举罗文昌为青山区区长，甘晓东为青山区第八届人民代表大会常务委员会副主任。",
      expected: ["甘晓东 : Official"],
      absent: ["甘晓东为青山区第八届人民代表大会 : Meeting"]),
    // 甲、乙和丙参加会议 after the chair's clause: names alone, the last joined by 和.
    Case(
      text: "6月17日，副区长罗文昌主持召开区政府第9次常务会议，马立群、甘晓东和邝一鸣参加会议。",
      expected: [
        "马立群 attends 区政府第9次常务会议", "甘晓东 attends 区政府第9次常务会议",
        "邝一鸣 attends 区政府第9次常务会议",
      ]),
    // …及丁出席会议: the same with 及; persons, no post said (BarePeopleRound21Tests).
    Case(
      text: "3月2日，县长罗文昌主持召开县政府第12次常务会议，马立群、甘晓东、邝一鸣及黎永康出席会议。",
      expected: [
        "黎永康 : Person", "黎永康 attends 县政府第12次常务会议",
        "马立群 attends 县政府第12次常务会议",
      ]),
    // 县委书记甲和县长乙出席: a post before the name after 和 is no list of names alone.
    Case(
      text: "3月2日，青山县举行重点项目集中开工仪式。县委书记罗文昌和县长马立群出席仪式。",
      expected: ["罗文昌 title 县委书记", "马立群 title 县长"],
      absent: ["长马立群 : Official"]),
    // 研究决定了召开某会议的有关具体事宜: the meeting decided on is not held that day.
    Case(
      text: "12月10日下午，县人大常委会召开第九次主任会议。"
        + "会议研究决定了召开县十五届人大常委会第七次会议的有关具体事宜。",
      expected: ["县人大常委会第九次主任会议 held-on --12-10", "县十五届人大常委会第七次会议 : Meeting"],
      absent: ["县十五届人大常委会第七次会议 held-on --12-10"]),
    // 关于召开某全会的建议安排: planned, no date.
    Case(
      text: "1月5日，县委书记罗文昌主持召开县委常委会会议。"
        + "会议研究并原则同意了关于召开县委十四届九次全体会议的建议安排。",
      expected: ["县委常委会会议 held-on --01-05"],
      absent: ["县委十四届九次全体会议 held-on --01-05"]),
    // 今年6月20日: a date of this year, its year found as for one written without it.
    Case(
      text: "今年6月20日，青山县召开2023年安全生产工作会议，县长罗文昌出席会议并讲话。",
      expected: ["2023年安全生产工作会议 held-on 2023-06-20"]),
    // 传达学习某某总书记关于…的重要指示精神: the one whose words are studied is not present.
    Case(
      text: "7月1日上午，区长罗文昌主持召开区政府第117次常务会议，"
        + "传达学习贯彻习近平总书记关于防汛救灾工作的重要指示精神，副区长马立群、甘晓东出席会议。",
      expected: ["马立群 attends 区政府第117次常务会议", "甘晓东 attends 区政府第117次常务会议"],
      absent: ["习近平 attends 区政府第117次常务会议"]),
    // 甲联合乙召开: both bodies convene.
    Case(
      text: "6月20日，县委办联合县政府办召开全县督查工作推进会。",
      expected: ["县委办 convenes 全县督查工作推进会", "县政府办 convenes 全县督查工作推进会"]),
    // 甲、乙分别主持会议: each of the list chairs.
    Case(
      text: "8月18日下午，青石镇召开第五届人民代表大会第九次会议。镇党委书记马立群、镇人大主席甘晓东分别主持会议。",
      expected: [
        "马立群 chairs 第五届人民代表大会第九次会议", "甘晓东 chairs 第五届人民代表大会第九次会议",
      ]),
    // 经济运行在合理区间: 区间 is a range, no 区 of a place (a meeting report's stock phrase).
    Case(
      text: "6月6日，区长罗文昌主持召开区政府第73次常务会议。会议强调，要保持经济运行在合理区间。",
      expected: ["罗文昌 chairs 区政府第73次常务会议"],
      absent: ["合理区 : District", "罗文昌 affiliated-with 合理区"]),
    // 某会议主席团举行第三次会议: the presidium (a body) holds its own numbered meeting, named
    // after the session; the session is not held that day by this sentence.
    Case(
      text: "1月14日，区十五届人大二次会议主席团举行第三次会议，大会执行主席罗文昌主持会议。",
      expected: [
        "区十五届人大二次会议主席团 : Organization",
        "区十五届人大二次会议主席团 convenes 区十五届人大二次会议主席团第三次会议",
        "罗文昌 chairs 区十五届人大二次会议主席团第三次会议",
        "区十五届人大二次会议主席团第三次会议 held-on --01-14",
      ],
      absent: ["区十五届人大二次会议 held-on --01-14"]),
    // 大会执行主席甲、乙 after the standing committee's director opened the session: they chair
    // for the session's presidium, not for the standing committee named before them.
    Case(
      text: "大会开幕式由青川区人民代表大会常务委员会主任林一鸣主持，大会执行主席周建平、吴晓东在前排就座。",
      expected: [
        "林一鸣 affiliated-with 青川区人民代表大会常务委员会", "周建平 : Official", "吴晓东 title 执行主席",
      ],
      absent: [
        "周建平 affiliated-with 青川区人民代表大会常务委员会",
        "吴晓东 affiliated-with 青川区人民代表大会常务委员会",
      ]),
    // 收听收看全省某电视电话会议: the place watching is no part of the meeting's name.
    Case(
      text: "3月28日，青山县收听收看全省安全生产电视电话会议。",
      expected: ["全省安全生产电视电话会议 : Meeting", "全省安全生产电视电话会议 held-on --03-28"],
      absent: ["青山县收听收看全省安全生产电视电话会议 : Meeting"]),
    // 某表彰大会暨文艺汇演: a performance held as one event with a meeting.
    Case(
      text: "3月28日，青石镇2023年“三八”国际妇女节表彰大会暨文艺汇演在镇文化广场举行。",
      expected: ["青石镇2023年“三八”国际妇女节表彰大会暨文艺汇演 held-on 2023-03-28"]),
    // 2023某论坛: a year opening the name, written without 年, is the meeting's.
    Case(
      text: "3月28日，以“数字赋能 产业升级”为主题的2023青山数字经济论坛在县会议中心举行。",
      expected: ["2023青山数字经济论坛 held-on 2023-03-28"]),
    // 出席仪式的领导有：甲，乙，丙: the event's kind word, 的, then the attendees.
    Case(
      text: "3月28日，青山县2023年第一季度重大项目集中开工仪式在青石镇举行。"
        + "出席仪式的领导有：县委书记罗文昌，县长马立群，县人大常委会主任甘晓东。",
      expected: [
        "罗文昌 attends 青山县2023年第一季度重大项目集中开工仪式",
        "甘晓东 attends 青山县2023年第一季度重大项目集中开工仪式",
      ]),
    // 甲代表某常委会，向大会作工作报告: reporting is no cue of attending (出席, 参加 and 列席
    // are; annotators who never saw the extractor counted no reporter, as no rostrum seat).
    Case(
      text: "1月21日，政协青山县第九届委员会第三次会议开幕。"
        + "县政协主席马立群代表政协青山县第九届委员会常务委员会，向大会作工作报告。"
        + "邝振宇副主席在大会上作提案工作情况报告。",
      expected: ["政协青山县第九届委员会第三次会议 : Meeting", "马立群 title 县政协主席"],
      absent: [
        "马立群 attends 政协青山县第九届委员会第三次会议",
        "邝振宇 attends 政协青山县第九届委员会第三次会议",
      ]),
    // 本月20日: a day of the month the page is dated in.
    Case(
      text: "发布时间：2023-06-22\n本月20日，青山县委常委会召开会议，县委书记罗文昌主持会议。",
      expected: ["青山县委常委会会议 held-on 2023-06-20"]),
    // 选举甲同志为…; 乙同志当选为…: 同志 between the name and the verb.
    Case(
      text: "1月10日，青山区第六届人民代表大会第七次会议闭幕。大会选举马立群同志为青山区区长。"
        + "甘晓东同志当选为区人大常委会主任。",
      expected: [
        "马立群 title 区长", "马立群 affiliated-with 青山区",
        "甘晓东 : Official", "甘晓东 affiliated-with 青山区人大常委会",
      ]),
    // 我市 in an article about a county-level city (a District by the rulings): that city.
    Case(
      text: "6月2日，乐清市召开全市安全生产工作会议。6月9日上午，我市举行2023年重点项目集中开工仪式。",
      expected: ["乐清市 : District", "乐清市 convenes 2023年重点项目集中开工仪式"]),
  ]

  @Test("elections, appointments and attendance lists are read", arguments: cases)
  func reads(_ form: Case) throws {
    try form.check()
  }
}
