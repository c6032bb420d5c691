import Testing

/// A meeting the text says is to be held on a day (某博览会将于11月18日至20日举办, 某会议各项筹备
/// 工作均已就绪，将于2月4日上午开幕) takes that day, set ahead of the page: not the day written
/// before its name (the day it was announced), and not the year before the page's when the day
/// falls after the page's date. Forms read on unlabelled county news (a press conference
/// announcing an expo, a congress's preparatory meeting announcing its opening, a yearly
/// meeting's notice, a congress session's date).
@Suite("held-on: a day set ahead for a meeting (将于, 定于)")
struct MeetingSetAheadTests {
  @Test(
    "11月11日，某县政府召开新闻发布会，宣布某博览会将于11月18日至20日举办; 发布时间 2024-02-03 … 某会议各项筹备工作均已就绪，将于2月4日上午开幕; “某大会”定于3月5日召开; 定于1月5日上午召开某会议; 某节将于4月26日开幕 甲出席某发布会",
    arguments: [
      ReadingCase(
        text: "柳塘县召开新闻发布会\n\n"
          + "11月11日，柳塘县政府召开新闻发布会，宣布首届青禾边界（柳塘）农业博览会将于11月18日至20日在柳塘县体育中心举办。",
        expected: ["首届青禾边界（柳塘）农业博览会 held-on --11-18"],
        absent: ["首届青禾边界（柳塘）农业博览会 held-on --11-11"]),
      ReadingCase(
        text: "县第九届人大三次会议举行预备会议\n发布时间:2024年02月03日\n"
          + "2月3日下午，柳塘县第九届人民代表大会第三次会议在县文化中心举行预备会议。"
          + "会议宣布：县九届人大三次会议各项筹备工作均已就绪，将于2月4日上午在县文化中心正式开幕。",
        expected: ["县九届人大三次会议 held-on 2024-02-04"],
        absent: ["县九届人大三次会议 held-on 2023-02-04"]),
      ReadingCase(
        text: "柳塘县政协召开主席会议\n发布时间:2023-12-20\n"
          + "12月18日，柳塘县政协召开九届十二次主席会议。会议决定，“柳塘县政协九届三次会议”定于1月5日召开。",
        expected: ["柳塘县政协九届三次会议 held-on 2024-01-05"],
        absent: ["柳塘县政协九届三次会议 held-on 2023-01-05", "柳塘县政协九届三次会议 held-on --12-18"]),
      ReadingCase(
        text: "柳塘县政协召开主席会议\n发布时间:2023-12-20\n"
          + "会议决定，定于1月5日上午召开柳塘县政协九届三次会议。",
        expected: ["柳塘县政协九届三次会议 held-on 2024-01-05"],
        absent: ["柳塘县政协九届三次会议 held-on 2023-01-05"]),
      ReadingCase(
        text: "青禾第十四届文化旅游周将于4月26日开幕 张三明出席第十四届文化旅游周新闻发布会\n"
          + "【信息时间:2023-04-10 08:29】\n"
          + "4月7日上午，我市召开第十四届文化旅游周新闻发布会。",
        expected: ["第十四届文化旅游周新闻发布会 held-on 2023-04-07"],
        absent: ["第十四届文化旅游周新闻发布会 held-on 2022-04-26", "第十四届文化旅游周新闻发布会 held-on 2023-04-26"]),
    ])
  func setAhead(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "a date before the name with no 将于 after it stays the meeting's (11月11日，某博览会在某地举办); a day after the page's with no 将于 keeps the year before (a page dated 1月3日 about 12月30日)",
    arguments: [
      ReadingCase(
        text: "柳塘县农业博览会开幕\n\n"
          + "11月11日，首届青禾边界（柳塘）农业博览会在柳塘县体育中心举办，展期至11月18日。",
        expected: ["首届青禾边界（柳塘）农业博览会 held-on --11-11"]),
      ReadingCase(
        text: "柳塘县召开年终工作会议\n发布时间:2024-01-03\n"
          + "12月30日，柳塘县召开2023年度年终工作总结会议。",
        expected: ["2023年度年终工作总结会议 held-on 2023-12-30"]),
    ])
  func notSetAhead(reading: ReadingCase) throws { try reading.check() }
}
