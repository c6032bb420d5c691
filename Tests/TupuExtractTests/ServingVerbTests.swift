import Testing

/// Verbs of serving, using and receiving (保障, 利用, 受) begin no name: 服务保障某某集团发展,
/// 牵头利用县某某广场, 受某某委托. Housing for those in need (保障性住房, 保障房) stays the name's
/// own word. Invented names throughout.
@Suite("Serving and using verbs before names")
struct ServingVerbTests {
  typealias Case = ReadingCase

  static let verbs: [Case] = [
    Case(
      text: "会议要求,全力服务保障青岚矿业集团发展。",
      expected: ["青岚矿业集团 : Organization"],
      absent: ["保障青岚矿业集团 : Organization"]),
    Case(
      text: "县交通局要积极对接,保障柳湾驿站项目按既定时间节点建成。",
      expected: ["柳湾驿站项目 : Project"],
      absent: ["保障柳湾驿站项目 : Project"]),
    Case(
      text: "由县委宣传部牵头利用县文化广场上的建筑内部空间设计场馆。",
      expected: [],
      absent: ["利用县文化广场 : Place"]),
    Case(
      text: "城区保障性住房项目加快建设。",
      expected: [],
      absent: ["性住房项目 : Project"]),
  ]

  @Test("保障 and 利用 before a name are no part of it", arguments: verbs)
  func verb(_ example: Case) throws { try example.check() }
}
