import Testing

/// A verb written right before a name is no part of it: an award won (先后荣获) or an event
/// carried out (进行) before a meeting's name; a partner taken on (牵手) before a school's, and what
/// else is listed (还有) before a work's. Invented names.
@Suite("Verbs before a name")
struct HeadVerbNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "近年来,青禾村先后荣获云川市第三届“金穗杯”乡村振兴创新大赛一等奖。",
      expected: ["青禾村 : Community"],
      absent: [
        "青禾村先后荣获云川市第三届“金穗杯”乡村振兴创新大赛 : Meeting",
        "先后荣获云川市第三届“金穗杯”乡村振兴创新大赛 : Meeting",
      ]),
    Case(
      text: "12月5日上午,社区进行第一次邻里守望志愿服务活动。",
      expected: [],
      absent: ["社区进行第一次邻里守望志愿服务活动 : Meeting", "进行第一次邻里守望志愿服务活动 : Meeting"]),
    Case(
      text: "晨光公益活动牵手青禾实验中学为白石中学捐赠了800册图书,为白石中学首届读书节开幕营造了书香氛围。",
      expected: ["青禾实验中学 : Organization", "白石中学 : Organization"],
      absent: ["牵手青禾实验中学 : Organization"]),
    Case(
      text: "同期开工的还有青禾创客空间项目、白石镇供水工程等12个项目。",
      expected: ["青禾创客空间项目 : Project"],
      absent: ["还有青禾创客空间项目 : Project"]),
    // A meeting named after its cue keeps its whole name.
    Case(
      text: "11月3日,青禾县第三届农民丰收节在白石镇开幕。",
      expected: ["青禾县第三届农民丰收节 : Meeting"]),
  ]

  @Test("a verb or preposition before a name is no part of it", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
