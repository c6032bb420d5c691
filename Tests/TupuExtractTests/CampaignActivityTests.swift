import Testing

/// 活动 that names a campaign carried on (深化某某活动), a series (系列某某活动) or kinds listed up to
/// 等 (某仪式等相关活动): no event held on a day, so no Meeting; an event held (举行, 出席) keeps
/// its name.
private let campaignPublished = "发布时间：2024-06-12\n"

@Suite("events: campaigns, series and listed kinds named with 活动 are no Meetings")
struct CampaignActivityTests {
  @Test(
    "深化某某活动, 系列某某活动 and 某仪式等相关活动 name no event",
    arguments: [
      ReadingCase(
        text: campaignPublished + "为了深化共学共创活动，6月10日，柳岸社区党总支召开青石片区党建联席会议。",
        expected: ["柳岸社区党总支 : Organization"],
        absent: ["深化共学共创活动 : Meeting", "共学共创活动 : Meeting"]),
      ReadingCase(
        text: campaignPublished + "会议听取深化“四季攻坚”活动、推动八项重点工作情况汇报。",
        expected: [],
        absent: ["深化“四季攻坚”活动 : Meeting", "“四季攻坚”活动 : Meeting"]),
      ReadingCase(
        text: campaignPublished + "他说，青岚市委坚持上下联动，开展了系列引才活动，先后签约落地了一批重大项目。",
        expected: [],
        absent: ["系列引才活动 : Meeting", "引才活动 : Meeting"]),
      ReadingCase(
        text: campaignPublished + "近日，市商务局下发通知，要求各地区月底前可举办重点项目集中签约仪式等相关活动，掀起项目建设新高潮。",
        expected: [],
        absent: ["重点项目集中签约仪式等相关活动 : Meeting"]),
      // 活动 before a noun it modifies (a campaign's month, the group that carries it out, its
      // plan, the works it counts) ends no event's name.
      ReadingCase(
        text: campaignPublished + "会议书面通报了2023年度“委员履职活动月”开展情况。",
        expected: [],
        absent: ["2023年度“委员履职活动 : Meeting", "“委员履职活动 : Meeting"]),
      ReadingCase(
        text: campaignPublished + "6月5日，市政协农业委第3委员活动组走进青石社区。",
        expected: [],
        absent: ["市政协农业委第3委员活动 : Meeting", "市政协农业委第3委员活动 held-on 2024-06-05"]),
      ReadingCase(
        text: campaignPublished + "仪式上，县文旅局介绍了2024年“6·8青岚文化日”宣传活动策划情况。",
        expected: [],
        absent: ["2024年“6·8青岚文化日”宣传活动 : Meeting"]),
      ReadingCase(
        text: campaignPublished + "据了解，此次第五期“百园千企”活动项目18个，总投资52亿元。",
        expected: [],
        absent: ["第五期“百园千企”活动 : Meeting"]),
      // 活动 read back to a clause's start with only a marker word (全区, 推进, 全市) and no cue
      // (召开, 举行, 开展, 出席, a day) is a campaign spoken of, no event held.
      ReadingCase(
        text: campaignPublished + "区委常委柳成荫作了点评，希望全区要坚定把“走街巷、讲街巷”活动作为推动基层治理的重要抓手。",
        expected: [],
        absent: ["希望全区要坚定把“走街巷、讲街巷”活动 : Meeting", "“走街巷、讲街巷”活动 : Meeting"]),
      ReadingCase(
        text: campaignPublished + "近年来，青石镇党委积极响应县委统战部推进“三同共建”活动的号召，扎实开展创建工作。",
        expected: [],
        absent: ["青石镇党委积极响应县委统战部推进“三同共建”活动 : Meeting", "推进“三同共建”活动 : Meeting"]),
      ReadingCase(
        text: campaignPublished + "柳成荫强调，全市重点项目现场观摩活动即将展开，各级各部门要高度重视。",
        expected: [],
        absent: ["全市重点项目现场观摩活动 : Meeting"]),
    ])
  func campaignActivity(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "an event held or attended keeps its name",
    arguments: [
      ReadingCase(
        text: campaignPublished + "6月10日，县长贺明川出席青石镇2024年夏季义诊志愿服务活动。",
        expected: ["青石镇2024年夏季义诊志愿服务活动 : Meeting"]),
      ReadingCase(
        text: campaignPublished + "6月10日，青岚县举办重点项目集中签约仪式。",
        expected: ["重点项目集中签约仪式 : Meeting"]),
      // A numbered one read back to the clause's start is still an event.
      ReadingCase(
        text: campaignPublished + "6月10日，全县第二批重点项目集中开工活动在青石镇举行。",
        expected: ["全县第二批重点项目集中开工活动 : Meeting", "全县第二批重点项目集中开工活动 held-on 2024-06-10"]),
      // 活动组织有序: organizing the event (组织), no group of its.
      ReadingCase(
        text: campaignPublished + "6月10日，青岚县举办青石镇第二届乡村文化旅游活动，活动组织有序。",
        expected: ["青石镇第二届乡村文化旅游活动 : Meeting", "青石镇第二届乡村文化旅游活动 held-on 2024-06-10"]),
    ])
  func heldActivity(reading: ReadingCase) throws { try reading.check() }
}
