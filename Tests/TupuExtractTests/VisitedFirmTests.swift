import Testing

/// A visit's list of sites may hold firms beside works (先后来到甲港、乙食品科技有限公司、丙创园
/// 等重点项目和企业): an item its own suffix reads as a firm (…公司) is the firm, an Organization,
/// not one of the works. A firm's work named with it (…公司年产…项目) stays a Project. Invented
/// names.
@Suite("Firms in a visit's list of works")
struct VisitedFirmTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "考察团一行先后来到青禾港、星河食品科技有限公司、白石青创园等重点项目和企业,进行实地考察。",
      expected: ["星河食品科技有限公司 : Organization"],
      absent: ["星河食品科技有限公司 : Project"]),
    Case(
      text: "县委常委先后深入到县老年人活动中心、云川汽车城、青禾实业有限公司等重点项目建设工地调研。",
      expected: ["青禾实业有限公司 : Organization"],
      absent: ["青禾实业有限公司 : Project"]),
    // The firm's work, named with the firm, stays a work.
    Case(
      text: "县领导先后察看了青禾港码头工程、星河食品科技有限公司年产5万吨食品加工项目等重点项目。",
      expected: ["星河食品科技有限公司年产5万吨食品加工项目 : Project"]),
  ]

  @Test("a firm in a visit's list of works stays a firm", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
