import Testing

/// Round 22 forms of facilities named after the place right before them, read from new real
/// text and written again with invented names: a zone's incubator, a street's social-work centre
/// and a road's viewing platform are Places that lie there (Rulings: places inside names); the
/// kind word alone names none.
@Suite("Place facilities, round 22")
struct PlaceFacilityRound21Tests {
  typealias Case = ReadingCase

  static let facilities: [Case] = [
    Case(
      text: "副市长卢明远到青禾经济开发区孵化器调研。",
      expected: ["青禾经济开发区孵化器 : Place", "青禾经济开发区孵化器 located-in 青禾经济开发区"]),
    Case(
      text: "2月5日，柳塘街道邻里社会工作中心启用仪式举行。",
      expected: ["柳塘街道邻里社会工作中心 : Place", "柳塘街道邻里社会工作中心 located-in 柳塘街道"]),
    Case(
      text: "考察团参观了青禾县滨湖大道观景平台。",
      expected: ["滨湖大道观景平台 : Place", "滨湖大道观景平台 located-in 滨湖大道"]),
    // Alone, the kind word says what kind of facility, not which.
    Case(
      text: "该区新建了一批孵化器和观景平台。",
      expected: [],
      absent: ["孵化器 : Place", "观景平台 : Place"]),
    // 社会工作服务中心 stays a body.
    Case(
      text: "柳塘街道社会工作服务中心主任周一鸣介绍了情况。",
      expected: [],
      absent: ["柳塘街道社会工作服务中心 : Place"]),
  ]

  /// 某工业园区物流园建设项目: a zone written in full at the head of a work's name holds the work,
  /// whatever facility the work builds there.
  static let zoneWorks: [Case] = [
    Case(
      text: "周一鸣先后到青禾工业园区物流园建设项目、青禾工业园区创业园建设项目等地实地调研。",
      expected: [
        "青禾工业园区 : Place", "青禾工业园区物流园建设项目 located-in 青禾工业园区",
        "青禾工业园区创业园建设项目 located-in 青禾工业园区",
      ]),
    Case(
      text: "柳塘经济开发区污水处理厂建设项目今日开工。",
      expected: ["柳塘经济开发区污水处理厂建设项目 located-in 柳塘经济开发区"]),
  ]

  @Test("a zone at the head of a work's name holds it", arguments: zoneWorks)
  func zoneWork(_ example: Case) throws { try example.check() }

  @Test("a facility named after its place lies there", arguments: facilities)
  func facility(_ example: Case) throws { try example.check() }
}
