import Testing

/// Round 27 (pl1): a river, lake or bay has no suffix of the lexicon's — 河, 湖, 江 and 湾 end
/// common words and given names — so it is read only before a word that only a body of water
/// takes (流域, 之滨, 湖边, 入海口, 生态廊道, 汇合处, 等河道): a Place (landmarks, the rulings). Its
/// name runs back to a boundary; the features joined to it (、, 与) are features too; a division
/// written right before the list holds each of them (a place prefix before a list, the rulings).
/// Invented names.
@Suite("Rivers, lakes and bays before a word that only water takes")
struct WaterFeatureTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "该镇全力打造青荷湖之滨宜居宜业现代小镇。",
      expected: ["青荷湖 : Place"]),
    Case(
      text: "考察组来到星桥村、白庄等翠鸭湖湖边重点村。",
      expected: ["翠鸭湖 : Place"]),
    // The feature before it, written with no comma, is its boundary.
    Case(
      text: "验收组对青山县柳溪河白沙河流域幸福河湖创建工作进行验收。",
      expected: ["白沙河 : Place"],
      absent: ["柳溪河白沙河 : Place", "河白沙河 : Place"]),
    Case(
      text: "园区主要布局为朗水景观带、青锦河生态廊道和南部配套组团。",
      expected: ["青锦河 : Place"]),
    Case(
      text: "产业园就布局于青锦河与白底河汇合处。",
      expected: ["青锦河 : Place", "白底河 : Place"]),
    Case(
      text: "湿地公园紧靠青州湾入海口,总面积四千公顷。",
      expected: ["青州湾 : Place"]),
    // A division before the list holds every feature of it.
    Case(
      text: "走在青山区东柳河、柳白新河等河道两侧可以看到,公示牌已更新。",
      expected: [
        "东柳河 : Place", "柳白新河 : Place", "东柳河 located-in 青山区", "柳白新河 located-in 青山区",
      ]),
    // The article's town written short before the lake is no part of its name.
    Case(
      text: "7月3日,区委书记带队调研青荷镇相关工作。经过长期整治,青荷明湖岸线成为市民休闲的好去处。",
      expected: ["明湖 : Place"],
      absent: ["青荷明湖 : Place"]),
    // Words that end in a feature's character but name none.
    Case(
      text: "要加强沿江两岸和河湖岸线管理,美化河湖环境。",
      expected: [],
      absent: ["沿江 : Place", "河湖 : Place"]),
    // A number of rivers is no name.
    Case(
      text: "位于三江汇合处的青石广场正式开放。",
      expected: [],
      absent: ["三江 : Place"]),
    // No word that only water takes: nothing is read.
    Case(
      text: "李青河同志主持会议,各村党支部书记参加。",
      expected: [],
      absent: ["李青河 : Place"]),
    // Round 28: right after a word a feature is written after (紧邻, 汇入, 流经), closing its
    // clause, with no water frame after it.
    Case(
      text: "湿地公园紧邻青禾河,规划面积两千亩。",
      expected: ["青禾河 : Place"]),
    Case(
      text: "溪水穿过开发区,一路向东汇入白鹭江。",
      expected: ["白鹭江 : Place"]),
    // After the opener, a word for water in general names none; with no opener, nothing is read.
    Case(
      text: "新建绿道紧邻沿河,全长三公里。",
      expected: [],
      absent: ["沿河 : Place"]),
    Case(
      text: "会议由副县长张青河,县委常委李白湖出席。",
      expected: [],
      absent: ["张青河 : Place", "李白湖 : Place"]),
  ]

  @Test("a body of water before a word only water takes", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
