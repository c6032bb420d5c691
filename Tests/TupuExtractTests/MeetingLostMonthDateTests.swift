import Testing

/// Pages whose 月 was lost between month and day (827日 for 8月27日): the date is read back
/// when it fits the document's own date, and never otherwise.
@Suite("a date whose 月 the page lost: 827日上午 read as 8月27日 when the document is dated to the day")
struct MeetingLostMonthDateTests {
  @Test(
    "827日上午, 1110日，: the month and day of a document dated in that month (or the month after)",
    arguments: [
      ReadingCase(
        text: "发布日期：2022-08-28\n827日上午，青石街道召开青石街道8月份党建联席会议。",
        expected: ["青石街道8月份党建联席会议 held-on 2022-08-27"]),
      ReadingCase(
        text: "日期: 2022-11-10\n1110日，区长张三丰主持召开区政府第107次常务会议。",
        expected: ["区政府第107次常务会议 held-on 2022-11-10"]),
      ReadingCase(
        text: "发布日期：2023-01-03\n1230日上午，青石镇召开青石镇年终工作总结会。",
        expected: ["青石镇年终工作总结会 held-on 2022-12-30"]),
    ])
  func lostMonth(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "a count of days or a number that fits no day of the document's month dates nothing",
    arguments: [
      ReadingCase(
        text: "发布日期：2022-08-28\n527日上午，青石街道召开青石街道党建联席会议。",
        expected: ["青石街道党建联席会议 : Meeting"],
        absent: ["青石街道党建联席会议 held-on 2022-05-27"]),
      ReadingCase(
        text: "发布日期：2022-08-28\n830日上午，青石街道召开青石街道党建联席会议。",
        expected: ["青石街道党建联席会议 : Meeting"],
        absent: ["青石街道党建联席会议 held-on 2022-08-30"]),
      ReadingCase(
        text: "8月25日，青石街道召开青石街道党建联席会议，会期共120日，",
        expected: ["青石街道党建联席会议 held-on --08-25"]),
    ])
  func noLostMonth(reading: ReadingCase) throws { try reading.check() }
}

/// A headline's meeting waits for the first dated sentence; a meeting that sentence only speaks
/// of (its spirit studied) does not stop the wait, one it holds does.
@Suite("the headline's meeting is dated past a meeting the first sentence only speaks of")
struct HeadlineMeetingPastSpokenOfTests {
  @Test("传达了某推进会精神 in the dated sentence: the headline's meeting takes the date")
  func spiritSpokenOf() throws {
    try ReadingCase(
      text: "发布日期：2023-06-30\n县政府召开2023年第4次常务会议\n2月17日下午，县长张三丰主持召开县政府2023年第4次常务会，传达了全市青石河流域治理推进会精神，听取了春耕工作汇报。",
      expected: ["2023年第4次常务会议 held-on 2023-02-17"],
      absent: ["全市青石河流域治理推进会 held-on 2023-02-17"]
    ).check()
  }

  @Test("出席某推进会 in the dated sentence: that meeting is the one held, the headline's waits on")
  func otherMeetingHeld() throws {
    try ReadingCase(
      text: "发布日期：2023-06-30\n县政府召开2023年第4次常务会议\n2月17日下午，县长张三丰出席全市青石河流域治理推进会，听取了春耕工作汇报。",
      expected: ["全市青石河流域治理推进会 held-on 2023-02-17"],
      absent: ["2023年第4次常务会议 held-on 2023-02-17"]
    ).check()
  }
}

/// 今天, 昨天 and 去年 say which day they mean through the document's own date: a dateline with
/// no year (某网3月7日讯) serves as well as a published date.
@Suite("今天 and 昨天 after a dateline with no year; 去年 before a month and day")
struct RelativeDayDateTests {
  @Test(
    "某网3月7日讯 今天上午 / 昨天上午: the dateline's day, or the day before it",
    arguments: [
      ReadingCase(
        text: "青石网3月7日讯 今天上午，青石县召开2023年春季植树动员会。",
        expected: ["2023年春季植树动员会 held-on 2023-03-07"]),
      ReadingCase(
        text: "青石网3月1日讯 昨天上午，青石县召开青石县春季植树动员会。",
        expected: ["青石县春季植树动员会 held-on --02-28"]),
    ])
  func datelineDay(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "去年12月28日: the year before the document's; with no year of the document's, no date",
    arguments: [
      ReadingCase(
        text: "发布时间：2023-03-10\n去年12月28日下午，青石县召开青石县年终工作总结会。",
        expected: ["青石县年终工作总结会 held-on 2022-12-28"]),
      ReadingCase(
        text: "去年12月28日下午，青石县召开青石县年终工作总结会。",
        expected: ["青石县年终工作总结会 : Meeting"],
        absent: ["青石县年终工作总结会 held-on --12-28"]),
    ])
  func lastYear(reading: ReadingCase) throws { try reading.check() }
}

