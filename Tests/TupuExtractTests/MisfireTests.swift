import Testing

/// Names the suffix readers must not read where the left edge cut a word (round 9, issue 11).
/// Invented names throughout.
@Suite("Reading no name from a word's leftover and kind words")
struct MisfireTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 省内、外高端医院: 外 is what is left of 省内外; 高端医院 says what kind, not which.
    Case(
      text: "希望华光医院通过对标省内、外高端医院，提升服务。",
      expected: ["华光医院 : Organization"],
      absent: ["外高端医院 : Organization"]),
    // 是所山区寄宿制学校: a school of that kind; the named school keeps its name.
    Case(
      text: "青石县湖光希望小学是所山区寄宿制学校，共有学生百名。",
      expected: ["青石县湖光希望小学 : Organization"],
      absent: ["所山区寄宿制学校 : Organization"]),
    // 为了解决贫困边远乡镇医院…: 决 is what is left of 解决.
    Case(
      text: "此次捐赠是为了解决贫困边远乡镇医院急诊设备问题。", expected: [],
      absent: ["决贫困边远乡镇医院 : Organization"]),
    // A place's own name before the kind words still names the school.
    Case(
      text: "青石县青山乡寄宿制学校今天开学。",
      expected: ["青石县青山乡寄宿制学校 : Organization"]),
    // 各级党委: 各级 is one word; 级 begins no body's name.
    Case(
      text: "青石镇卫生院在各级党委、政府的关心和支持下建成。",
      expected: ["青石镇卫生院 : Organization"],
      absent: ["级党委 : Organization"]),
    // 为了解决: the name begins after 解决, not inside it.
    Case(
      text: "为了解决青山村饮水困难，青石镇启动了饮水工程。",
      expected: ["青山村 : Community"],
      absent: ["决青山村 : Community"]),
    // 有效控制工程造价: an adverb and a verb, no work's name.
    Case(
      text: "要合理有效控制工程造价，确保青溪大桥工程质量。", expected: [],
      absent: ["效控制工程 : Project", "控制工程 : Project"]),
    // 以 (by means of, so as to) before a name is no part of it: not of a meeting's, a school's
    // or a place's.
    Case(
      text: "青石县将着重以民营经济联席会议为抓手推动发展。", expected: [],
      absent: ["青石县将着重以民营经济联席会议 : Meeting", "以民营经济联席会议 : Meeting"]),
    Case(
      text: "林青山捐资十万元，以改善青溪小学的办学条件。",
      expected: ["青溪小学 : Organization"],
      absent: ["以改善青溪小学 : Organization"]),
    Case(
      text: "希望青石县人民医院以新区启用为契机，提升服务。",
      expected: ["青石县人民医院 : Organization"],
      absent: ["以新区 : Place"]),
    // After 各 (each) a kind of body is meant, every one of it, not a body by name; after 各位
    // the words are read as ever.
    Case(
      text: "青石区政府各委办局负责人参加会议。",
      expected: ["青石区政府 : Organization"],
      absent: ["委办局 : Organization"]),
    Case(
      text: "讨论了青石县人大常委会各工作委员会委员的建议名单。",
      expected: ["青石县人大常委会 : Organization"],
      absent: ["工作委员会 : Organization"]),
    Case(
      text: "各位政协常委要密切联系群众。", expected: [],
      absent: ["位政协 : Official"]),
    // 积极促成商会的成立, 进一步健全协会: two characters right after an adverb are the verb it
    // modifies; a place the gazetteer knows or a name after a verb still names the association.
    Case(
      text: "青石县委积极促成商会的成立。",
      expected: ["青石县委 : Organization"],
      absent: ["促成商会 : Organization"]),
    Case(
      text: "要进一步健全协会工作机制，服务会员。", expected: [],
      absent: ["健全协会 : Organization"]),
    Case(
      text: "张三丰积极联系温州商会，对接项目。",
      expected: ["温州商会 : Organization"]),
    Case(
      text: "张三丰积极走访青溪商会，对接项目。",
      expected: ["青溪商会 : Organization"]),
  ]

  @Test("no name from a word's leftover and kind words", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
