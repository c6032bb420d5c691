import Testing

/// Events named by their kind of contest, course or festival (round 12): the meetings ruling
/// makes them Meetings when named with more than the kind word, and their openings said bare
/// are meetings inside them that name nothing.
private let published = "发布时间：2023-05-08\n"

@Suite("events named by contest, course, study or festival kinds")
struct MeetingEventKindTests {
  @Test(
    "某县第三届杜鹃花节, 2023年职工篮球比赛, 村党组织书记培训班, 第3次集体学习: named events are Meetings",
    arguments: [
      ReadingCase(
        text: published + "3月8日，青石县举办第三届杜鹃花节。",
        expected: [
          "第三届杜鹃花节 : Meeting", "青石县 convenes 第三届杜鹃花节", "第三届杜鹃花节 held-on 2023-03-08",
        ]),
      ReadingCase(
        text: published + "4月2日，青石县2023年职工篮球比赛在县体育馆开赛。",
        expected: ["青石县2023年职工篮球比赛 : Meeting", "青石县2023年职工篮球比赛 held-on 2023-04-02"]),
      ReadingCase(
        text: published + "5月6日，青石县委组织部举办2023年村党组织书记培训班。",
        expected: [
          "2023年村党组织书记培训班 : Meeting", "青石县委组织部 convenes 2023年村党组织书记培训班",
        ]),
      ReadingCase(
        text: published + "5月7日，县委理论学习中心组举行2023年第3次集体学习，县委书记张三丰主持学习。",
        expected: ["2023年第3次集体学习 : Meeting", "张三丰 chairs 2023年第3次集体学习"]),
      ReadingCase(
        text: published + "6月8日，白水镇举办“乡村振兴”知识竞赛。",
        expected: ["“乡村振兴”知识竞赛 : Meeting", "白水镇 convenes “乡村振兴”知识竞赛"]),
      // A concentrated study (集中学习) is a study session as 集体学习 is; a meeting held over
      // video (视频会) is named by its topic as 电视电话会议 is.
      ReadingCase(
        text: published + "5月6日上午，县委理论学习中心组集中学习在县委党校举行，县委书记张三丰主持会议。",
        expected: [
          "县委理论学习中心组集中学习 : Meeting", "张三丰 chairs 县委理论学习中心组集中学习",
          "县委理论学习中心组集中学习 held-on 2023-05-06",
        ]),
      ReadingCase(
        text: published + "5月7日，青石县召开秸秆禁烧工作视频会，县领导李四海出席会议。",
        expected: [
          "秸秆禁烧工作视频会 : Meeting", "李四海 attends 秸秆禁烧工作视频会", "秸秆禁烧工作视频会 held-on 2023-05-07",
        ]),
    ])
  func namedEvents(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "某培训班在某地开班, 某旅游节在某地开幕: an opening says the event was held",
    arguments: [
      ReadingCase(
        text: published + "5月6日，青石县2023年村党组织书记培训班在县委党校开班。",
        expected: [
          "青石县2023年村党组织书记培训班 : Meeting",
          "青石县2023年村党组织书记培训班 held-on 2023-05-06",
        ]),
      ReadingCase(
        text: published + "3月8日，青石县第三届油菜花节在白水镇开幕。",
        expected: ["青石县第三届油菜花节 : Meeting", "青石县第三届油菜花节 held-on 2023-03-08"]),
    ])
  func openingHolds(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "甲出席开幕式, 乙出席开班仪式: a bare opening is a meeting inside the event, and names nothing",
    arguments: [
      ReadingCase(
        text: published + "3月8日，青石县第三届杜鹃花节在白水镇开幕。县委书记张三丰、县长李四光出席开幕式。",
        expected: ["青石县第三届杜鹃花节 : Meeting"],
        absent: ["张三丰 attends 青石县第三届杜鹃花节", "李四光 attends 青石县第三届杜鹃花节"]),
      ReadingCase(
        text: published + "5月6日，青石县2023年村党组织书记培训班在县委党校开班。县委副书记王五常出席开班仪式并讲话。",
        expected: ["青石县2023年村党组织书记培训班 : Meeting"],
        absent: ["开班仪式 : Meeting", "王五常 attends 青石县2023年村党组织书记培训班"]),
      // The article's own opening ceremony, named, is still the one its bare word points at.
      ReadingCase(
        text: published + "3月8日，青石县第三届杜鹃花节开幕式在白水镇举行。县委书记张三丰出席开幕式。",
        expected: ["张三丰 attends 青石县第三届杜鹃花节开幕式"]),
    ])
  func bareOpenings(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "打好全市“双竞赛”和“百日攻坚”活动: a kind word ending a quoted slogan inside a name ends no meeting",
    arguments: [
      ReadingCase(
        text: published + "县委、县政府将全力打好全市“双竞赛”和“百日攻坚”活动。",
        expected: [], absent: ["全市“双竞赛 : Meeting", "打好全市“双竞赛 : Meeting"]),
      // A name quoted whole is still read.
      ReadingCase(
        text: published + "4月26日上午，“青石县第五届乡村文化旅游节”在白水镇举办。",
        expected: ["青石县第五届乡村文化旅游节 : Meeting"]),
    ])
  func sloganKinds(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "第26期某市管领导干部进修班, 第七届某县运动会: a place after the event's count is an entity",
    arguments: [
      ReadingCase(
        text: published + "3月8日，第七届青石县运动会开幕。",
        expected: ["第七届青石县运动会 : Meeting", "青石县 : District"])
    ])
  func placeAfterCount(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "全镇党的某教育实践活动动员大会, 学习贯彻党的二十大精神宣讲报告会: 党的 is part of the name",
    arguments: [
      ReadingCase(
        text: published + "5月28日，全镇党的群众路线教育实践活动动员大会在镇大会议室召开。",
        expected: ["全镇党的群众路线教育实践活动动员大会 : Meeting"],
        absent: ["群众路线教育实践活动动员大会 : Meeting"]),
      ReadingCase(
        text: published + "5月12日上午，区委宣传部召开党的二十大精神全覆盖宣讲工作督办推进会。",
        expected: [
          "党的二十大精神全覆盖宣讲工作督办推进会 : Meeting",
          "区委宣传部 convenes 党的二十大精神全覆盖宣讲工作督办推进会",
        ]),
      // A verb before 党的 is no part of the name.
      ReadingCase(
        text: published + "会议要求，要用实际行动推动党的二十大精神落地生根。",
        expected: [], absent: ["推动党的二十大 : Meeting", "用实际行动推动党的二十大 : Meeting"]),
      // 入党的, 全党的: words ending in 党 are not the party's name.
      ReadingCase(
        text: published + "5月29日，白水镇召开纪念入党的誓词座谈会。",
        expected: [], absent: ["入党的誓词座谈会 : Meeting", "党的誓词座谈会 : Meeting"]),
    ])
  func partysNames(reading: ReadingCase) throws { try reading.check() }

