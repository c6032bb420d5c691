import Testing

/// Pages whose 月 was lost between month and day (827日 for 8月27日): the date is read back
/// when it fits the document's own date, and never otherwise.
@Suite("a date whose 月 the page lost: 827日上午 read as 8月27日 when the document is dated to the day")
struct MeetingLostMonthDateTests {
  @Test(
    "827日上午, 1110日，: the month and day of a document dated in that month (or the month after)",
    arguments: [
      ReadingCase(
        text: "发布日期：2022-08-28\n827日上午，青石街道召开青石街道8月份党建联席会议。",
        expected: ["青石街道8月份党建联席会议 held-on 2022-08-27"]),
      ReadingCase(
        text: "日期: 2022-11-10\n1110日，区长张三丰主持召开区政府第107次常务会议。",
        expected: ["区政府第107次常务会议 held-on 2022-11-10"]),
      ReadingCase(
        text: "发布日期：2023-01-03\n1230日上午，青石镇召开青石镇年终工作总结会。",
        expected: ["青石镇年终工作总结会 held-on 2022-12-30"]),
    ])
  func lostMonth(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "a count of days or a number that fits no day of the document's month dates nothing",
    arguments: [
      ReadingCase(
        text: "发布日期：2022-08-28\n527日上午，青石街道召开青石街道党建联席会议。",
        expected: ["青石街道党建联席会议 : Meeting"],
        absent: ["青石街道党建联席会议 held-on 2022-05-27"]),
      ReadingCase(
        text: "发布日期：2022-08-28\n830日上午，青石街道召开青石街道党建联席会议。",
        expected: ["青石街道党建联席会议 : Meeting"],
        absent: ["青石街道党建联席会议 held-on 2022-08-30"]),
      ReadingCase(
        text: "8月25日，青石街道召开青石街道党建联席会议，会期共120日，",
        expected: ["青石街道党建联席会议 held-on --08-25"]),
    ])
  func noLostMonth(reading: ReadingCase) throws { try reading.check() }
}
