import Testing

/// A pointer back to the article's meeting before a kind word and a short topic names no meeting
/// anew, in forms read on round 27's unlabelled text: an edition's pointer (本届某某文化节), 该
/// before a topic (出席该专场招商会), and a pointer after a verb completed by 好 (举办好这一次大会).
@Suite("meeting names: a pointer back to the article's meeting names none anew")
struct MeetingPointerBackTests {
  @Test(
    "本届某某文化节正式拉开大幕, 出席该专场招商会, 成功举办好这一次大会",
    arguments: [
      ReadingCase(
        text: "发布时间：2024-03-05\n3月2日，柳塘县第二届乡村文化旅游节在青禾镇开幕。"
          + "随着县长张三明的宣布，本届乡村文化旅游节正式拉开大幕。",
        expected: ["柳塘县第二届乡村文化旅游节 : Meeting"],
        absent: ["本届乡村文化旅游节 : Meeting"]),
      ReadingCase(
        text: "发布时间：2024-05-18\n5月16日，柳塘县第八届青禾专场招商会在柳塘会展中心举行。"
          + "企业家代表近600人齐聚一堂、出席该专场招商会。",
        expected: ["柳塘县第八届青禾专场招商会 : Meeting"],
        absent: ["该专场招商会 : Meeting"]),
      ReadingCase(
        text: "发布时间：2024-04-12\n4月11日，第二届青禾产业协作年会筹备会在柳塘召开。"
          + "会上，区委副书记张三明强调，第二届青禾产业协作年会是我区今年的一件大事，"
          + "成功举办好这一次大会，意义重大、责任重大。",
        expected: [],
        absent: ["好这一次大会 : Meeting", "这一次大会 : Meeting"]),
    ])
  func pointerBack(reading: ReadingCase) throws { try reading.check() }

}
