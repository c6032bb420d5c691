import Testing
import TupuGraph
import TupuText

@testable import TupuExtract

@Suite("held-on: the date a sentence gives the meeting it names")
struct MeetingDateTests {
  func heldOn(_ text: String) throws -> [String] {
    let lines = try Fixtures.facts(of: text).filter { $0.contains(" held-on ") }
    return lines.map { $0.replacingOccurrences(of: " held-on ", with: " ") }.sorted()
  }

  @Test(
    "the year comes from the document's date, a year the article says is this year's, or nowhere",
    arguments: [
      ("发布时间：2023-06-21\n6月20日下午，青松区委书记柯立新主持召开区委常委会第5次会议。",
        "区委常委会第5次会议 2023-06-20"),
      // Published in January about a meeting in December: the year before.
      ("发布时间：2024-01-03\n12月30日，青松区委书记柯立新主持召开区委常委会第5次会议。",
        "区委常委会第5次会议 2023-12-30"),
      ("6月20日，青松区委书记柯立新主持召开区委常委会第5次会议。",
        "区委常委会第5次会议 --06-20"),
      // A year the meeting plans for, alone, is the plan's (gold: no year); with 今年 it is the present.
      ("6月20日，青松区委书记柯立新主持召开区委常委会第5次会议，部署2021年工作。",
        "区委常委会第5次会议 --06-20"),
      ("6月20日，青松区委书记柯立新主持召开区委常委会第5次会议，部署2021年工作，确保今年目标完成。",
        "区委常委会第5次会议 2021-06-20"),
      // A target ahead (到2035年, 至2030年) is no present year; a span written in full keeps both
      // its years, so neither is the present one alone (not 2021 for want of the other).
      ("6月20日，青松区委书记柯立新主持召开区委常委会第5次会议，提出到2035年建成现代化新城。",
        "区委常委会第5次会议 --06-20"),
      ("6月20日，青松区委书记柯立新主持召开区委常委会第5次会议，力争至2030年全面完成改造。",
        "区委常委会第5次会议 --06-20"),
      ("6月20日，青松区委书记柯立新主持召开区委常委会第5次会议，总结2021年至2023年工作。",
        "区委常委会第5次会议 --06-20"),
    ])
  func years(text: String, expected: String) throws {
    #expect(try heldOn(text) == [expected])
  }

