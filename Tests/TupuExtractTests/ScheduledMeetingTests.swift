import Testing

/// A meeting the article's meeting schedules or prepares (决定某大会召开日期, 审议某大会议程) is spoken
/// of, not held: 会议, 主持会议 and 列席会议 further on still mean the article's own meeting.
private let published = "发布时间：2024-09-30\n"

@Suite("meetings scheduled by the article's meeting: spoken of, not the meeting referred back to")
struct ScheduledMeetingTests {
  @Test(
    "会议决定了某大会召开日期, 审议某大会议程(草案); 甲主持会议, 乙列席会议: the chair and those present are the standing committee's",
    arguments: [
      ReadingCase(
        text: published
          + "9月29日，青禾县十五届人大常委会第二十次会议召开。会议决定了县十五届人大四次会议召开日期，审议讨论县十五届人大四次会议议程(草案)。县人大常委会副主任罗安平主持会议。县委副书记、县长邹立新列席会议。",
        expected: [
          "青禾县十五届人大常委会第二十次会议 : Meeting",
          "罗安平 chairs 青禾县十五届人大常委会第二十次会议",
          "邹立新 attends 青禾县十五届人大常委会第二十次会议",
          "青禾县十五届人大常委会第二十次会议 held-on 2024-09-29",
        ],
        absent: [
          "罗安平 chairs 县十五届人大四次会议", "邹立新 attends 县十五届人大四次会议",
          "县十五届人大四次会议 held-on 2024-09-29",
        ])
    ])
  func scheduled(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "某大会在某地召开, 甲主持会议: a meeting said to sit is still the one referred back to",
    arguments: [
      ReadingCase(
        text: published
          + "9月29日，青禾县十五届人大常委会第二十次会议召开。会议听取了有关报告。10月8日，县十五届人大四次会议在县会议中心召开，县人大常委会主任罗安平主持会议。",
        expected: ["罗安平 chairs 县十五届人大四次会议"])
    ])
  func held(reading: ReadingCase) throws { try reading.check() }
}
