import Testing

/// Facts of forms whose misreadings were general causes on fresh real text (round 13): a review cue
/// inside a research body's name, a company's party posts, a session's executive chairs.
private let published = "发布时间：2024-03-31\n"

@Suite("review cues inside names, company party posts, executive chairs")
struct FactsRound13Tests {
  @Test(
    "某技术研究中心及培训中心项目: 研究 inside a research body's name is no cue of the ceremony",
    arguments: [
      ReadingCase(
        text: published
          + "7月18日上午，青石县重点项目集中开工仪式在青禾产业园举行，县长李四海主持仪式。"
          + "3个项目包括：青石国际农业技术研究中心及培训中心项目、青石镇自来水管道修复工程项目。"
          + "副县长王五岳介绍了青石国际农业技术研究中心及培训中心项目的基本情况。",
        expected: [],
        absent: [
          "青石县重点项目集中开工仪式 reviews 青石镇自来水管道修复工程项目",
          "李四海 reviews 青石镇自来水管道修复工程项目",
        ]),
      // 研究 before a word that only begins with a kind word is still the meeting's cue.
      ReadingCase(
        text: published
          + "3月12日，县长甘振宇主持召开县政府第29次常务会议。会议研究中心城区青石路改造项目等事项。",
        expected: ["县政府第29次常务会议 reviews 中心城区青石路改造项目"]),
    ])
  func cueInsideResearchBody(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "某集团党委委员、副总经理甲: a company's party post makes its holder an Official",
    arguments: [
      ReadingCase(
        text: published
          + "3月12日，青禾控股集团党委委员、副总经理李四海，青木集团有限公司党委书记、董事长王五岳出席仪式。",
        expected: [
          "李四海 : Official", "李四海 title 党委委员", "李四海 affiliated-with 青禾控股集团",
          "王五岳 : Official", "王五岳 title 党委书记",
          // The company's post titles an Official of its party committee too (the read sets' gold).
          "李四海 title 副总经理", "王五岳 title 董事长",
        ],
        absent: ["李四海 : Person"]),
      // A company's own posts alone leave a Person.
      ReadingCase(
        text: published + "3月12日，青禾控股集团副总经理李四海出席仪式。",
        expected: ["李四海 : Person"]),
    ])
  func companyPartyPost(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "大会执行主席甲、乙、丙: each holds the title; no body named before is theirs",
    arguments: [
      ReadingCase(
        text: published
          + "3月12日，青石县第八届人民代表大会第五次会议开幕。县人大常委会主任赵六合出席。"
          + "大会执行主席张三丰、李四海、王五岳在主席台就座。大会由主席团常务主席、执行主席张三丰主持。",
        expected: ["张三丰 title 执行主席", "李四海 title 执行主席", "王五岳 title 执行主席"],
        absent: [
          "张三丰 title 主席", "张三丰 affiliated-with 青石县人大常委会",
          "李四海 affiliated-with 青石县人大常委会",
        ])
    ])
  func executiveChairs(reading: ReadingCase) throws { try reading.check() }
}
