import Testing

/// In a credit, the words of the trade written against a name or an outlet are no part of a
/// name: an outlet closed by a role (某某新闻记者, 某某网编辑) names nobody, and the 报道 after
/// the last name (通讯员某某某报道) is no character of it. Invented names.
@Suite("Credit words against names in bylines")
struct BylineCreditTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "“育社帮帮团”参与社区治理\n本报讯(白云新闻记者 张明远 通讯员 李光华)近日,活动开展。",
      expected: ["张明远 : Person", "李光华 : Person"],
      absent: ["白云新 : Person", "闻记者 : Person"]),
    Case(
      text: "青禾日报/青禾网讯(记者王建国通讯员赵卿平报道)为深入推进文明实践工作,青禾县白石街道开展活动。",
      expected: ["王建国 : Person", "赵卿平 : Person"],
      absent: ["赵卿 : Person", "平报道 : Person"]),
    Case(
      text: "县长张三明赴乡镇开展项目调研\n\n10月14日,县长张三明率县交通、水利等部门赴白石镇调研。(记者 王健)\n\nN 编辑:石禾网编辑责任编辑:石禾网编辑\n点击排行",
      expected: ["王健 : Person"],
      absent: ["石禾网 : Person"]),
  ]

  @Test("credit words name nobody", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
