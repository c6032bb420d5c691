import Testing

/// A park (某某产业园, 某某工业园) a visit sees, in a list that does not call its items works, is
/// the standing park, a Place (the zones ruling); a list that calls its items works (等项目现场)
/// keeps it a work. Invented names.
@Suite("Parks a visit sees")
struct StandingParkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "专家组一行深入到青石健康产业园、白云工业园、县党员服务中心进行了实地察看。",
      expected: ["青石健康产业园 : Place", "白云工业园 : Place"],
      absent: ["青石健康产业园 : Project", "白云工业园 : Project"]),
    // Beside a work the list names by its own suffix (大桥), the park still stands.
    Case(
      text: "委员们先后实地观摩了青石健康产业园、白云湖大桥、某某县西部道路更新工程等，详细了解了发展成绩。",
      expected: ["青石健康产业园 : Place", "白云湖大桥 : Project"],
      absent: ["青石健康产业园 : Project"]),
    // 等项目现场: the list calls its items works, the park is one.
    Case(
      text: "委员们先后视察了青石健康产业园、白云湖大桥等项目现场。",
      expected: ["青石健康产业园 : Project", "白云湖大桥 : Project"],
      absent: ["青石健康产业园 : Place"]),
  ]

  @Test("a park a visit sees stands", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
