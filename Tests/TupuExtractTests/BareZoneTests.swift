import Testing

/// A zone named by its kind alone (高新区, 度假区) names no place, as 开发区 and 经开区 alone
/// already do; its committee (高新区管委会) is still a body. A zone named by its level alone is
/// the county's own zone (县开发区, 县经开区, and so 县高新区), and a zone with a name of its own
/// (青禾高新区, 星河度假区) is read as before. Invented names.
@Suite("Bare zone words")
struct BareZoneTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "高新区管委会主任王五明陪同调研。",
      expected: ["高新区管委会 : Organization"],
      absent: ["高新区 : Place"]),
    Case(
      text: "考察团到高新区和青禾镇考察了星河科技有限公司。",
      expected: ["青禾镇 : Street", "星河科技有限公司 : Organization"],
      absent: ["高新区 : Place"]),
    Case(
      text: "市政协主席张三明带领委员赴青禾市、度假区、星河区视察。",
      expected: ["青禾市 : City"],
      absent: ["度假区 : District", "度假区 : Place"]),
    // The county's zone, named by its level, is a place of the article.
    Case(
      text: "县委书记李四明到县经开区调研。县经开区管委会主任王五明陪同。",
      expected: ["县经开区 : Place", "县经开区管委会 : Organization"]),
    Case(
      text: "县长李四明深入到县高新区、县城东区视察重点项目建设工作。",
      expected: ["县高新区 : Place"],
      absent: ["县高新区区 : District"]),
    // A zone with its own name stays.
    Case(
      text: "李四明到青禾高新区和星河度假区调研。",
      expected: ["青禾高新区 : Place", "星河度假区 : Place"]),
    Case(
      text: "青禾经济开发区管委会主任王五明陪同。",
      expected: ["青禾经济开发区 : Place", "青禾经济开发区管委会 : Organization"]),
  ]

  @Test("a bare zone word names no place", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
