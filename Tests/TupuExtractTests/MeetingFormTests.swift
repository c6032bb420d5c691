import Testing

/// The forms county news names and dates its meetings in, beyond 召开/举行 + name: a name
/// spoken of inside 在…上, quoted whole, a plenary inside its session, a page's date line.
private let meetingPublished = "发布时间：2024-03-31\n"

@Suite("meetings: the genre's forms of naming and dating a meeting")
struct MeetingFormTests {


  @Test(
    "在某会议上 speaks of a meeting by its name, and the sentence's date is its day",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月4日，在全县重点项目调度会上，县长林秀云要求各单位加快项目建设进度。",
        expected: ["全县重点项目调度会 : Meeting", "全县重点项目调度会 held-on 2024-03-04"]),
      ReadingCase(
        text: meetingPublished + "3月5日，县长林秀云在全县安全生产工作会议上强调，要压紧压实安全责任。",
        expected: ["全县安全生产工作会议 : Meeting", "全县安全生产工作会议 held-on 2024-03-05"]),
      ReadingCase(
        text: meetingPublished + "3月5日，县委书记邵明远在溪口镇青枫社区揭牌仪式上宣布社区正式成立。",
        expected: ["溪口镇青枫社区揭牌仪式 : Meeting", "溪口镇青枫社区揭牌仪式 held-on 2024-03-05"]),
      // A bare kind word in the frame names nothing.
      ReadingCase(
        text: meetingPublished + "3月5日，县长林秀云在会议上强调，要压紧压实安全责任。",
        expected: [], absent: ["会议 : Meeting"]),
    ])
  func spokenOfAt(reading: ReadingCase) throws { try reading.check() }

  @Test("“某某捐赠仪式”在某地举行: a name quoted whole is a meeting, read without its quotes")
  func quotedWhole() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，“春蕾助学捐赠仪式”在松川县第一中学隆重举行。",
      expected: ["春蕾助学捐赠仪式 : Meeting", "春蕾助学捐赠仪式 held-on 2024-03-05"]
    ).check()
  }

  @Test(
    "a slogan quoted inside a name, with a comma or 、 in it, belongs to the name whole",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月5日，松川镇召开基层治理“党员+网格员+楼栋长”联动工作推进会。",
        expected: [
          "基层治理“党员+网格员+楼栋长”联动工作推进会 : Meeting",
          "基层治理“党员+网格员+楼栋长”联动工作推进会 held-on 2024-03-05",
        ],
        absent: ["楼栋长”联动工作推进会 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月6日，由青枫县慈善会组织的“春风送暖,爱满青枫”捐赠仪式在溪口镇举行。",
        expected: ["“春风送暖,爱满青枫”捐赠仪式 : Meeting"],
        absent: ["爱满青枫”捐赠仪式 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月7日，青枫县举办2024年“五·四”表彰大会暨青年演讲比赛活动。",
        expected: ["2024年“五·四”表彰大会暨青年演讲比赛活动 : Meeting"],
        absent: ["四”表彰大会暨青年演讲比赛活动 : Meeting"]),
    ])
  func quotedSlogan(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "a verb before a meeting's name (聚焦, 领会, 率队督导, 调研) is no part of it",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月5日，县委常委会指出，要聚焦青枫县第五次党代会提出的奋斗目标。",
        expected: ["青枫县第五次党代会 : Meeting"],
        absent: ["要聚焦青枫县第五次党代会 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月5日，会议指出，要认真学习领会省委十一届三次全会精神。",
        expected: ["省委十一届三次全会 : Meeting"],
        absent: ["领会省委十一届三次全会 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月5日，县委书记林秀云率队督导全县乡村振兴观摩会筹备工作。",
        expected: [],
        absent: ["县委书记林秀云率队督导全县乡村振兴观摩会 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月5日，会议就落实县委书记林秀云在调研县政协工作座谈会上的要求进行了部署。",
        expected: [],
        absent: ["调研县政协工作座谈会 : Meeting"]),
    ])
  func verbBeforeName(reading: ReadingCase) throws { try reading.check() }

  @Test("举行“某大会”: the bodies before the cue convene a meeting quoted whole")
  func quotedWholeConvened() throws {
    try ReadingCase(
      text: meetingPublished
        + "3月5日上午，青枫县委、县政府在人民会堂举行“庆祝第40个教师节表彰优秀教师暨县教育基金会助学大会”。",
      expected: [
        "青枫县委 convenes 庆祝第40个教师节表彰优秀教师暨县教育基金会助学大会",
        "青枫县政府 convenes 庆祝第40个教师节表彰优秀教师暨县教育基金会助学大会",
      ]
    ).check()
  }

  @Test(
    "a pointer with its counter (这项, 各次) before a kind word names no meeting",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月5日，青枫县慈善会负责人表示，非常开心能和大家一起举办这项活动。",
        expected: [], absent: ["这项活动 : Meeting"]),
      ReadingCase(
        text: meetingPublished
          + "3月5日，会议审议通过了县政协第五届委员会第一次会议主席团常务主席、各次大会执行主席建议名单。",
        expected: ["县政协第五届委员会第一次会议 : Meeting"], absent: ["各次大会 : Meeting"]),
    ])
  func pointerWithCounter(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "how a meeting is held, how large it is, who sits in it or how often it comes names no meeting",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月5日，调研组在青枫社区召开现场交流座谈会，听取了相关工作汇报。",
        expected: [], absent: ["现场交流座谈会 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月5日，会后，松川镇分别召开了党员代表会议和非党员代表会议。",
        expected: [], absent: ["非党员代表会议 : Meeting", "党员代表会议 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月5日，青枫县城将成为举办大型文体活动的理想场所。",
        expected: [], absent: ["大型文体活动 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "各实践站每月至少开展1次活动，每次活动都有专人记录。",
        expected: [], absent: ["1次活动 : Meeting", "每次活动 : Meeting"]),
      // A topic still names one.
      ReadingCase(
        text: meetingPublished + "3月5日，松川镇召开重点项目交流座谈会。",
        expected: ["重点项目交流座谈会 : Meeting"]),
    ])
  func howHeldOnly(reading: ReadingCase) throws { try reading.check() }

  @Test("a meeting whose decisions the sentence speaks of (某党代会提出的目标) takes no date from it")
  func decisionsSpokenOf() throws {
    try ReadingCase(
      text: meetingPublished
        + "3月5日，青枫县召开县委常委(扩大)会，动员全县上下聚焦青枫县第五次党代会提出的奋斗目标，推动各项工作。",
      expected: ["青枫县第五次党代会 : Meeting", "县委常委(扩大)会 held-on 2024-03-05"],
      absent: ["青枫县第五次党代会 held-on 2024-03-05"]
    ).check()
  }

  @Test("会 that begins 会员 (member) ends no meeting's name")
  func memberAfterKind() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，青枫县商会负责人介绍，下一步还将继续动员会员企业家参与家乡建设。",
      expected: [], absent: ["下一步还将继续动员会 : Meeting"]
    ).check()
  }

  @Test("组织了一次某座谈会: the count after 了 is no part of the name")
  func countAfterLe() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日下午，青枫县白鹭镇卫生院组织了一次惠民义诊工作座谈会。",
      expected: ["惠民义诊工作座谈会 : Meeting"],
      absent: ["一次惠民义诊工作座谈会 : Meeting"]
    ).check()
  }

  @Test("the minutes of a clock time before a name are no part of it")
  func clockTimeBeforeName() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日上午9:30青枫区政府第5届12次常务会议在区政府会议室召开。",
      expected: ["青枫区政府第5届12次常务会议 : Meeting"],
      absent: ["30青枫区政府第5届12次常务会议 : Meeting"]
    ).check()
  }

  @Test("某会议顺利召开 read from the clause's start leaves out the verbs the clause begins with")
  func verbBeforeHeldName() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，会议要求，要加快会场布置，确保全县安全生产工作会议顺利召开。",
      expected: ["全县安全生产工作会议 : Meeting"],
      absent: ["确保全县安全生产工作会议 : Meeting"]
    ).check()
  }

  @Test("a plenary named after its session is a meeting, the session another; the day is the plenary's")
  func plenaryInsideSession() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，在松川县第十八届人民代表大会第三次会议第二次全体会议上，县长林秀云作政府工作报告。",
      expected: [
        "松川县第十八届人民代表大会第三次会议第二次全体会议 : Meeting",
        "松川县第十八届人民代表大会第三次会议 : Meeting",
        "松川县第十八届人民代表大会第三次会议第二次全体会议 held-on 2024-03-05",
      ],
      absent: ["松川县第十八届人民代表大会第三次会议 held-on 2024-03-05"]
    ).check()
    // 暨 joins two meetings held as one: one name, no session of its own.
    try ReadingCase(
      text: meetingPublished + "3月5日，县委常委会第六十次会议暨县委理论学习中心组学习会召开。",
      expected: ["县委常委会第六十次会议暨县委理论学习中心组学习会 : Meeting"],
      absent: ["县委常委会第六十次会议 : Meeting"]
    ).check()
  }

  @Test(
    "招聘会, 洽谈会, 传达会 end a meeting's name as 会议 does",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月5日，松川县2024年春风行动招聘会在县人力资源市场举办。",
        expected: ["松川县2024年春风行动招聘会 : Meeting", "松川县2024年春风行动招聘会 held-on 2024-03-05"]),
      ReadingCase(
        text: meetingPublished + "3月5日，2024松川县招商引资洽谈会在青枫宾馆举行。",
        expected: ["2024松川县招商引资洽谈会 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月5日，全县“两会”精神传达会召开。",
        expected: ["全县“两会”精神传达会 : Meeting"]),
    ])
  func kindWords(reading: ReadingCase) throws { try reading.check() }

  @Test("传达学习某全会精神: the verb is no part of the meeting spoken of")
  func studied() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，松川县召开县委常委会会议，传达学习省委十二届三次全会精神。",
      expected: ["省委十二届三次全会 : Meeting"],
      absent: ["传达学习省委十二届三次全会 : Meeting", "省委十二届三次全会 held-on 2024-03-05"]
    ).check()
  }

  @Test("a paper's date line run into the headline dates the page, not the meeting")
  func pageDateLine() throws {
    try ReadingCase(
      text: """
        松川县召开2024年全县经济工作会议
        松川日报 2024年2月21日
        松川日报讯（记者 严嘉禾）2月20日，全县经济工作会议召开。县长林秀云主持会议。
        """,
      expected: ["2024年全县经济工作会议 held-on 2024-02-20", "林秀云 chairs 2024年全县经济工作会议"],
      absent: ["2024年全县经济工作会议 held-on 2024-02-21"]
    ).check()
  }

  @Test("an event held under its kind word alone, after a named one only spoken of, takes the attendance")
  func unnamedEventAfter() throws {
    try ReadingCase(
      text: meetingPublished + """
        3月5日，县长林秀云在溪口镇青枫社区揭牌仪式上宣布社区正式成立。\
        3月5日，溪口镇为辖区6个新成立社区举办集中揭牌仪式，县委书记邵明远出席。
        """,
      expected: ["溪口镇青枫社区揭牌仪式 : Meeting"],
      absent: ["邵明远 attends 溪口镇青枫社区揭牌仪式"]
    ).check()
  }

  @Test("某常委会在某地召开第几次会议: the standing committee is the body that convenes")
  func committeeHeldAt() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，县人大常委会在县行政中心召开第十五次会议。",
      expected: [
        "县人大常委会第十五次会议 : Meeting", "县人大常委会第十五次会议 held-on 2024-03-05",
        "县人大常委会 convenes 县人大常委会第十五次会议",
      ],
      absent: ["县人大常委会 : Meeting"]
    ).check()
  }

  @Test("由甲主办、乙承办的某会议: the body before 主办 convenes, the one before 承办 does not")
  func hostedInList() throws {
    try ReadingCase(
      text: meetingPublished + "3月9日，由县委组织部主办、县融媒体中心承办的全县基层党建工作培训会举行。",
      expected: ["县委组织部 convenes 全县基层党建工作培训会"],
      absent: ["县融媒体中心 convenes 全县基层党建工作培训会"]
    ).check()
  }

  @Test("县委常委会召开第60次会议: the party committee's standing committee is the body that meets")
  func standingCommitteeBody() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日下午，县委常委会召开第60次会议。",
      expected: ["县委常委会 : Organization", "县委常委会 convenes 县委常委会第60次会议",
        "县委常委会第60次会议 held-on 2024-03-05",
      ],
      absent: ["第60次会议 : Meeting"]
    ).check()
  }

  @Test("县十五届人大常委会召开第二十次会议: a standing committee written with its term convenes")
  func committeeWithTerm() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，县十五届人大常委会召开第二十次会议。",
      expected: [
        "县十五届人大常委会 : Organization", "县十五届人大常委会 convenes 县十五届人大常委会第二十次会议",
        "县十五届人大常委会第二十次会议 held-on 2024-03-05",
      ]
    ).check()
    // Its term with the ordinal 第 (区第四届人大常委会) is the same body.
    try ReadingCase(
      text: meetingPublished + "1月12日，区第四届人大常委会举行第十六次会议。",
      expected: ["区第四届人大常委会 : Organization", "区第四届人大常委会 convenes 区第四届人大常委会第十六次会议"]
    ).check()
    // A congress's session is one name: no congress split off it.
    try ReadingCase(
      text: meetingPublished + "3月5日，松川县第十八届人民代表大会第三次会议在县人民会堂开幕。",
      expected: ["松川县第十八届人民代表大会第三次会议 : Meeting"],
      absent: ["松川县第十八届人民代表大会 : Meeting"]
    ).check()
  }

  @Test("人代会, 职代会 end a meeting's name as 代表大会 does")
  func congressAbbreviations() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，溪口镇召开第十八届人代会。",
      expected: ["第十八届人代会 : Meeting", "溪口镇 convenes 第十八届人代会", "第十八届人代会 held-on 2024-03-05"]
    ).check()
  }

  @Test(
    "words that end a meeting's name on its left: 向大会, a page's date, 一次重要会议",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月5日，县政协主席戚文彬代表政协松川县第九届委员会常务委员会向大会作工作报告。",
        expected: [],
        absent: ["县政协主席戚文彬代表政协松川县第九届委员会常务委员会向大会 : Meeting"]),
      ReadingCase(
        text: "松川日报\n2024年3月6日 星期三 第01版\n县十八届人大三次会议胜利闭幕\n本报讯 3月5日下午，大会胜利闭幕。",
        expected: ["县十八届人大三次会议 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "会议指出，今年全国两会是在关键之年召开的一次重要会议。",
        expected: [], absent: ["一次重要会议 : Meeting"]),
    ])
  func leftEnds(reading: ReadingCase) throws { try reading.check() }

  @Test("我县召开某会议: the article's own district convenes")
  func ownDistrict() throws {
    try ReadingCase(
      text: meetingPublished + "3月4日，松川县委书记邵明远调研春耕生产。3月5日上午，我县召开2024年安全生产工作会议。",
      expected: ["松川县 convenes 2024年安全生产工作会议", "2024年安全生产工作会议 held-on 2024-03-05"]
    ).check()
  }

  @Test(
    "开展某某活动 on a day the sentence gives is an event, held by the one that carries it out",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月22日，溪口镇开展2024年党建引领乡村振兴观摩比鉴活动。",
        expected: [
          "2024年党建引领乡村振兴观摩比鉴活动 : Meeting",
          "溪口镇 convenes 2024年党建引领乡村振兴观摩比鉴活动",
          "2024年党建引领乡村振兴观摩比鉴活动 held-on 2024-03-22",
        ]),
      ReadingCase(
        text: meetingPublished + "3月5日上午，溪口镇组织镇人大代表开展民生实事视察活动，镇人大代表参加视察。",
        expected: ["民生实事视察活动 : Meeting", "溪口镇 convenes 民生实事视察活动"]),
      // The place gone to is where the event is, not who holds it.
      ReadingCase(
        text: meetingPublished + "3月5日，青枫集团负责人来到松川县第一中学开展金秋助学捐赠活动。",
        expected: ["金秋助学捐赠活动 : Meeting"],
        absent: ["松川县第一中学 convenes 金秋助学捐赠活动"]),
      // 赴, 进驻 and 到 before a name go there too: the one who travels convenes.
      ReadingCase(
        text: meetingPublished + "3月5日，青枫市工商联一行赴松川县开展“百企助百村”结对帮扶活动。",
        expected: ["青枫市工商联 convenes “百企助百村”结对帮扶活动"],
        absent: ["松川县 convenes “百企助百村”结对帮扶活动"]),
      ReadingCase(
        text: meetingPublished + "3月5日，县委第二巡察组进驻县林业局召开巡察工作动员会。",
        expected: ["县委第二巡察组 convenes 巡察工作动员会"],
        absent: ["县林业局 convenes 巡察工作动员会"]),
      ReadingCase(
        text: meetingPublished + "3月5日，青枫集团到松川县溪口镇举行乡村振兴产业合作签约仪式。",
        expected: ["青枫集团 convenes 乡村振兴产业合作签约仪式"],
        absent: ["溪口镇 convenes 乡村振兴产业合作签约仪式"]),
      // No day: a campaign; a leader's visit told as an activity; 17号线 is no day.
      ReadingCase(
        text: meetingPublished + "今年，全县开展安全生产大排查活动。",
        expected: [], absent: ["安全生产大排查活动 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月5日，副县长邵明远先后到青枫、溪口社区开展“百日攻坚”调研走访活动。",
        expected: [], absent: ["“百日攻坚”调研走访活动 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "年中围绕轨交9号线开展专题调研，年末组织委员开展专题大视察活动。",
        expected: [], absent: ["专题大视察活动 : Meeting"]),
    ])
  func datedActivity(reading: ReadingCase) throws { try reading.check() }

  @Test("本次活动由甲带队，乙、丙共同参加: the one who leads attends not")
  func ledNotAttended() throws {
    try ReadingCase(
      text: meetingPublished
        + "3月22日，溪口镇开展2024年党建引领乡村振兴观摩比鉴活动。本次活动由镇党委副书记邵明远带队，镇长林秀云共同参加。",
      expected: ["林秀云 attends 2024年党建引领乡村振兴观摩比鉴活动"],
      absent: ["邵明远 attends 2024年党建引领乡村振兴观摩比鉴活动"]
    ).check()
  }

  @Test("the day a sentence opens with carries to the event the next sentence says was attended")
  func openingDayCarries() throws {
    try ReadingCase(
      text: meetingPublished
        + "3月28日，松川县2024年第一季度18个项目集中开工建设。县领导邵明远、林秀云出席了青枫产业园项目开工建设现场会。",
      expected: ["青枫产业园项目开工建设现场会 held-on 2024-03-28"]
    ).check()
    // Not past the next sentence, nor to a meeting only spoken of.
    try ReadingCase(
      text: meetingPublished
        + "3月28日，松川县18个项目集中开工建设。各项目进展顺利。县领导邵明远出席了青枫产业园项目开工建设现场会。",
      expected: [], absent: ["青枫产业园项目开工建设现场会 held-on 2024-03-28"]
    ).check()
  }

  @Test("某某管理区举行…: a county-level 管理区 is a district, and it convenes")
  func managementDistrict() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，青枫管理区举行2024年第二批重点项目集中开工仪式。",
      expected: [
        "青枫管理区 : District", "青枫管理区 convenes 2024年第二批重点项目集中开工仪式",
      ]
    ).check()
  }

  @Test("第二小组在某地召开小组讨论会: a group's discussion is named with the group, and dated")
  func groupDiscussion() throws {
    try ReadingCase(
      text: "2月18日上午，县委全会后，第二小组在县会议中心召开小组讨论会，讨论了县委工作报告。会议由县人大常委会主任邵明远主持。",
      expected: [
        "第二小组小组讨论会 : Meeting", "邵明远 chairs 第二小组小组讨论会",
        "第二小组小组讨论会 held-on --02-18",
      ],
      absent: ["小组讨论会 : Meeting"]
    ).check()
  }

  @Test("of several years the article states, the one it calls the present (2023年，是…) dates the meeting")
  func presentYear() throws {
    try ReadingCase(
      text: "2月18日上午，松川县召开全县经济工作会议。会议总结了全县2022年经济社会发展情况。2023年，是全面深化改革的关键之年。",
      expected: ["全县经济工作会议 held-on 2023-02-18"]
    ).check()
  }

  @Test(
    "论坛, 开幕式, 招商会, 大赛 and the like end an event's name",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月5日，县长林秀云出席第三届青枫论坛并致辞。",
        expected: ["第三届青枫论坛 : Meeting", "第三届青枫论坛 held-on 2024-03-05"]),
      ReadingCase(
        text: meetingPublished + "3月5日，县委书记邵明远出席松川县第二届职工技能大赛开幕式。",
        expected: ["松川县第二届职工技能大赛开幕式 : Meeting"]),
      ReadingCase(
        text: meetingPublished + "3月5日，松川县2024年“春风行动”招商会在县城举行。",
        expected: ["松川县2024年“春风行动”招商会 : Meeting"]),
    ])
  func eventKinds(reading: ReadingCase) throws { try reading.check() }

  @Test("3月5至7日: a range whose first day is written without 日 is held on its first day")
  func rangeWithoutFirstDay() throws {
    try ReadingCase(
      text: meetingPublished + "3月5至7日，政协松川县第九届委员会第三次会议在县会议中心召开。",
      expected: ["政协松川县第九届委员会第三次会议 held-on 2024-03-05"],
      absent: ["政协松川县第九届委员会第三次会议 held-on 2024-03-07"]
    ).check()
  }

  @Test("在某开工仪式上 in the sentence after a dated one takes its day")
  func occasionAfterDatedSentence() throws {
    try ReadingCase(
      text: meetingPublished + "3月28日，松川县2024年第一批重点项目集中开工。在青枫产业园项目开工仪式上，县委书记邵明远宣布项目开工。",
      expected: ["青枫产业园项目开工仪式 held-on 2024-03-28"]
    ).check()
  }

  @Test("a ceremony only the headline names takes the day of the first sentence doing what it is named for")
  func ceremonyDeed() throws {
    try ReadingCase(
      text: """
        松川县2024年第一季度重大项目集中开工仪式举行
        发布时间：2024-03-31
        3月28日上午，随着县委书记邵明远一声令下，松川县12个重大项目集中开工。
        """,
      expected: ["松川县2024年第一季度重大项目集中开工仪式 held-on 2024-03-28"]
    ).check()
  }

  @Test("某某管理局召开…: a body that manages is one name, and it convenes")
  func managingBody() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日，松川县应急管理局召开全县应急管理工作会议。",
      expected: [
        "松川县应急管理局 : Organization", "松川县应急管理局 convenes 全县应急管理工作会议",
      ]
    ).check()
  }

  @Test(
    "dates in Chinese numerals: 三月五日, 二〇二四年三月五日; a page's such date line dates no meeting",
    arguments: [
      ReadingCase(
        text: meetingPublished + "三月五日上午，松川县召开全县教育工作会议。",
        expected: ["全县教育工作会议 held-on 2024-03-05"]),
      ReadingCase(
        text: "二〇二三年十二月三十日，松川县召开全县经济工作会议。",
        expected: ["全县经济工作会议 held-on 2023-12-30"]),
      ReadingCase(
        text: "二〇二四年三月五日 星期二\n松川县召开全县教育工作会议\n三月四日上午，松川县召开全县教育工作会议。",
        expected: ["全县教育工作会议 held-on 2024-03-04"],
        absent: ["全县教育工作会议 held-on 2024-03-05"]),
    ])
  func chineseNumerals(reading: ReadingCase) throws { try reading.check() }

  @Test("2023年6月，/ 今年6月中旬，: a month a clause opens with dates a meeting to the month")
  func monthAlone() throws {
    try ReadingCase(
      text: meetingPublished + "2023年6月，松川县召开全县教育工作会议。",
      expected: ["全县教育工作会议 held-on 2023-06"]
    ).check()
    try ReadingCase(
      text: meetingPublished + "今年3月中旬，松川县召开全县教育工作会议。",
      expected: ["全县教育工作会议 held-on 2024-03"]
    ).check()
    // A month inside a clause (计划6月完工) is no time of the meeting's.
    try ReadingCase(
      text: meetingPublished + "松川县召开全县教育工作会议，要求青枫学校计划6月完工。",
      expected: [], absent: ["全县教育工作会议 held-on 2024-06"]
    ).check()
  }

  @Test("以“某某”为主题的某节开幕式: a modifier ending in 的 is no part of the event's name")
  func modifierBeforeEvent() throws {
    try ReadingCase(
      text: meetingPublished + "3月5日上午，以“春暖松川”为主题的松川县第三届桃花节开幕式在青枫村举行。",
      expected: ["松川县第三届桃花节开幕式 : Meeting", "松川县第三届桃花节开幕式 held-on 2024-03-05"],
      absent: ["以“春暖松川”为主题的松川县第三届桃花节开幕式 : Meeting"]
    ).check()
  }

  @Test(
    "次日 is the day after the article's last date; 下午，or 随后，opening a sentence its same day",
    arguments: [
      ReadingCase(
        text: meetingPublished + "3月5日，县委书记邵明远赴溪口镇调研春耕生产。次日，邵明远主持召开全县春耕生产工作会议。",
        expected: ["全县春耕生产工作会议 held-on 2024-03-06"]),
      ReadingCase(
        text: "发布时间：2024-04-02\n3月31日，县委书记邵明远赴溪口镇调研。次日，邵明远主持召开全县春耕生产工作会议。",
        expected: ["全县春耕生产工作会议 held-on 2024-04-01"]),
      ReadingCase(
        text: meetingPublished + "3月5日上午，县委书记邵明远调研青枫产业园项目。下午，邵明远主持召开全县重点项目建设推进会。",
        expected: ["全县重点项目建设推进会 held-on 2024-03-05"]),
      ReadingCase(
        text: meetingPublished + "3月5日，县长林秀云带队观摩全县重点项目。随后，林秀云主持召开全县重点项目观摩点评会。",
        expected: ["全县重点项目观摩点评会 held-on 2024-03-05"]),
      // With no date before, 下午 gives none.
      ReadingCase(
        text: meetingPublished + "下午，邵明远主持召开全县重点项目建设推进会。",
        expected: ["全县重点项目建设推进会 : Meeting"],
        absent: ["全县重点项目建设推进会 held-on 2024-03-31"]),
    ])
  func relativeDays(reading: ReadingCase) throws { try reading.check() }
}
