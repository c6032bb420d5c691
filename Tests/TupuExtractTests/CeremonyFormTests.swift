import Testing

/// Investment signings, groundbreaking and commissioning ceremonies in forms first read on fresh
/// real text: where a ceremony's name begins, which later words point back to it, who attends.
private let published = "发布时间：2024-03-31\n"

@Suite("ceremonies in forms read on fresh text: names, references, attendees")
struct CeremonyFormTests {
  @Test(
    "某县在某村举行该县第二批重点项目集中开工仪式: the pointer 该县 is no part of the ceremony's name",
    arguments: [
      ReadingCase(
        text: published
          + "近日，青禾县在柳塘乡石桥村举行该县第二批重点项目集中开工仪式，县委副书记、县长苗远航出席仪式。",
        expected: [
          "第二批重点项目集中开工仪式 : Meeting", "苗远航 attends 第二批重点项目集中开工仪式",
          "青禾县 convenes 第二批重点项目集中开工仪式",
        ],
        absent: ["该县第二批重点项目集中开工仪式 : Meeting"]),
      ReadingCase(
        text: published + "3月8日，该区2024年第一季度招商引资项目集中签约仪式在区会议中心举行。",
        expected: ["2024年第一季度招商引资项目集中签约仪式 : Meeting"],
        absent: ["该区2024年第一季度招商引资项目集中签约仪式 : Meeting"]),
    ])
  func pointerBeforeName(reading: ReadingCase) throws { try reading.check() }
}

@Suite("ceremonies: a meeting named again by a few of its words and its kind")
struct CeremonyContractionTests {
  @Test(
    "某县春季项目签约暨招商大会召开，甲、乙参加签约大会: 签约大会 is that meeting again",
    arguments: [
      ReadingCase(
        text: published
          + "4月3日上午，2024年青禾县春季线上项目签约暨招商大会召开。县长苗远航，县委常委、统战部部长柯书岚参加签约大会。",
        expected: [
          "苗远航 attends 2024年青禾县春季线上项目签约暨招商大会",
          "柯书岚 attends 2024年青禾县春季线上项目签约暨招商大会",
        ]),
      // Another meeting's words are no contraction of the article's.
      ReadingCase(
        text: published
          + "4月3日上午，2024年青禾县春季线上项目签约暨招商大会召开。会后，县长苗远航参加全市经济工作大会。",
        expected: [],
        absent: ["苗远航 attends 2024年青禾县春季线上项目签约暨招商大会"]),
    ])
  func contractedName(reading: ReadingCase) throws { try reading.check() }
}

@Suite("ceremonies: who the attending cue lists")
struct CeremonyAttendeeTests {
  @Test(
    "甲主持，乙介绍项目情况，丙，丁等出席开工仪式: 乙's clause says what 乙 does, so the cue lists 丙 and 丁 only",
    arguments: [
      ReadingCase(
        text: published
          + "3月5日，青禾县举行第一批重点项目集中开工仪式。县委副书记柯书岚主持，县委常委、常务副县长苗远航介绍全县集中开工项目情况，县人大常委会主任齐鹤年，副县长甄若水等出席开工仪式。",
        expected: [
          "齐鹤年 attends 第一批重点项目集中开工仪式", "甄若水 attends 第一批重点项目集中开工仪式",
          "柯书岚 chairs 第一批重点项目集中开工仪式",
        ],
        absent: ["苗远航 attends 第一批重点项目集中开工仪式"]),
      // A list with posts between the names, each clause closing on a name, is read whole.
      ReadingCase(
        text: published
          + "3月5日，青禾县举行第一批重点项目集中开工仪式。县人大常委会主任齐鹤年，县政协主席柯书岚，副县长甄若水等出席开工仪式。",
        expected: [
          "齐鹤年 attends 第一批重点项目集中开工仪式", "柯书岚 attends 第一批重点项目集中开工仪式",
          "甄若水 attends 第一批重点项目集中开工仪式",
        ]),
    ])
  func ownClause(reading: ReadingCase) throws { try reading.check() }
}

@Suite("ceremonies: the works a signing lists")
struct CeremonySignedWorksTests {
  @Test("本次共签约甲、乙、丙等13个项目: the first work begins after 共签约")
  func signedList() throws {
    try ReadingCase(
      text: published
        + "据悉，本次共签约青禾药谷、柳塘智能装备生产、石桥冷链物流园等13个项目，计划总投资达45亿元。",
      expected: ["青禾药谷 : Project", "柳塘智能装备生产 : Project"],
      absent: ["本次共签约青禾药谷 : Project", "共签约青禾药谷 : Project"]
    ).check()
  }
}

@Suite("ceremonies: where a signing is held")
struct CeremonyVenueTests {
  @Test(
    "某签约仪式在某国际会展中心举行: a signing's hall is a place; so is a park of firms that hosts",
    arguments: [
      ReadingCase(
        text: published
          + "3月8日，2024年青禾县招商引资项目集中签约仪式在柳塘国际会展中心举行。",
        expected: ["柳塘国际会展中心 : Place"], absent: ["柳塘国际会展中心 : Project"]),
      ReadingCase(
        text: published + "3月8日，青禾县2024年第一批重大项目集中开工仪式在柳塘智造产业园举行。",
        expected: ["柳塘智造产业园 : Place"], absent: ["柳塘智造产业园 : Project"]),
    ])
  func signingVenue(reading: ReadingCase) throws { try reading.check() }
}

@Suite("ceremonies: a zone at the head of its body's name")
struct CeremonyZoneTests {
  @Test("某产业园区党工委书记、管委会主任甲: the zone is a place, its 党工委 a body")
  func zoneOfBody() throws {
    try ReadingCase(
      text: published
        + "3月8日，青禾县举行招商引资项目集中签约仪式。市委常委、青禾现代产业园区党工委书记、管委会主任苗远航出席签约仪式。",
      expected: [
        "青禾现代产业园区 : Place", "青禾现代产业园区党工委 : Organization",
        "苗远航 affiliated-with 青禾现代产业园区党工委",
      ]
    ).check()
  }
}

@Suite("ceremonies: the works a groundbreaking lists")
struct CeremonyListedWorksTests {
  @Test(
    "甲车用精密钢管及汽车零部件、乙半导体芯片等5个重大项目集中开工: 及 before the first comma is inside the first work",
    arguments: [
      ReadingCase(
        text: published
          + "青禾县举行一季度重大项目集中开工仪式。金穗车用精密钢管及汽车零部件、柳塘润科半导体芯片、石桥橡塑新能源冷却管技改等5个重大项目集中开工。",
        expected: ["金穗车用精密钢管及汽车零部件 : Project", "柳塘润科半导体芯片 : Project"],
        absent: ["汽车零部件 : Project"]),
      // 及 before the last item still joins two works.
      ReadingCase(
        text: published
          + "青禾县举行一季度重大项目集中开工仪式。柳塘润科半导体芯片、石桥橡塑新能源冷却管技改及金穗车用精密钢管等3个重大项目集中开工。",
        expected: ["柳塘润科半导体芯片 : Project", "金穗车用精密钢管 : Project"]),
    ])
  func firstWorkWithJi(reading: ReadingCase) throws { try reading.check() }
}
