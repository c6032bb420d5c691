import Testing

/// 今天 after a dateline (某网9月16日讯, 某社1月22日电) is the day the story was filed, not the
/// day the page was stamped when it was posted: forms read on round 28's unlabelled festival
/// and session news, where the page's date came a day or ten days after the dateline's.
@Suite("held-on: 今天 after a dateline is the dateline's day")
struct MeetingFiledDayTests {
  @Test(
    "某网9月16日讯 今天晚上…开幕式举行 (page 9月26日), 某在线1月22日讯 今天上午…预备会议 (page 1月23日), across the year's end, the same day",
    arguments: [
      ReadingCase(
        text: "青禾水浒文化节开幕式举行\n2010-09-26 来源：青禾新闻网\n"
          + "青禾新闻网柳塘9月16日讯（记者 张三明） 九月的柳塘，金风送爽。"
          + "今天晚上，2010青禾水浒文化节开幕式在柳塘县体育场隆重举行。",
        expected: ["2010青禾水浒文化节开幕式 held-on 2010-09-16"],
        absent: ["2010青禾水浒文化节开幕式 held-on 2010-09-26"]),
      ReadingCase(
        text: "柳塘县政协十二届一次会议召开预备会议\n2018-01-23 06:22:01 来源：青禾在线\n"
          + "青禾在线1月22日讯（记者 李四海）今天上午，柳塘县政协第十二届委员会第一次会议"
          + "预备会议在县人民会堂举行。",
        expected: ["柳塘县政协第十二届委员会第一次会议预备会议 held-on 2018-01-22"],
        absent: ["柳塘县政协第十二届委员会第一次会议预备会议 held-on 2018-01-23"]),
      ReadingCase(
        text: "柳塘县第三届青禾文化节开幕\n2019-01-02 来源：青禾新闻网\n"
          + "青禾新闻网12月31日讯（记者 张三明）今天上午，柳塘县第三届青禾文化节在青禾广场开幕。",
        expected: ["柳塘县第三届青禾文化节 held-on 2018-12-31"]),
      ReadingCase(
        text: "柳塘县政协十一届四次会议开幕\n2016-01-24 16:19:00 来源：青禾在线\n"
          + "青禾在线1月24日讯（记者 李四海）今天上午，柳塘县政协第十一届委员会第四次会议"
          + "在县人民会堂开幕。",
        expected: ["柳塘县政协第十一届委员会第四次会议 held-on 2016-01-24"]),
    ])
  func filedDay(reading: ReadingCase) throws { try reading.check() }
}
