import Testing

/// Forms counted across the whole read pool (round 8): a dated sentence that names a meeting it
/// does not hold that day.
private let published = "发布时间：2023-05-10\n"

@Suite("held-on: a meeting a dated sentence names without holding it that day")
struct MeetingSpokenOfDateTests {
  @Test(
    "出席某会议的代表们视察了…: the day is the members', within the session, not its date",
    arguments: [
      ReadingCase(
        text: published + "1月4日下午，出席柳溪县第九届人民代表大会第三次会议的全体代表集中视察了县城重点项目。",
        expected: ["柳溪县第九届人民代表大会第三次会议 : Meeting"],
        absent: ["柳溪县第九届人民代表大会第三次会议 held-on 2023-01-04"]),
      ReadingCase(
        text: published + "5月6日下午，出席政协青松县委员会七届二次会议的政协委员们，分两组视察了县重点项目。",
        expected: ["政协青松县委员会七届二次会议 : Meeting"],
        absent: ["政协青松县委员会七届二次会议 held-on 2023-05-06"]),
    ])
  func members(reading: ReadingCase) throws { try reading.check() }

  @Test("the session's own day is still read where the sentence holds it")
  func heldSession() throws {
    try ReadingCase(
      text: published + "5月6日，柳溪县第九届人民代表大会第三次会议开幕，出席会议的代表应到210名。",
      expected: ["柳溪县第九届人民代表大会第三次会议 held-on 2023-05-06"]
    ).check()
  }
}

