import Testing

/// Events named with their kind word and then 活动 (某巡回赛(某赛段)活动, 某分会场活动), and a
/// community's neighbourhood festival (某社区第三届邻里节).
private let activityPublished = "发布时间：2024-05-21\n"

@Suite("events: 活动 after a name's own kind word, and neighbourhood festivals")
struct EventActivityRound21Tests {
  @Test(
    "活动 after a name that ends in its kind word (a bracketed part between) is no part of it",
    arguments: [
      ReadingCase(
        text: activityPublished + "5月18日，县长贺明川出席环青岚湖自行车巡回赛(松溪赛段)活动。",
        expected: [
          "环青岚湖自行车巡回赛(松溪赛段) : Meeting", "贺明川 attends 环青岚湖自行车巡回赛(松溪赛段)",
        ],
        absent: ["环青岚湖自行车巡回赛(松溪赛段)活动 : Meeting"]),
      ReadingCase(
        text: activityPublished + "5月18日，各成员单位积极参加北苑社区党建联席会活动。",
        expected: ["北苑社区党建联席会 : Meeting"],
        absent: ["北苑社区党建联席会活动 : Meeting"]),
      ReadingCase(
        text: activityPublished + "5月18日，副县长贺明川出席重点项目集中开工仪式石屏分会场活动。",
        expected: ["重点项目集中开工仪式石屏分会场 : Meeting"],
        absent: ["重点项目集中开工仪式石屏分会场活动 : Meeting"]),
      // A name whose kind word is 活动 itself keeps it.
      ReadingCase(
        text: activityPublished + "5月18日，县长贺明川出席2024年春季植树造林志愿服务活动。",
        expected: ["2024年春季植树造林志愿服务活动 : Meeting"]),
    ])
  func activityAfterKind(reading: ReadingCase) throws { try reading.check() }

  @Test("某社区第三届邻里节 is a named event, held on the day its sentence gives")
  func neighbourhoodFestival() throws {
    try ReadingCase(
      text: activityPublished + "5月20日下午，青石镇柳岸社区第三届邻里节在社区广场举办。",
      expected: ["青石镇柳岸社区第三届邻里节 : Meeting", "青石镇柳岸社区第三届邻里节 held-on 2024-05-20"]
    ).check()
  }
}

@Suite("events: a day within an event's 活动期间 is not its date")
struct EventActivityPeriodTests {
  @Test("在某博览会活动期间: the event is named without 活动, and the day is not its date")
  func periodAfterActivity() throws {
    try ReadingCase(
      text: activityPublished + "5月16日，在第九届青岚国际茶叶博览会活动期间，县长贺明川率队考察。",
      expected: ["第九届青岚国际茶叶博览会 : Meeting"],
      absent: ["第九届青岚国际茶叶博览会 held-on 2024-05-16"]
    ).check()
  }
}
