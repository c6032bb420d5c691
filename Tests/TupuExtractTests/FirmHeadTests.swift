import Testing

/// Round 23: a firm written by its short name and its trade (某某木业, 某某物流), with no 公司
/// after it, is named as a firm where its head follows (负责人, 相关负责人, 董事长) and it stands
/// after a place written in full or as an item of a list of bodies. A field's head (冷链物流负责人)
/// names no firm; the name right after a firm's bare head is its Person. Invented names.
@Suite("Short firm names before their heads")
struct FirmHeadTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "4月6日上午,青河县柳湾镇恒昌木业负责人将一车方便面送到村委会。",
      expected: ["青河县柳湾镇恒昌木业 : Organization", "柳湾镇 : Street"]),
    Case(
      text: "青河县慈善总会、青河县民政局和丰泽物流相关负责人参加捐赠仪式。",
      expected: ["丰泽物流 : Organization", "青河县慈善总会 : Organization"]),
    Case(
      text: "6月2日上午,瑞康水产负责人来到村里慰问老人。",
      expected: ["瑞康水产 : Organization"]),
    Case(
      text: "江城市瑞康水产董事长出席签约仪式。",
      expected: ["江城市瑞康水产 : Organization"]),
    // A field's head: no place written in full, no list of bodies before it.
    Case(
      text: "全县冷链物流负责人参加培训,区商务局组织电商物流负责人座谈。大型商超及生鲜超市负责人到场,他是当地餐饮负责人。",
      expected: [],
      absent: [
        "冷链物流 : Organization", "全县冷链物流 : Organization", "电商物流 : Organization",
        "生鲜超市 : Organization", "当地餐饮 : Organization", "他是当地餐饮 : Organization",
      ]),
    // Beside a firm named with its suffix in a list of a visit.
    Case(
      text: "调研组深入恒昌实业、瑞丰钢结构公司车间察看生产线。",
      expected: ["恒昌实业 : Organization", "瑞丰钢结构公司 : Organization"]),
    Case(
      text: "一行先后走访了青河县人民医院、青禾集团、乐万家超市和锦绣花园。",
      expected: ["乐万家超市 : Organization"]),
    Case(
      text: "要大力发展商贸物流和青禾物流有限公司。",
      expected: ["青禾物流有限公司 : Organization"],
      absent: ["商贸物流 : Organization", "发展商贸物流 : Organization"]),
    // A firm written with its suffix stays as it was.
    Case(
      text: "青河县恒昌木业有限公司负责人出席。",
      expected: ["青河县恒昌木业有限公司 : Organization"],
      absent: ["青河县恒昌木业 : Organization"]),
    // The head named right after a short firm is its Person (no title); only the first name,
    // and no name where a verb follows the head.
    Case(
      text: "瑞康水产负责人柯文彬和闻讯赶来的村干部握手。",
      expected: ["柯文彬 : Person", "柯文彬 affiliated-with 瑞康水产"],
      absent: ["闻讯 : Person", "柯文彬 : Official"]),
    Case(
      text: "江城市瑞康水产董事长柯文彬出席签约仪式。",
      expected: ["柯文彬 : Person", "柯文彬 affiliated-with 江城市瑞康水产"],
      absent: ["柯文彬 : Official"]),
    Case(
      text: "上午,恒昌木业负责人将一车方便面送到村里,丰泽物流相关负责人到场。",
      expected: ["恒昌木业 : Organization"],
      absent: ["将一车 : Person", "将一 : Person"]),
    // A field's head, no firm: no Person either.
    Case(
      text: "全县冷链物流负责人柯文彬参加培训。",
      expected: [],
      absent: ["柯文彬 affiliated-with 全县冷链物流", "柯文彬 affiliated-with 冷链物流"]),
  ]

  @Test("short firm names before their heads", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
