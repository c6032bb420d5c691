import Testing

/// Where a meeting's name begins when a word that introduces it stands right before it, in forms
/// read on round 26's unlabelled text: a photo caption (图为), a wish for its success (预祝) and a
/// reference to it (有关).
private let published = "发布时间：2024-03-31\n"

@Suite("meeting names: a word that introduces the meeting is no part of its name")
struct MeetingNameEdgeRound26Tests {
  @Test(
    "图为某某招商会上举行的签约仪式, 预祝某某活动取得圆满成功, 宣读了区有关某某会议精神",
    arguments: [
      ReadingCase(
        text: published + "图为青禾专场招商会上举行的重点项目签约仪式。",
        expected: ["青禾专场招商会 : Meeting"],
        absent: ["图为青禾专场招商会 : Meeting"]),
      ReadingCase(
        text: published
          + "3月2日，2024青禾旅游文化季启动仪式在柳塘广场举行。区委书记苗远航出席，他预祝2024青禾旅游文化季暨百村游青禾活动取得圆满成功。",
        expected: ["2024青禾旅游文化季暨百村游青禾活动 : Meeting"],
        absent: ["他预祝2024青禾旅游文化季暨百村游青禾活动 : Meeting"]),
      ReadingCase(
        text: published + "3月2日，柳塘镇召开动员会，会上宣读了区有关村(居)两委换届会议精神。",
        expected: ["村(居)两委换届会议 : Meeting"],
        absent: ["区有关村(居)两委换届会议 : Meeting"]),
    ])
  func introducingWord(reading: ReadingCase) throws { try reading.check() }
}
