import Testing

/// A meeting the text names only for its spirit (以某全会精神为指导, 传达学习了甲会议、乙会议精神)
/// is a topic: no attendance list and no agenda of the article is its own.
private let published = "发布时间：2024-03-31\n"

@Suite("meetings named for their spirit are topics, not the article's meeting")
struct ConveyedMeetingTests {
  @Test(
    "以某全会精神为指导 … 甲、乙参加: the attendance list is not of the meeting whose spirit guides",
    arguments: [
      ReadingCase(
        text: published
          + "3月12日，市委副书记张三丰到青石区调研。张三丰强调，要以七届九中全会精神为指导，做好各项工作。"
          + "市政府副秘书长李四海、区政府领导王五岳及有关部门负责同志参加。",
        expected: ["七届九中全会 : Meeting"],
        absent: ["李四海 attends 七届九中全会", "王五岳 attends 七届九中全会"])
    ])
  func spiritGuides(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "会议传达学习了某机关、甲会议、乙会议及指示精神…研究了A项目: the article's meeting hears A",
    arguments: [
      ReadingCase(
        text: published
          + "3月12日，县长甘振宇主持召开县政府第29次常务会议。"
          + "会议还传达学习了省政府、市政府廉政工作会议、全市防汛工作电视电话会议及领导批示精神，研究了我县贯彻意见；"
          + "听取了重点工作完成情况汇报，研究了青石镇污水处理厂建设项目用地等事项。",
        expected: [
          "县政府第29次常务会议 reviews 青石镇污水处理厂建设项目",
          "甘振宇 reviews 青石镇污水处理厂建设项目",
        ],
        absent: [
          "市政府廉政工作会议 reviews 青石镇污水处理厂建设项目",
          "全市防汛工作电视电话会议 reviews 青石镇污水处理厂建设项目",
        ])
    ])
  func listPassedOn(reading: ReadingCase) throws { try reading.check() }
}
