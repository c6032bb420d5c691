import Testing

/// Markets that trade (某街道某某农贸市场, 某某菜市场, 某某批发市场) are facilities that stand: a Place,
/// located in the place written before them (the zones ruling). Named by kind words only (标准化农贸市场,
/// 城区农贸市场, 场镇农贸市场) or after a verb that urges a work on (提速镇街农贸市场建设), they name none,
/// and 镇街 (towns and streets together) is no street. Invented names.
@Suite("Markets are places")
struct MarketRound20Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "区人大常委会副主任林晓峰带领代表来到青枫街道柳湾农贸市场调研。",
      expected: ["青枫街道柳湾农贸市场 : Place", "青枫街道柳湾农贸市场 located-in 青枫街道"]),
    Case(
      text: "在石溪菜市场，调研组一行了解了环境卫生管理情况。",
      expected: ["石溪菜市场 : Place"]),
    Case(
      text: "全区28个镇街正常运营的标准化农贸市场共有49个，其中城区农贸市场9个。",
      expected: [],
      absent: ["标准化农贸市场 : Place", "城区农贸市场 : Place"]),
    Case(
      text: "去年以来，全区提速镇街农贸市场建设，部分场镇农贸市场正在改造。",
      expected: [],
      absent: ["提速镇街 : Street", "提速镇街农贸市场 : Place", "场镇农贸市场 : Place", "提速农贸市场 : Place"]),
  ]

  @Test("markets are places; kind words name none", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
