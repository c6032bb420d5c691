import Testing

/// Round 28 (pl2): a lake, river or island whose name heads a park's, a scenic area's or a
/// work's name in the article (某某湖湿地公园, 某某岛景区) is a feature of that name; written
/// alone elsewhere in the same article, with no frame around it, it is a Place (landmarks, the
/// rulings). The head's name begins after the place or the county's short form written before
/// it in the longer name; a division written right before the head holds it. Invented names.
@Suite("A feature named at the head of a park's name, written alone elsewhere")
struct FeatureHeadTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Alone after the park's name, as the subject of a sentence.
    Case(
      text: "青荷湖生态公园正式开园。青荷湖是该区最大的人工湖泊,游客可乘船畅游青荷湖。",
      expected: ["青荷湖生态公园 : Place", "青荷湖 : Place"]),
    // Alone before the park's name: the whole article is read first.
    Case(
      text: "游客游览了柳白河后,都称赞柳白河的美景。柳白河湿地公园全长五公里。",
      expected: ["柳白河 : Place", "柳白河湿地公园 : Place"]),
    // The city named before the park is no part of the lake's name.
    Case(
      text: "7月6日,青山市翠鸭湖国家湿地公园游人如织。开园以来,翠鸭湖已成为网红打卡点。",
      expected: ["翠鸭湖 : Place"],
      absent: ["青山市翠鸭湖 : Place"]),
    // A county's short form before it neither (某鱼县 → 某鱼); a town before the lake holds it.
    Case(
      text: "嘉鱼青湖国家湿地公园位于星桥镇青湖,规划总面积五百公顷。",
      expected: ["青湖 : Place", "青湖 located-in 星桥镇"],
      absent: ["嘉鱼青湖 : Place", "嘉鱼 : Place"]),
    // An island after a lake in a scenic area's name is a feature too.
    Case(
      text: "青山县白鹭湖青禾岛景区以青禾岛半岛为支撑,白鹭湖尾水区湖面为纽带。",
      expected: ["白鹭湖 : Place", "青禾岛 : Place"]),
    // No park's name holds it: nothing is read.
    Case(
      text: "游客畅游青荷湖,欣赏环湖风景。",
      expected: [],
      absent: ["青荷湖 : Place"]),
    // A city's short form heading a name qualifies it: 枝江 of 枝江市 is no river.
    Case(
      text: "枝江青湖国家湿地公园位于城郊东北侧。枝江有大湖。",
      expected: [],
      absent: ["枝江 : Place"]),
  ]

  @Test("a feature at the head of a park's name, written alone", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
