import Testing

/// A work, a facility, a body or a division named only by the words that say what kind it is,
/// what grade or what is done to it (农村小微水利建设项目, 国际食品产业园, 广场公园, 学校图书馆,
/// 美化社区, 县域中心镇) names none: what is left once those words are read is nothing. One with a
/// name of its own keeps it. Invented names.
@Suite("Names made only of kind words")
struct KindOnlyNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A list of works started together: two are kinds of rural work, one has a name.
    Case(
      text: "此次集中开工的项目包括青禾镇白石河堤建设项目、农村小微水利建设项目、高标准农田建设项目等。",
      expected: ["青禾镇 : Street", "青禾镇白石河堤建设项目 : Project"],
      absent: ["农村小微水利建设项目 : Project", "高标准农田建设项目 : Project"]),
    Case(
      text: "代表们先后视察了新建水厂项目、星河电子元件项目和工业技改升级扩能项目。",
      expected: ["星河电子元件项目 : Project"],
      absent: ["新建水厂项目 : Project", "工业技改升级扩能项目 : Project"]),
    // A plan's count of works.
    Case(
      text: "规划纲要包括27个专项规划、56个重大课题研究、重大规划项目280个。",
      expected: [],
      absent: ["重大规划项目 : Project"]),
    // Aims a city sets itself, and a kind of office a park sets up.
    Case(
      text: "我市将积极打造国际食品产业园、国际创业小镇等“五个国际”，引进国际化创新创业项目。",
      expected: [],
      absent: ["国际食品产业园 : Project", "国际创业小镇 : Place", "国际化创新创业项目 : Project"]),
    Case(
      text: "园区还通过设立跨境电商运营中心帮助电商从业者开展创业。",
      expected: [],
      absent: ["跨境电商运营中心 : Project"]),
    Case(
      text: "张三明详细了解了青禾村的经济社会建设、村容整洁亮点工程。",
      expected: ["青禾村 : Community"],
      absent: ["村容整洁亮点工程 : Project"]),
    // Parks a district plans, by trade; one with a name of its own stays a work.
    Case(
      text: "全区将规划建设产业转移工业园、传统优势产业园、科技智造产业园。",
      expected: [],
      absent: ["产业转移工业园 : Project", "传统优势产业园 : Project", "科技智造产业园 : Project"]),
    Case(
      text: "张三明调研青禾现代物流产业园建设情况。",
      expected: ["青禾现代物流产业园 : Project"]),
    // Kinds of park, school, library and firm.
    Case(
      text: "白石街道依托文明实践主题公园、广场公园等开展志愿服务活动。",
      expected: ["白石街道 : Street"],
      absent: ["文明实践主题公园 : Place", "广场公园 : Place"]),
    Case(
      text: "星河集团先后注资建成了以星河冠名的学校图书馆，使之成为该地区唯一的农村完全小学。",
      expected: ["星河集团 : Organization"],
      absent: ["学校图书馆 : Organization", "农村完全小学 : Organization"]),
    Case(
      text: "居民委员会、业主委员会、物业管理公司共同参与社区治理。",
      expected: [],
      absent: ["物业管理公司 : Organization"]),
    // What is done to a community, and kinds of village and town.
    Case(
      text: "志愿者们美化社区环境，共同善治社区。",
      expected: [],
      absent: ["美化社区 : Community", "善治社区 : Community"]),
    // A town's zone named by its use keeps its name (现代 is no kind word).
    Case(
      text: "区长钱立新察看了青石镇现代农业园区。",
      expected: ["青石镇现代农业园区 : Place"]),
    Case(
      text: "青禾村入选全省“百村示范工程”首批典型村以来，结合精品村建设打造亮点。",
      expected: ["青禾村 : Community"],
      absent: ["首批典型村 : Community", "精品村 : Community"]),
    Case(
      text: "白石镇作为县域中心镇，工业基础好。",
      expected: ["白石镇 : Street"],
      absent: ["县域中心镇 : Street"]),
  ]

  @Test("kind words alone name nothing", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
