import Testing

/// 传达全省县域某某会议精神, 开展全县政协委员工作室某某视察活动: a scope (全省, 全市, 全县) written
/// right before a word that begins with a level character (县域, 区域, 县政协) opens the meeting's
/// name. The scope is no verb or adverb before a bare level — the level does not stand alone as
/// the article's own, and the name keeps the scope. A scope before a word that begins with no
/// level character already stayed in the name (全省乡村特色产业工作会议).
@Suite("Meeting names: a scope right before a word that begins with a level character stays in the name")
struct MeetingScopeBeforeLevelTests {
  @Test(
    "传达学习全省县域某某会议精神, 全市区域某某推进会议, 县政协开展全县政协委员工作室某某视察活动; 全省乡村某某会议 unchanged",
    arguments: [
      ReadingCase(
        text: "发布时间：2024-05-18\n5月14日下午，张三明主持召开县政府第6次常务会议，传达学习"
          + "全省县域特色产业发展工作会议精神。",
        expected: ["全省县域特色产业发展工作会议 : Meeting"],
        absent: ["县域特色产业发展工作会议 : Meeting"]),
      ReadingCase(
        text: "发布时间：2024-09-08\n9月6日，李四华主持召开区政府第81次常务会议，深入学习贯彻"
          + "全市区域茶产业协作推进会议精神。",
        expected: ["全市区域茶产业协作推进会议 : Meeting"],
        absent: ["区域茶产业协作推进会议 : Meeting"]),
      ReadingCase(
        text: "发布时间：2017-09-25\n9月15日至22日，青禾县政协开展全县政协委员工作室集中视察活动。",
        expected: ["全县政协委员工作室集中视察活动 : Meeting"],
        absent: ["县政协委员工作室集中视察活动 : Meeting"]),
      ReadingCase(
        text: "发布时间：2024-05-18\n5月14日下午，张三明主持召开县政府第6次常务会议，传达学习"
          + "全省乡村特色产业工作会议精神。",
        expected: ["全省乡村特色产业工作会议 : Meeting"]),
    ])
  func scopeOpensName(reading: ReadingCase) throws { try reading.check() }
}
