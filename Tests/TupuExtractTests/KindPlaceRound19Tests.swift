import Testing

/// A park, square or estate named only by what it is for, whom it serves or its size (健康主题公园,
/// 美食广场, 高铁广场, 安置房小区, 文化小广场, 村湾公园), and a kind of site written alone in a list
/// of places visited (超市、农贸市场等地): no place by name. A name of its own before the same kind
/// words (青枫主题公园, 小南湖公园) stays. Invented names.
@Suite("Places named by kind words only")
struct KindPlaceRound19Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "代表们参观了健康主题公园及青枫主题公园。",
      expected: ["青枫主题公园 : Place"],
      absent: ["健康主题公园 : Place"]),
    Case(
      text: "该镇开辟了露营场地、美食广场，村里新建的文化小广场上村民跳起了舞。",
      expected: [],
      absent: ["美食广场 : Place", "文化小广场 : Place"]),
    Case(
      text: "高铁广场旁的安置房小区和新建成的村湾公园里丹桂飘香，小南湖公园位于城东。",
      expected: ["小南湖公园 : Place"],
      absent: ["高铁广场 : Place", "安置房小区 : Place", "村湾公园 : Place"]),
    Case(
      text: "区委书记林朝晖深入社区、村庄、超市、农贸市场等地调研。",
      expected: [],
      absent: ["农贸市场 : Place"]),
  ]

  @Test("places named by kind words only name none", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
