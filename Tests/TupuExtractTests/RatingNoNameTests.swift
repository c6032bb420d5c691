import Testing

/// Round 31 (pl5): a rating or a type given to a scenic area or park (国家4A级旅游景区,
/// 国家水利风景区, 第一批省级水利风景区, 国家城市湿地公园, 属水库型水利风景区), followed only by what
/// kind of area it is and closing the name, says what the area was rated, not which area: no
/// Place, whatever place is written before it. A name before the rating (某湖国家湿地公园) is the
/// area's; a name after it (国家4A级旅游景区某村某游览区) begins where the rating ends. Invented
/// names.
@Suite("Ratings of scenic areas and parks are no names")
struct RatingNoNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾湖景区现为国家4A级旅游景区,玉带河风景区属河湖型水利风景区,白鹭谷是国家AAAA级景区。",
      expected: ["青禾湖景区 : Place"],
      absent: [
        "国家4A级旅游景区 : Place", "属河湖型水利风景区 : Place", "河湖型水利风景区 : Place",
        "国家AAAA级景区 : Place",
      ]),
    Case(
      text: "近日,某部公布第十批国家水利风景区,金禾县翠峰水利风景区成功入选。",
      expected: ["金禾县翠峰水利风景区 : Place"],
      absent: ["第十批国家水利风景区 : Place", "国家水利风景区 : Place"]),
    Case(
      text: "白鹭湾湿地获评国家城市湿地公园,成为某某省第一家国家湿地公园,又获评省级水利风景区。",
      expected: [],
      absent: [
        "国家城市湿地公园 : Place", "某某省第一家国家湿地公园 : Place", "省级水利风景区 : Place",
      ]),
    // A rating a name follows stays the boundary that name begins at.
    Case(
      text: "景区保留了大量水利文化,还有国家4A级旅游景区青禾村古汉文化游览区。",
      expected: ["青禾村 : Community"]),
    // A name before the rating is the area's.
    Case(
      text: "游客来到青禾湖国家湿地公园,欣赏湖光山色。",
      expected: ["青禾湖国家湿地公园 : Place"]),
  ]

  @Test("a rating with only a kind after it names no area", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
