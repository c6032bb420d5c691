import Testing

/// 路 inside a common word names no road: 路网 (a network of roads: 完成路网项目, 宽阔路网), 销路 (a
/// market: 广开销路), 跑路 (the trips one makes: 让居民少跑路). A road's own name before another word
/// is read as before. Invented names.
@Suite("路 inside a common word")
struct RoadInWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "张三明强调,各业主单位要抢时间,抢进度,确保完成路网项目建设目标。",
      expected: [],
      absent: ["完成路 : Road"]),
    Case(
      text: "星河县四通八达的宽阔路网等,都给代表团留下深刻印象。",
      expected: [],
      absent: ["宽阔路 : Road"]),
    Case(
      text: "企业要抓住订单,广开销路,打出品牌。",
      expected: [],
      absent: ["广开销路 : Road"]),
    Case(
      text: "青禾社区建成党群服务中心,让社区居民少跑路。",
      expected: [],
      absent: ["少跑路 : Road"]),
    // A road named before the network it is part of stays.
    Case(
      text: "青禾路路网改造完成。",
      expected: ["青禾路 : Road"]),
  ]

  @Test("路 inside a common word names no road", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
