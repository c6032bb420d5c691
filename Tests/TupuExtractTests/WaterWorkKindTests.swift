import Testing

/// A water work named only by what is done to which kind of water (河道整治工程, 截污纳管工程,
/// 滨河景观工程, 农村生活污水处理工程, 排涝泵站, 河道清淤疏浚工程, 水生态修复) is a kind of work, no
/// work of its own; a reservoir named by its state or where it lies (病险水库, 某公园境内水库) is no
/// reservoir named. A work or reservoir with a name of its own before those words is read as before.
/// Invented names.
@Suite("Kind-only water works")
struct WaterWorkKindTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾河治理工程建设内容包括河道整治工程、截污纳管工程、滨河景观工程等。",
      expected: ["青禾河治理工程 : Project"],
      absent: ["河道整治工程 : Project", "截污纳管工程 : Project", "滨河景观工程 : Project"]),
    Case(
      text: "青禾湿地公园将实施河岸植被恢复、农村生活污水处理工程、湿地植物园建设等。",
      expected: ["青禾湿地公园 : Place"],
      absent: ["农村生活污水处理工程 : Project"]),
    Case(
      text: "新开工建设星河站、青石站等6座排涝泵站;实施青石水库病险加固项目。",
      expected: ["青石水库 : Place"],
      absent: ["排涝泵站 : Project"]),
    Case(
      text: "病险水库是防洪安全的最大隐患。",
      expected: [],
      absent: ["病险水库 : Place"]),
    Case(
      text: "青禾湿地公园境内水库、山塘、浅水湿地构成了生态体系。",
      expected: ["青禾湿地公园 : Place"],
      absent: ["境内水库 : Place"]),
    Case(
      text: "各级河长要加快推进河道整治、水生态修复等重点项目建设。",
      expected: [],
      absent: ["河道整治 : Project", "水生态修复 : Project"]),
    Case(
      text: "该镇积极开展河道清淤疏浚工程。",
      expected: [],
      absent: ["河道清淤疏浚工程 : Project"]),
    // A name of its own before the kind words keeps the work.
    Case(
      text: "视察组来到青鸭湖清淤扩容工程现场。",
      expected: ["青鸭湖清淤扩容工程 : Project"]),
  ]

  @Test("a water work named only by its kind names no work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
