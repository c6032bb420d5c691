import Testing

/// 在A、B、C等地，代表团深入企业或项目现场…: a clause opening on 在 whose list the words after it
/// call places (等地, 等处) frames the sites of the visit told after it, as 在A、B现场 does. The
/// visit's leaders — named in the clause after the frame, or carried from the sentence that
/// says who leads the team — review the works of the list; its firms, bodies and places stay
/// what they are and review nothing. Invented names.
@Suite("A visit's sites framed by 在…等地")
struct PlacesListFrameTests {
  typealias Case = ReadingCase

  static let framed: [Case] = [
    // An unnamed team after the frame: its leader, named in the sentence before, reviews.
    Case(
      text: "3月1日，县委书记张三明率某某县党政代表团赴某某市考察。"
        + "在星河药用辅料股份有限公司、青禾新材料项目、绿源科技体外诊断试剂项目、某某市高质量发展研究院等地，"
        + "代表团深入企业或项目现场，了解重点项目建设情况。",
      expected: ["张三明 reviews 青禾新材料项目", "张三明 reviews 绿源科技体外诊断试剂项目"],
      absent: [
        "张三明 reviews 星河药用辅料股份有限公司", "张三明 reviews 某某市高质量发展研究院",
      ]),
    // The leader named right after the frame; 等处 as 等地.
    Case(
      text: "在青禾新材料项目、绿源科技体外诊断试剂项目等处，县长李四海详细询问了项目建设进度。",
      expected: ["李四海 reviews 青禾新材料项目", "李四海 reviews 绿源科技体外诊断试剂项目"]),
  ]

  /// A frame of places only gives no reviews.
  static let placesOnly: [Case] = [
    Case(
      text: "县长李四海调研乡村振兴工作。在某某镇青山村、某某镇白水村等地，李四海与村民亲切交谈。",
      expected: [],
      absent: ["李四海 reviews 青山村", "李四海 reviews 白水村"])
  ]

  @Test("在…等地 frames the works a visit sees", arguments: framed)
  func framedCase(_ example: Case) throws { try example.check() }

  @Test("a frame of places alone reviews nothing", arguments: placesOnly)
  func placesOnlyCase(_ example: Case) throws { try example.check() }
}