  @Test("a day whose 日 was dropped before the time of day (2月26上午) is still the day")
  func droppedDayMark() throws {
    #expect(
      try heldOn("更新时间:2018-03-01 10:58:15\n2月26上午，青松县县长柯立新主持召开项目工作例会。")
        == ["项目工作例会 2018-02-26"])
    // A count of months (2月26个) is no date.
    #expect(try heldOn("发布时间：2018-03-01\n会议指出，2月26个项目全部开工。").isEmpty)
  }

  @Test("近日 and 日前 give no date")
  func vague() throws {
    #expect(try heldOn("发布时间：2023-06-21\n近日，青松区委书记柯立新主持召开区委常委会第5次会议。").isEmpty)
  }

  @Test("当天 takes the date the article gave last")
  func sameDay() throws {
    let text = """
      发布时间：2023-06-21
      6月20日上午，青松区委书记柯立新调研青松区创新产业园项目。当天下午，柯立新主持召开区委常委会第5次会议。
      """
    #expect(try heldOn(text) == ["区委常委会第5次会议 2023-06-20"])
  }

  @Test("a meeting only the headline names takes the date of the first sentence that tells of it")
  func headline() throws {
    let text = """
      青松区人大常委会召开第八次会议
      发布时间：2023-06-21
      6月20日，青松区人大常委会召开第八次，区人大常委会主任柯立新出席。
      """
    #expect(try heldOn(text) == ["青松区人大常委会第八次会议 2023-06-20"])
  }

  @Test("结束后 and 会后 carry the day over to the next event")
  func afterwards() throws {
    let text = """
      发布时间：2023-06-21
      6月20日，青松区举行2023年第二批重点项目集中开工仪式。仪式结束后，柯立新一行参加青松区“投产一批”活动。
      """
    #expect(
      try heldOn(text) == [
        "2023年第二批重点项目集中开工仪式 2023-06-20", "青松区“投产一批”活动 2023-06-20",
      ])
  }

  @Test("a meeting whose spirit is studied was not held that day")
  func spirit() throws {
    let text = "发布时间：2023-06-21\n6月20日，青松区委理论学习中心组学习贯彻党的二十大精神。"
    #expect(try heldOn(text).isEmpty)
  }

  @Test("a day during a meeting of many days is not the meeting's date")
  func during() throws {
    let text = "发布时间：2023-06-21\n6月20日，在第五届青松国际博览会期间，青松区委书记柯立新调研青松区创新产业园项目。"
    #expect(try heldOn(text).isEmpty)
  }

  @Test(
    "a meeting of several days is held on its first; 昨天 is the day before the document's date",
    arguments: [
      ("发布时间：2023-06-01\n5月20日至22日，青松区第十届人民代表大会第三次会议在区会议中心召开。",
        "青松区第十届人民代表大会第三次会议 2023-05-20"),
      // The range's end, a day after the document's, is no date of the month before.
      ("发布时间：2023-05-21\n5月20日—22日，青松区第十届人民代表大会第三次会议在区会议中心召开。",
        "青松区第十届人民代表大会第三次会议 2023-05-20"),
      ("发布时间：2023-06-01\n5月31日至6月2日，青松区第十届人民代表大会第三次会议在区会议中心召开。",
        "青松区第十届人民代表大会第三次会议 2023-05-31"),
      // The first day's time of day before the span's mark: the end (28日) is no day of the
      // month before the dateline's.
      ("青松在线讯（记者 柯立新）9月27日下午至28日，青松镇第十三届人民代表大会第一次会议召开。",
        "青松镇第十三届人民代表大会第一次会议 --09-27"),
      ("发布时间：2023-09-29\n9月27日上午至28日，青松镇第十三届人民代表大会第一次会议召开。",
        "青松镇第十三届人民代表大会第一次会议 2023-09-27"),
      ("发布时间：2024-03-01\n昨天，青松区第十届人民代表大会第三次会议在区会议中心开幕。",
        "青松区第十届人民代表大会第三次会议 2024-02-29"),
    ])
  func rangesAndYesterday(text: String, expected: String) throws {
    #expect(try heldOn(text) == [expected])
  }

  @Test("a portal's clock (今天是：) in the header dates nothing; 今天是 in a sentence still does")
  func portalClock() throws {
    let text = """
      您好！欢迎您来到青溪县人民政府门户网站！今天是：
      当前位置：首页
      青溪县举行2022年第二批重点项目集中开工活动
      发布时间：2022-08-17
      8月16日，青溪县举行2022年第二批重点项目集中开工活动。
      """
    #expect(try heldOn(text) == ["2022年第二批重点项目集中开工活动 2022-08-16"])
    #expect(DocumentReading.isPortalClock(Array("今天是：".unicodeScalars), after: 2))
    #expect(!DocumentReading.isPortalClock(Array("今天是新年的第一天".unicodeScalars), after: 2))
  }

  @Test("a page's time stamp to the second, joined to the headline, dates no meeting")
  func pageStamp() throws {
    let stamped = "县政府召开第十二次常务会议 |\nhttp://www.example.cn/2018年12月12日 08:39:48 |\n会议研究了青石大道改造工程。"
    #expect(try heldOn(stamped).isEmpty)
    let timed = "2018年12月12日9:30，县政府召开第十二次常务会议。"
    #expect(try heldOn(timed) == ["县政府第十二次常务会议 2018-12-12"])
  }
}
