import Testing

/// The day a story opens with, in a sentence that sets the scene (the square, the weather), is
/// the day of the event the next sentence names as held there (…开幕式在这里隆重举行, “…纪念大会”
/// 在某酒店隆重举行): forms read on unlabelled festival and society news, where the date and the
/// event's name stand in two sentences.
@Suite("held-on: a scene-setting sentence's day goes to the event held in the next")
struct MeetingDayBeforeItsNameTests {
  @Test(
    "10月24日上午，某广场上…。由甲主办的某开幕式在这里隆重举行; 昨日上午，…。…，某启动仪式，在这里隆重举行; 2019年11月22日，初冬暖日。“某大会”在某酒店隆重举行",
    arguments: [
      ReadingCase(
        text: "第五届青禾文化旅游节开幕式隆重举行\n青禾日报 2015-10-26 23:44\n"
          + "本报讯 10月24日上午，柳塘湖文化广场上红旗招展、人潮涌动。"
          + "由青禾市人民政府主办的第五届青禾文化旅游节开幕式在这里隆重举行。",
        expected: ["第五届青禾文化旅游节开幕式 held-on 2015-10-24"]),
      ReadingCase(
        text: "柳塘旅游文化季拉开帷幕\n2006年9月3日 02:33\n"
          + "【本报讯】昨日上午，柳塘区青禾街道广场上嘉宾云集，游客欢聚一起。"
          + "在欢快的锣鼓声中，2006柳塘旅游文化季暨万家游柳塘活动启动仪式，在这里隆重举行。",
        expected: ["2006柳塘旅游文化季暨万家游柳塘活动启动仪式 held-on 2006-09-02"]),
      ReadingCase(
        text: "青禾省某某学会成立40周年纪念大会在柳塘隆重召开\n\n"
          + "2019年11月22日，初冬暖日，艳阳高照。"
          + "“青禾省某某学会成立40周年纪念大会”在柳塘星河大酒店隆重举行。",
        expected: ["青禾省某某学会成立40周年纪念大会 held-on 2019-11-22"]),
    ])
  func dayBefore(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "a sentence with a time of its own (去年，某节在这里举办) takes no day from the one before; nor does a page's stamp (a date and a clock time) run into a sentence, nor a date before 昨日 no page date placed",
    arguments: [
      ReadingCase(
        text: "柳塘县文化工作会议召开\n\n"
          + "3月5日，柳塘县文化工作会议召开。"
          + "去年，第三届青禾文化旅游节在这里成功举办。",
        expected: ["柳塘县文化工作会议 held-on --03-05"],
        absent: ["第三届青禾文化旅游节 held-on --03-05"]),
      ReadingCase(
        text: "柳塘旅游文化季拉开帷幕\n"
          + "2006年9月3日 02:33 柳塘区人民政府主办 柳塘旅游文化季拉开帷幕 【本报讯】（记者张三明）"
          + "昨日上午，柳塘区青禾街道广场上嘉宾云集，游客欢聚一起。"
          + "在欢快的锣鼓声中，2006柳塘旅游文化季暨万家游柳塘活动启动仪式，在这里隆重举行。",
        expected: [],
        absent: ["2006柳塘旅游文化季暨万家游柳塘活动启动仪式 held-on 2006-09-03"]),
      ReadingCase(
        text: "柳塘旅游文化季拉开帷幕\n"
          + "2006年9月3日 02:33 柳塘区人民政府主办 柳塘旅游文化季拉开帷幕 市领导出席启动仪式,游客开心出游 "
          + "【本报讯】（记者张三明）昨日上午，柳塘区青禾街道广场上嘉宾云集，游客欢聚一起。"
          + "在欢快的锣鼓声中，2006柳塘旅游文化季暨万家游柳塘活动启动仪式，在这里隆重举行。",
        expected: [],
        absent: ["2006柳塘旅游文化季暨万家游柳塘活动启动仪式 held-on 2006-09-03"]),
    ])
  func ownTime(reading: ReadingCase) throws { try reading.check() }
}
