import Testing

/// An institution (某中心, 某研究院, 某医院) written right before a work's words, or cut off a work
/// that begins with its kind word (中心…项目), is the work's owner named at its head: one work, the
/// institution part of its name. Invented names and figures.
@Suite("Institutions at a work's head")
struct InstitutionWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾县融媒体中心大楼建设项目位于青禾县柳溪镇。",
      expected: ["青禾县融媒体中心大楼建设项目 : Project"],
      absent: ["大楼建设项目 : Project"]),
    Case(
      text: "视察组先后来到青禾新能源研究院一期实验室项目、柳溪县人民医院建设项目等地进行视察。",
      expected: ["青禾新能源研究院一期实验室项目 : Project", "柳溪县人民医院建设项目 : Project"],
      absent: ["院一期实验室项目 : Project"]),
    Case(
      text: "3个项目包括:青禾国际航运技术研究中心及培训中心项目、柳溪镇自来水管道修复工程项目。",
      expected: ["青禾国际航运技术研究中心及培训中心项目 : Project"],
      absent: ["中心及培训中心项目 : Project"]),
    Case(
      text: "他指出,柳溪街道社区卫生服务中心综合楼工程动工建设是一项有力举措。",
      expected: ["柳溪街道社区卫生服务中心综合楼工程 : Project"],
      absent: ["中心综合楼工程 : Project"]),
    // 中心城区: the kind word begins a word of its own, no institution before it.
    Case(
      text: "会议研究中心城区柳溪路改造项目等事项。",
      expected: [],
      absent: ["会议研究中心城区柳溪路改造项目 : Project"]),
    // A quoted work is named by its quotation, not by the school before it.
    Case(
      text: "某基金会出资支持柳溪小学“悦读校园”项目。",
      expected: ["悦读校园项目 : Project"],
      absent: ["柳溪小学悦读校园项目 : Project"]),
    // A body before its own visit is no owner: the work after the verb stands alone.
    Case(
      text: "张三丰到县人民医院调研门诊楼建设项目。",
      expected: ["门诊楼建设项目 : Project"],
      absent: ["县人民医院调研门诊楼建设项目 : Project"]),
  ]

  @Test("an institution at a work's head is part of its name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
