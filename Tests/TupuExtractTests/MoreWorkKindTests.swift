import Testing

/// More works and parks named only by their kind: a river basin's upkeep (小流域综合治理), a
/// county's drought-relief water works (重点抗旱水源工程), a park described by what it offers (集纪念、
/// 观光于一体的人文景观公园). None names which work or park; one with a name of its own before the
/// kind (某某河综合治理工程) is read as before. Invented names.
@Suite("More kind-only works and parks")
struct MoreWorkKindTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "张三明先后来到星河镇青禾村等地,实地察看小流域综合治理、星河大道延伸工程推进等情况。",
      expected: ["星河大道延伸工程 : Project"],
      absent: ["小流域综合治理 : Project"]),
    Case(
      text: "青石水库工程也是某某省重点抗旱水源工程,具有防洪、供水、灌溉功能。",
      expected: ["青石水库工程 : Project"],
      absent: ["抗旱水源工程 : Project"]),
    Case(
      text: "青禾公园位于星河镇青禾村,是集纪念、观光、娱乐于一体的人文景观公园。",
      expected: ["青禾公园 : Place"],
      absent: ["人文景观公园 : Place"]),
    Case(
      text: "张三明来到青禾河综合治理工程现场。",
      expected: ["青禾河综合治理工程 : Project"]),
  ]

  @Test("a work or park named only by its kind names none", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