  @Test("学习某人在某集体学习时的讲话精神: a study session spoken of is not held on the sentence's day")
  func studySpokenOf() throws {
    try ReadingCase(
      text: published
        + "5月6日下午，县人大常委会主任张三丰主持召开县人大常委会党组会议，学习某领导在某市委理论学习中心组第十六次集体学习时的重要讲话精神。",
      expected: ["县人大常委会党组会议 held-on 2023-05-06"],
      absent: ["某市委理论学习中心组第十六次集体学习 held-on 2023-05-06"]
    ).check()
  }

  @Test("大会由中共某县委、某县人民政府主办: the party's 中共 after 由 still leaves the bodies convening")
  func hostedByPartyCommittee() throws {
    try ReadingCase(
      text: published + "9月8日晚，青石县旅游产业发展大会开幕式隆重举行。大会由中共青石县委、青石县人民政府主办，青石县旅游局承办。",
      expected: [
        "青石县委 convenes 青石县旅游产业发展大会开幕式", "青石县人民政府 convenes 青石县旅游产业发展大会开幕式",
      ],
      absent: ["青石县旅游局 convenes 青石县旅游产业发展大会开幕式"]
    ).check()
  }

  @Test("平和县政协十届一次会议: a stop word inside a known county's name ends no meeting name")
  func countyWithStopWord() throws {
    try ReadingCase(
      text: published + "1月18日，平和县政协十届一次会议胜利闭幕。",
      expected: ["平和县政协十届一次会议 : Meeting"], absent: ["县政协十届一次会议 : Meeting"]
    ).check()
  }
}
