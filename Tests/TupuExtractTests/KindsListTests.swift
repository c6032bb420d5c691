import Testing

/// A list closed by what its items are names kinds, not works or firms, when that closing says
/// so: services (等便民项目), the bodies that own the works (等重点项目业主单位), categories counted
/// (…类、…类4大类), or the topics a firm's report is about (关于甲、乙等企业整体情况). A list of
/// works or firms stays one. Invented names.
@Suite("Lists of kinds")
struct KindsListTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "此外,社区还设立了免费理发、义诊、书法课堂、舞蹈课堂等便民项目。",
      expected: [],
      absent: ["免费理发 : Project", "义诊 : Project", "书法课堂 : Project", "舞蹈课堂 : Project"]),
    Case(
      text: "县长指出,县财政、住建、交通、城投等重点项目业主单位克服困难,推进项目建设。",
      expected: [],
      absent: ["县财政 : Project", "住建 : Project", "城投 : Project"]),
    Case(
      text: "今年的民生实事项目共有教育文体类、医疗卫生类、公共交通类、公共安全类4大类12个项目。",
      expected: [],
      absent: ["公共交通类 : Project", "公共安全类4大类 : Project"]),
    Case(
      text: "考察团听取了各企业负责人关于技术创新、生产工艺、产品研发等企业整体情况的介绍。",
      expected: [],
      absent: ["技术创新 : Organization", "生产工艺 : Organization", "产品研发 : Organization"]),
    // Firms and works listed before their kind stay.
    Case(
      text: "考察团走访了青禾机械、白石新材等企业。",
      expected: ["青禾机械 : Organization", "白石新材 : Organization"]),
    Case(
      text: "县领导先后察看了青禾大道改造工程、白石中学扩建项目等重点项目。",
      expected: ["青禾大道改造工程 : Project", "白石中学扩建项目 : Project"]),
  ]

  @Test("a list closed by what its items are names kinds, not works or firms", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
