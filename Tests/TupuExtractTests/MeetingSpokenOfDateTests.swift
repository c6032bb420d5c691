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

@Suite("held-on: a meeting whose speech or spirit a dated sentence studies")
struct MeetingStudiedDateTests {
  @Test(
    "传达学习甲在某座谈会上的讲话: the speech is of another day; the meeting held gets the date",
    arguments: [
      ReadingCase(
        text: published
          + "5月8日下午，县长柯立新主持召开县政府第12次常务会议，传达学习省长在全省民营企业发展座谈会上的讲话。",
        expected: ["县政府第12次常务会议 held-on 2023-05-08"],
        absent: ["全省民营企业发展座谈会 held-on 2023-05-08"]),
      ReadingCase(
        text: published + "5月8日，县委常委会召开第9次会议。\n会议传达了5月6日省委书记讲话精神。\n"
          + "传达学习了柯立新同志在全市乡村振兴工作推进会上的重要讲话。",
        expected: ["全市乡村振兴工作推进会 : Meeting"],
        absent: ["全市乡村振兴工作推进会 held-on 2023-05-06"]),
    ])
  func speech(reading: ReadingCase) throws { try reading.check() }

  @Test("在某开工仪式上，甲宣布开工: the occasion of what the sentence tells keeps its day")
  func occasion() throws {
    try ReadingCase(
      text: published + "5月8日上午，在柳溪县第二批重点项目集中开工仪式上，县长柯立新宣布项目开工。",
      expected: ["柳溪县第二批重点项目集中开工仪式 held-on 2023-05-08"]
    ).check()
  }

  @Test("传达学习某全会、某座谈会和某会议精神: every meeting of the list is studied, not held")
  func listedSpirit() throws {
    try ReadingCase(
      text: published
        + "5月8日，县委常委会召开第9次会议，传达学习省委十二届五次全会、全省民营经济座谈会和市委常委会会议精神。",
      expected: ["省委十二届五次全会 : Meeting", "全省民营经济座谈会 : Meeting"],
      absent: ["省委十二届五次全会 held-on 2023-05-08", "全省民营经济座谈会 held-on 2023-05-08"]
    ).check()
  }
}

@Suite("held-on: a speech at the day's own meeting")
struct MeetingSpeechDayTests {
  @Test("5月8日，甲在某会议上的讲话中指出: no study word, so the meeting is the day's")
  func ownMeeting() throws {
    try ReadingCase(
      text: published + "5月8日，县委书记柯立新在县委常委会第12次会议上的讲话中指出，要加快青松大道建设。",
      expected: ["县委常委会第12次会议 held-on 2023-05-08"]
    ).check()
  }
}