/// Of several years an undated article states, the one it says 是 (2018年是…之年) is the present;
/// a year said to be past (刚刚过去的2017年是…) is not.
@Suite("a year the article calls past is not the present year a meeting's day takes")
struct PastYearNotPresentTests {
  @Test(
    "刚刚过去的2017年是… gives not its year (the other year stated, 2018年, is then the only one, and a plan's: no year); 2018年是… gives its own",
    arguments: [
      ReadingCase(
        text: "2月10日上午，青石镇举行青石镇新春企业家座谈会。张三丰说，刚刚过去的2017年是我镇发展取得突破的一年。2018年，镇党委政府将继续奋进。",
        expected: ["青石镇新春企业家座谈会 held-on --02-10"],
        absent: ["青石镇新春企业家座谈会 held-on 2017-02-10", "青石镇新春企业家座谈会 held-on 2018-02-10"]),
      ReadingCase(
        text: "2月10日上午，青石镇举行青石镇新春企业家座谈会。张三丰说，刚刚过去的2017年是我镇发展取得突破的一年。今年，镇党委政府将继续奋进，2018年的任务更重。",
        expected: ["青石镇新春企业家座谈会 held-on 2018-02-10"]),
      ReadingCase(
        text: "2月10日上午，青石镇举行青石镇新春企业家座谈会。张三丰说，2018年是我镇攻坚之年，2017年取得的成绩可喜。",
        expected: ["青石镇新春企业家座谈会 held-on 2018-02-10"]),
      // The only year the article states, said to be past, is not the present either.
      ReadingCase(
        text: "2月10日上午，青石镇举行青石镇新春企业家座谈会。张三丰说，在刚刚过去的2017年，全镇上下负重前行。",
        expected: ["青石镇新春企业家座谈会 held-on --02-10"],
        absent: ["青石镇新春企业家座谈会 held-on 2017-02-10"]),
    ])
  func pastYear(reading: ReadingCase) throws { try reading.check() }
}

/// A year that opens a span up to now or dates a founding (从2010年至今, 自2006年成立,
/// 成立于2006年) is not the present year an undated meeting's day takes; nor is the one year a
/// report, a plan or an appraisal is about (关于2017年上半年…的报告, 研究2026年度重点项目安排)
/// unless the article speaks of 今年 too (2012年度工作安排。今年，…).
@Suite("a year that opens a span up to now is not the present year a meeting's day takes")
struct SpanStartYearNotPresentTests {
  @Test(
    "从2010年至今, 自2006年成立, 成立于2006年 give no year; a report's or plan's year alone gives none, with 今年 its own",
    arguments: [
      ReadingCase(
        text: "5月21日上午，青石村举行青石村爱心助学发放仪式。张三丰从2010年至今每年资助贫困学生。",
        expected: ["青石村爱心助学发放仪式 held-on --05-21"],
        absent: ["青石村爱心助学发放仪式 held-on 2010-05-21"]),
      ReadingCase(
        text: "10月25日上午，青石县慈善基金会捐资助学发放仪式在青石中学举行。该基金会自2006年成立，已连续资助十一年。",
        expected: ["青石县慈善基金会捐资助学发放仪式 held-on --10-25"],
        absent: ["青石县慈善基金会捐资助学发放仪式 held-on 2006-10-25"]),
      ReadingCase(
        text: "10月26日，张三丰出席了青石中学新校区捐建签约仪式。青石经济开发区成立于2006年。",
        expected: ["青石中学新校区捐建签约仪式 held-on --10-26"],
        absent: ["青石中学新校区捐建签约仪式 held-on 2006-10-26"]),
      ReadingCase(
        text: "7月16日，青石县人大常委会召开第二十八次会议，听取和审议县人民政府关于2017年上半年财政预算执行情况的报告。",
        expected: ["青石县人大常委会第二十八次会议 held-on --07-16"],
        absent: ["青石县人大常委会第二十八次会议 held-on 2017-07-16"]),
      ReadingCase(
        text: "2月3日，青石区区长张三丰主持召开区政府常务会议，研究2026年度区级重点项目安排。",
        expected: ["区政府常务会议 held-on --02-03"],
        absent: ["区政府常务会议 held-on 2026-02-03"]),
      ReadingCase(
        text: "2月8日上午，青石区政府区政协年度工作座谈会召开。张三丰通报了区政协2012年度主要工作安排。今年，区政协将围绕两个课题开展调研。",
        expected: ["青石区政府区政协年度工作座谈会 held-on 2012-02-08"]),
      // A meeting held with it names its year: that year is the present one.
      ReadingCase(
        text: "9月30日上午，青石区召开区政府全体会议暨项目推进会，同时召开区安全生产委员会2025年第四次会议。",
        expected: ["区政府全体会议暨项目推进会 held-on 2025-09-30"]),
    ])
  func spanStart(reading: ReadingCase) throws { try reading.check() }
}

/// The day the sentence before opened with carries to an event the next sentence says was held
/// or attended, unless that sentence gives itself another time (在过去的一年, 今年以来).
@Suite("a day carried from the sentence before stops at a sentence with a time of its own")
struct CarriedDayOwnTimeTests {
  @Test("在过去的一年，我县成功举办某节: the report's past year, not the session's day")
  func pastYearReported() throws {
    try ReadingCase(
      text: "发布时间：2023-01-16\n1月15日，青石县第十六届人民代表大会第四次会议开幕。张三丰在政府工作报告中说，在过去的一年，我县成功举办第九届青石茶文化节。",
      expected: [
        "青石县第十六届人民代表大会第四次会议 held-on 2023-01-15", "第九届青石茶文化节 : Meeting",
      ],
      absent: ["第九届青石茶文化节 held-on 2023-01-15"]
    ).check()
  }

  @Test("县领导出席了某现场会 (no time of its own): the day carries")
  func dayCarries() throws {
    try ReadingCase(
      text: "发布时间：2023-03-30\n3月28日，青石县12个项目集中开工。县领导张三丰、李四光出席了青石县重点项目集中开工现场会。",
      expected: ["青石县重点项目集中开工现场会 held-on 2023-03-28"]
    ).check()
  }
}
