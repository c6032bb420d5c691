import Testing

@testable import TupuExtract

@Suite("meetings: where a named event's name starts and ends")
struct MeetingRecognitionTests {
  func meetings(_ text: String) throws -> [String] {
    try Fixtures.facts(of: text).filter { $0.hasSuffix(" : Meeting") }
      .map { String($0.dropLast(" : Meeting".count)) }.sorted()
  }

  @Test("an event named with a list inside keeps its whole name, not the list's last item on")
  func listInsideName() throws {
    let text = """
      发布时间：2023-06-21
      6月20日上午，青松区2023年第二批社会民生、产业升级类项目集中开工活动在青松街道举行，区委书记柯立新出席开工仪式。
      """
    #expect(try meetings(text) == ["青松区2023年第二批社会民生、产业升级类项目集中开工活动"])
  }

  @Test("an event held by bodies named before it (由…主办的) begins after them, and they convene it")
  func heldByBodies() throws {
    let text = "发布时间：2023-06-21\n6月20日，由青松区委宣传部主办的第三届青松文化节开幕式在区体育馆举行。"
    #expect(try meetings(text) == ["第三届青松文化节开幕式"])
    #expect(try Fixtures.facts(of: text).contains("青松区委宣传部 convenes 第三届青松文化节开幕式"))
  }

  @Test("本次 or 此次 anywhere in a name makes it the meeting spoken of again, no new one")
  func spokenOfAgain() throws {
    let text = "发布时间：2023-06-21\n各单位要针对本次视察活动提出的意见认真整改，确保此次专题调研活动取得实效。"
    #expect(try meetings(text).isEmpty)
  }

  @Test("活动由某部门主办 convenes the article's event; 承办 (hosting for another) does not")
  func hostedBy() throws {
    let text = """
      发布时间：2023-06-21
      6月20日，第三届青松文化节开幕式在区体育馆举行。本次活动由青松区委宣传部主办，青松区文联承办。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("青松区委宣传部 convenes 第三届青松文化节开幕式"))
    #expect(!facts.contains("青松区文联 convenes 第三届青松文化节开幕式"))
    let hosted = "发布时间：2023-06-21\n6月20日，由青松区文联承办的第三届青松文化节开幕式在区体育馆举行。"
    #expect(!(try Fixtures.facts(of: hosted)).contains { $0.contains(" convenes ") })
  }
}
