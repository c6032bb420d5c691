import Testing

/// A leader's instruction (要…) speaks of kinds of works and programmes: one work ending in 工程 or
/// 项目 that stands alone there, with no place, body or quoted name of its own, is no work. Works
/// named in a list of key projects, works holding a place, works seen before the instruction and
/// works the instruction is about (X项目要抓紧工期) stay. Invented names and figures.
@Suite("Works spoken of in instructions")
struct InstructedWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "王大山强调,要抓好城乡保洁工程,做好镇村绿化美化。",
      expected: [],
      absent: ["城乡保洁工程 : Project"]),
    Case(
      text: "李明要求,各级各部门要齐心协力,把异地安置搬迁工程建成群众满意工程。",
      expected: [],
      absent: ["异地安置搬迁工程 : Project"]),
    Case(
      text: "他强调:一要提高站位;二要统筹推进美丽集镇建设和宜居村庄项目建设。",
      expected: [],
      absent: ["宜居村庄项目 : Project", "和宜居村庄项目 : Project"]),
    Case(
      text: "张小川指出,要加快进度;要严格工程项目管理,确保施工安全。",
      expected: [],
      absent: ["要严格工程 : Project"]),
    Case(
      text: "会议要求,要加快推进青禾大道、柳溪公园、桐江大桥工程等重点项目建设。",
      expected: ["青禾大道 : Project", "柳溪公园 : Project", "桐江大桥工程 : Project"]),
    Case(
      text: "王大山察看了柳溪镇光明水库除险加固工程,要求要加快进度。",
      expected: ["柳溪镇光明水库除险加固工程 : Project"]),
    Case(
      text: "会议强调,要加快推进柳溪镇光明水库除险加固工程建设。",
      expected: ["柳溪镇光明水库除险加固工程 : Project"]),
    Case(
      text: "王大山指出,一是要做好企业服务;二是青禾机场建设项目要抓紧工期,保证质量。",
      expected: ["青禾机场建设项目 : Project"]),
    Case(
      text: "会议还要求县第二人民医院项目建设要按照时间节点,倒排工期,加快推进。",
      expected: ["县第二人民医院项目 : Project"]),
    Case(
      text: "要千方百计加快项目建设进度,助推青禾湾生态旅游区项目加速发展。",
      expected: ["青禾湾生态旅游区项目 : Project"]),
  ]

  @Test("an instruction names no work by its kind", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
