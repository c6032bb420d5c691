import Testing

/// Where a firm's name starts, read back from its kind word: a time word, a verb, a preposition,
/// a side word (方 of 捐赠方) or a post's verb before the firm's place is no part of its name; a
/// name that begins with a larger place, a group's name or a group's short name keeps it.
/// Invented names.
@Suite("Where a firm's name starts")
struct FirmStartTests {
  typealias Case = ReadingCase

  static let firmStarts: [Case] = [
    Case(
      text: "“如今云南华丰建材有限公司的捐款解了燃眉之急。",
      expected: ["云南华丰建材有限公司 : Organization"],
      absent: ["如今云南华丰建材有限公司 : Organization"]),
    Case(
      text: "感谢疫情期间华药集团黑龙江医疗器械有限公司的支持。",
      expected: ["华药集团黑龙江医疗器械有限公司 : Organization"],
      absent: ["疫情期间华药集团黑龙江医疗器械有限公司 : Organization", "疫情期间华药集团 : Organization"]),
    Case(
      text: "项目捐赠方临沭县宏达机械有限公司是该镇利税大户。",
      expected: ["临沭县宏达机械有限公司 : Organization"],
      absent: ["方临沭县宏达机械有限公司 : Organization"]),
    Case(
      text: "同学们表示，将用实际行动感恩临沂市浙江商会。",
      expected: ["临沂市浙江商会 : Organization"],
      absent: ["用实际行动感恩临沂市浙江商会 : Organization", "浙江商会 : Organization"]),
    Case(
      text: "沿天津海河物流园区投资开发有限公司围墙向西北至雅苑路。",
      expected: ["天津海河物流园区投资开发有限公司 : Organization"],
      absent: ["沿天津海河物流园区投资开发有限公司 : Organization"]),
    Case(
      text: "甘丽华现任华丰金融公司董事长。",
      expected: ["华丰金融公司 : Organization"],
      absent: ["任华丰金融公司 : Organization"]),
    Case(
      text: "1990年，他组织乡亲创办永泰财富集团。",
      expected: ["永泰财富集团 : Organization"],
      absent: ["乡亲创办永泰财富集团 : Organization"]),
    // Names that begin with a larger place, a group or a group's short name keep it.
    Case(
      text: "山东省临沂市宏达机械有限公司捐款五万元。",
      expected: ["山东省临沂市宏达机械有限公司 : Organization"],
      absent: ["临沂市宏达机械有限公司 : Organization"]),
    Case(
      text: "国网黑龙江省电力有限公司捐款五万元。",
      expected: ["国网黑龙江省电力有限公司 : Organization"],
      absent: []),
    Case(
      text: "中国移动江苏公司青石分公司开展志愿服务。",
      expected: ["中国移动江苏公司青石分公司 : Organization"],
      absent: []),
  ]

  @Test("a firm's name begins at its place, its group or a larger place", arguments: firmStarts)
  func firmStart(_ example: Case) throws { try example.check() }
}
