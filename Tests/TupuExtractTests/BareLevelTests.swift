import Testing

/// A level word (县, 区, 市, 旗) right after a verb, an adverb, the complement 好 or a page label
/// stands alone (the article's own level): the characters before it name no place, and the body's
/// or meeting's name begins at the level. Invented names.
@Suite("Level words after a verb")
struct BareLevelTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 答好 + 市委: the committee answered to, no city 答好市.
    Case(
      text: "要聚焦发展大局，答好市委交给的课题。",
      expected: ["市委 : Organization"],
      absent: ["答好市委 : Organization"]),
    // 落实好 + 县委全会: the plenary of the county's committee.
    Case(
      text: "会议强调，贯彻落实好县委全会精神，是当前的重要任务。",
      expected: ["县委全会 : Meeting"],
      absent: ["好县委全会 : Meeting", "好县 : District"]),
    // 观看 + 区第三次党代会: what was watched, the district's congress.
    Case(
      text: "大家通过视频，观看区第三次党代会开幕盛况。",
      expected: ["区第三次党代会 : Meeting"],
      absent: ["观看区第三次党代会 : Meeting"]),
    // 努力完成 + 旗某届人大某次会议: the goals the session approved.
    Case(
      text: "要加大力度，努力完成旗九届人大四次会议确定的目标。",
      expected: ["旗九届人大四次会议 : Meeting"],
      absent: ["努力完成旗九届人大四次会议 : Meeting"]),
    // A page label before a meeting named with its level: no county 头版县.
    Case(
      text: "第01版：头版县十四届政府第二次全会召开",
      expected: ["县十四届政府第二次全会 : Meeting"],
      absent: ["头版县十四届政府第二次全会 : Meeting", "头版县 : District"]),
    // 践行 + 县委经济工作会议, 负责 + 县政府常务工作: a verb of acting that no name runs over.
    Case(
      text: "这次签约，是践行县委经济工作会议精神的具体实践。",
      expected: ["县委经济工作会议 : Meeting"],
      absent: ["践行县委经济工作会议 : Meeting", "践行县 : District"]),
    Case(
      text: "县委常委、负责县政府常务工作副县长钱立新出席会议。",
      expected: ["县政府 : Organization", "钱立新 title 副县长"],
      absent: ["负责县政府 : Organization", "负责县 : District", "钱立新 affiliated-with 负责县"]),
    // A scope word keeps its meeting's name (全市); a county named in full keeps its name.
    Case(
      text: "会议传达了全市领导干部会议精神，青石县委召开会议。",
      expected: ["全市领导干部会议 : Meeting", "青石县委 : Organization"],
      absent: ["市领导干部会议 : Meeting"]),
  ]

  @Test("a level word after a verb stands alone", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
