import Testing

/// A zone, new town, wetland, expressway or estate named right before 建设 is a work being built
/// (the zones ruling), though its name ends in no work's suffix; a kind word with no name of its
/// own, or one inside a body's name, is none. Invented names.
@Suite("Zones named as what is built")
struct BuiltZoneTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "要积极推进园区改革创新，融入青禾自贸区建设，为全区发展增添新动能。",
      expected: ["青禾自贸区 : Project"]),
    Case(
      text: "与会代表就第三批移民安置楼建设、农贸市场改造等情况进行了议事。",
      expected: ["第三批移民安置楼 : Project"]),
    Case(
      text: "会议听取了县人民政府关于白鹭洲湿地建设与保护工作情况的报告。",
      expected: ["白鹭洲湿地 : Project"]),
    Case(
      text: "区政协将选择“文化建设”和“云栖湖新城建设”两个主题召开专题议政会。",
      expected: ["云栖湖新城 : Project"]),
    Case(
      text: "代表们对枫林钢厂改造项目、柳桥高速建设及通车准备情况进行了详细了解。",
      expected: ["柳桥高速 : Project"]),
    // No name of its own before the kind word: a kind of work, not a work.
    Case(
      text: "要加快新城建设，推进全市高速建设，抓好湿地建设与保护。",
      expected: [],
      absent: ["新城 : Project", "全市高速 : Project", "抓好湿地 : Project"]),
    // A clause's verb before the name, with no opening word: no name's start is read.
    Case(
      text: "会议要求：稳妥解决云栖湖新城建设中的个性化问题。",
      expected: [],
      absent: ["稳妥解决云栖湖新城 : Project"]),
    // 建设 inside a body's name: the body, not a work.
    Case(
      text: "随后，王大山来到云栖湖新城建设指挥部视察。",
      expected: [],
      absent: ["云栖湖新城 : Project"]),
    // A work whose name goes on past 建设 (某新城建设项目) is read as that work.
    Case(
      text: "会议研究了云栖湖新城建设项目资金安排。",
      expected: [],
      absent: ["云栖湖新城 : Project"]),
  ]

  @Test("a zone named before 建设 is a work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
