import Testing

@testable import TupuText

/// A newspaper page's header lines: its date (in digits or Chinese numerals), page number and
/// section are furniture, never part of the first headline.
@Suite("newspaper page headers")
struct PageHeaderTests {
  @Test(
    "a page's date line with its page number and section, or in Chinese numerals, is furniture",
    arguments: [
      "松川日报\n2024年3月6日 星期三  第1版  要闻\n县委常委会召开会议\n本报讯 3月5日下午，县委书记邵明远主持召开县委常委会会议。",
      "松川日报\n二〇二四年三月六日 星期三\n县委常委会召开会议\n本报讯 3月5日下午，县委书记邵明远主持召开县委常委会会议。",
    ])
  func pageDateLine(page: String) throws {
    let document = try TextPipeline.read(bytes: Array(page.utf8), path: "page.txt")
    #expect(document.published?.iso == "2024-03-06")
    #expect(document.title == "县委常委会召开会议")
    #expect(!Fixtures.allSentences(document).contains { $0.contains("版") || $0.contains("〇") })
  }

  @Test(
    "a breadcrumb or a newspaper page's label on a line above the headline is no part of it",
    arguments: [
      "首页 > 新闻中心 > 政府会议\n\n青石县政府召开第5次常务会议\n\n3月5日下午，县长张三丰主持召开县政府第5次常务会议，研究有关工作。",
      "第01版:头版\n\n青石县政府召开第5次常务会议\n\n本报讯 3月5日下午，县长张三丰主持召开县政府第5次常务会议，研究有关工作。",
      "青石镇>正文\n青石县政府召开第5次常务会议\n3月5日下午，县长张三丰主持召开县政府第5次常务会议，研究有关工作。",
    ])
  func furnitureAboveHeadline(page: String) throws {
    let document = try TextPipeline.read(bytes: Array(page.utf8), path: "page.txt")
    #expect(document.title == "青石县政府召开第5次常务会议")
    #expect(Fixtures.allSentences(document).contains("青石县政府召开第5次常务会议"))
  }
}
