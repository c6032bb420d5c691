import Testing

/// 某某由甲主办，: the meeting the clause names before 由 is the one its hosts convene, not the
/// article's meeting of the sentences before — forms read on round 28's unlabelled expo and
/// festival news: a named expo after a press conference (首届某某博览会由某县政府主办), and a
/// pointer that goes on with the tail of a festival's name after its opening ceremony (本届某某节
/// 由甲、乙主办: the one meeting of the document whose name ends so).
@Suite("convenes: the meeting named before 由 is the one its hosts convene")
struct MeetingHostedBeforeByTests {
  @Test(
    "召开新闻发布会。…首届某某博览会由某县政府主办, 某某节开幕式举行。本届某某节由甲、乙主办",
    arguments: [
      ReadingCase(
        text: "发布时间：2024-03-05\n3月2日，柳塘县政府召开新闻发布会。"
          + "据悉，首届青禾边界(柳塘)农业博览会由柳塘县政府主办，青禾镇承办。",
        expected: ["柳塘县政府 convenes 首届青禾边界(柳塘)农业博览会"]),
      ReadingCase(
        text: "柳塘县第十一届青禾文化旅游节开幕\n发布时间：2024-05-27\n"
          + "5月26日，柳塘县第十一届青禾文化旅游节开幕式在青禾广场举行。"
          + "本届青禾文化旅游节由青禾市文化和旅游局、柳塘县人民政府主办。",
        expected: [
          "柳塘县人民政府 convenes 柳塘县第十一届青禾文化旅游节",
          "青禾市文化和旅游局 convenes 柳塘县第十一届青禾文化旅游节",
        ],
        absent: ["柳塘县人民政府 convenes 柳塘县第十一届青禾文化旅游节开幕式"]),
    ])
  func hostedBeforeBy(reading: ReadingCase) throws { try reading.check() }
}
