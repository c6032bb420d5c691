import Testing

/// A page that prints its date on a line of its own, in square brackets, under the headline: the
/// line is furniture, so the headline's meeting is dated by the sentence that holds it, not by
/// the page's date joined to the headline.
@Suite("a bracketed date line under a headline is the page's date, not the meeting's")
struct MeetingDateLineTests {
  @Test(
    "【2020年5月7日】 or [2020-05-07] under 区政府召开常务会议: the meeting sat on the day the body says",
    arguments: [
      ReadingCase(
        text: "区政府召开常务会议\n【2020年5月7日】\n5月6日，区长张三丰主持召开区政府常务会议，研究部署近期重点工作。",
        expected: ["区政府常务会议 held-on 2020-05-06"],
        absent: ["区政府常务会议 held-on 2020-05-07"]),
      ReadingCase(
        text: "青石县召开第五次常务会议\n[2020-05-07]\n5月6日，县长李四海主持召开县政府第五次常务会议。",
        expected: ["县政府第五次常务会议 held-on 2020-05-06"],
        absent: ["县政府第五次常务会议 held-on 2020-05-07"]),
    ])
  func bracketedDateLine(reading: ReadingCase) throws { try reading.check() }
}
