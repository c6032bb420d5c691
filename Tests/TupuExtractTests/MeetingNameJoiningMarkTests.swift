import Testing

/// A meeting's name whose parts are joined by a mark, in forms read on round 27's unlabelled
/// text: a year joined to the name by a dash or a prime (2024—某某展销会, 2023′某某文化节), and the
/// country's brand joined by a middle dot (中国某县·某某揭幕活动). The mark ends nothing: the name
/// begins at the year or at 中国.
private let published = "发布时间：2024-11-21\n"

@Suite("meeting names: a year or 中国 joined by a mark opens the name")
struct MeetingNameJoiningMarkTests {
  @Test(
    "2024—中国·某某展销会暨某某论坛今日开幕, 2023′中国(某某)文化节暨第五届某某博览会开幕式, 中国某某·某某广场揭幕活动一同举行",
    arguments: [
      ReadingCase(
        text: published + "2024—中国·青禾特色农产品展销会暨食品产业论坛今日开幕\n"
          + "11月20日，2024—中国·青禾特色农产品展销会暨食品产业论坛在柳塘广场开幕。",
        expected: ["2024—中国·青禾特色农产品展销会暨食品产业论坛 : Meeting"],
        absent: [
          "—中国·青禾特色农产品展销会暨食品产业论坛 : Meeting",
          "青禾特色农产品展销会暨食品产业论坛 : Meeting",
        ]),
      ReadingCase(
        text: published
          + "今天晚上，2023′中国(柳塘)民俗文化节暨第五届中国(柳塘)农机博览会开幕式在柳塘公园举行。",
        expected: ["2023′中国(柳塘)民俗文化节暨第五届中国(柳塘)农机博览会开幕式 : Meeting"],
        absent: ["中国(柳塘)民俗文化节暨第五届中国(柳塘)农机博览会开幕式 : Meeting"]),
      ReadingCase(
        text: published + "昨日，2024中国青禾国际旅游节在柳塘开幕，中国青禾·星河广场揭幕活动一同举行。",
        expected: ["中国青禾·星河广场揭幕活动 : Meeting"],
        absent: ["星河广场揭幕活动 : Meeting"]),
    ])
  func joiningMark(reading: ReadingCase) throws { try reading.check() }
}
