import Testing

/// Works named only by what is done to what (污水处理工程, 道路硬化工程, 墙体美化工程, 水泥硬底化巷道
/// 工程, 土石方工程, 环境品质提升工程, 口袋公园改造项目, 校安工程, 民心工程): a kind of village, estate or
/// school work, no project by name (the project-generic list of Ontology/lexicon/words.tupu). The
/// same words after a river, a road or a school name its work; a county's plant named by its level
/// stays. Invented names.
@Suite("Works named by their kind")
struct KindOfWorkRound18Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A town's campaign and a count of villages' works: kinds of work.
    Case(
      text: "青石镇大力实施净化美化工程，重点实施6个村污水处理工程、3个村道路硬化工程，目前土石方工程已经完成。",
      expected: ["青石镇 : Street"],
      absent: [
        "净化美化工程 : Project", "村污水处理工程 : Project", "村道路硬化工程 : Project",
        "土石方工程 : Project",
      ]),
    // A lane's paving and a pocket park's upgrade, named by their kind.
    Case(
      text: "翠湖村村民捐资8万元用于该村水泥硬底化巷道工程，街道将此块空地纳入口袋公园改造项目。",
      expected: ["翠湖村 : Community"],
      absent: ["水泥硬底化巷道工程 : Project", "口袋公园改造项目 : Project"]),
    // The parts of a programme, each a kind of work.
    Case(
      text: "柳溪新城片区项目主要包括环境品质提升工程、教育卫生设施保障工程等五大项目类型。",
      expected: [],
      absent: ["环境品质提升工程 : Project", "教育卫生设施保障工程 : Project"]),
    // Works by whom they please, seen on a visit.
    Case(
      text: "视察组先后深入柳溪公园、翠湖第一中学等点位，实地察看民心工程建设进展情况。",
      expected: ["柳溪公园 : Place"],
      absent: ["民心工程 : Project"]),
    // Named after a river, a road or a school: works by name.
    Case(
      text: "青石县柳溪河污水处理工程、翠湖大道道路硬化工程和翠湖中学教学楼工程顺利完工。",
      expected: [
        "柳溪河污水处理工程 : Project", "翠湖大道道路硬化工程 : Project", "翠湖中学教学楼工程 : Project",
      ]),
    // The county's sewage plant, named by its level.
    Case(
      text: "县长王立新先后察看了县污水处理厂、柳溪工业园等项目。",
      expected: ["县污水处理厂 : Project", "柳溪工业园 : Project"]),
  ]

  @Test("works named by their kind name no project", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
