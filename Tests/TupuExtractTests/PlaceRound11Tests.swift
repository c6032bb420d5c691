import Testing

/// Places in round 11, each with invented names: a verb of rebuilding, fitting out or following
/// up, or a verb with the particle 着, opens no place's or work's name (重建某小区道路,
/// 讨论着小区, 预示着某开发区).
@Suite("Places, round 11")
struct PlaceRound11Tests {
  typealias Case = ReadingCase

  static let verbs: [Case] = [
    Case(
      text: "居民们聚在一起，讨论着小区的新变化。",
      expected: [],
      absent: ["讨论着小区 : Place", "着小区 : Place"]),
    Case(
      text: "一批项目签约落地，预示着青禾经济开发区进入新阶段。",
      expected: ["青禾经济开发区 : Place"],
      absent: ["预示着青禾经济开发区 : Place"]),
    Case(
      text: "此次改造将重建柳荫小区道路。",
      expected: ["柳荫小区 : Place"],
      absent: ["重建柳荫小区 : Place"]),
    Case(
      text: "王大山察看了青石中学重建工程。",
      expected: ["青石中学重建工程 : Project"],
      absent: []),
    Case(
      text: "该所内设青禾电商产业园、多功能厅等。",
      expected: ["青禾电商产业园 : Project"],
      absent: ["所内设青禾电商产业园 : Project"]),
    Case(
      text: "下一步将积极跟进青禾新能源汽车小镇等项目。",
      expected: ["青禾新能源汽车小镇 : Project"],
      absent: ["跟进青禾新能源汽车小镇 : Project"]),
  ]

  static let practicePosts: [Case] = [
    Case(
      text: "近日，青石镇新时代文明实践所正式对外开放。",
      expected: ["青石镇新时代文明实践所 : Place", "青石镇新时代文明实践所 located-in 青石镇"],
      absent: []),
    Case(
      text: "新时代文明实践站建设的宗旨是更好地服务群众。",
      expected: [],
      absent: ["新时代文明实践站 : Place", "新时代文明实践站 : Project"]),
    Case(
      text: "新时代文明实践所的成立，打通了服务群众的最后一公里。",
      expected: [],
      absent: ["新时代文明实践所 : Place"]),
  ]

  @Test("a practice post or station named by its kind alone is no place", arguments: practicePosts)
  func practicePost(_ example: Case) throws { try example.check() }

  static let facilities: [Case] = [
    Case(
      text: "柳林水库位于青石镇白沙村，始建于上世纪70年代。",
      expected: ["柳林水库 : Place", "柳林水库 located-in 白沙村", "白沙村 located-in 青石镇"],
      absent: []),
    Case(
      text: "同时集中开工青山公路改建工程、白石水库、红岩水库等6个重点项目。",
      expected: ["白石水库 : Project", "红岩水库 : Project"],
      absent: ["白石水库 : Place"]),
    Case(
      text: "2017年6月2日青山汽车客运站正式迁址运营。",
      expected: ["青山汽车客运站 : Place"],
      absent: []),
    Case(
      text: "青山县高速客运站开工建设。",
      expected: ["青山县高速客运站 : Project", "青山县高速客运站 located-in 青山县"],
      absent: ["青山县高速客运站 : Place"]),
    Case(
      text: "青石镇在新落成的青石镇综合文化站举行揭牌仪式。",
      expected: ["青石镇综合文化站 : Place", "青石镇综合文化站 located-in 青石镇"],
      absent: []),
    Case(
      text: "镇综合文化站站长王大山介绍了情况。",
      expected: [],
      absent: ["镇综合文化站 : Place", "综合文化站 : Place"]),
  ]

  static let hospitalCampuses: [Case] = [
    Case(
      text: "11月12日上午，青山市白石县人民医院新区正式启用。",
      expected: ["白石县人民医院新区 : Place", "白石县人民医院新区 located-in 白石县"],
      absent: ["白石县人民医院 : Organization"]),
    Case(
      text: "王大山到位于柳溪镇的白石县中医院新院区项目视察。",
      expected: ["白石县中医院新院区项目 : Project"],
      absent: ["中医院新院区项目 : Project"]),
  ]

  @Test("a hospital's new campus is a facility", arguments: hospitalCampuses)
  func hospitalCampus(_ example: Case) throws { try example.check() }

  @Test("a reservoir, bus station or culture station that stands is a Place", arguments: facilities)
  func facility(_ example: Case) throws { try example.check() }

  static let adjectives: [Case] = [
    Case(
      text: "相关部门评定水库大坝为三类坝。",
      expected: [],
      absent: ["评定水库 : Place"]),
    Case(
      text: "最终在黄石村、白沙村各投入140万余元建设全新村党群服务中心。",
      expected: ["黄石村 : Community", "白沙村 : Community"],
      absent: ["新村党群服务中心 : Place", "新村 : Community"]),
    Case(
      text: "全新升级的青石街道党群服务中心启动试运行。",
      expected: ["青石街道党群服务中心 : Place", "青石街道党群服务中心 located-in 青石街道"],
      absent: []),
  ]

  @Test("评定, 全新, 崭新 begin no name, nor does a name begin inside them", arguments: adjectives)
  func adjective(_ example: Case) throws { try example.check() }

  static let openings: [Case] = [
    Case(
      text: "青山区举办柳湖湿地公园开园仪式。2016年开始，青山区启动建设柳湖湿地公园。",
      expected: ["柳湖湿地公园 : Place"],
      absent: ["柳湖湿地公园 : Project"]),
    Case(
      text: "白沙村党群服务中心正式揭牌。此前，白沙村新建白沙村党群服务中心。",
      expected: ["白沙村党群服务中心 : Place"],
      absent: ["白沙村党群服务中心 : Project"]),
    Case(
      text: "青山区启动建设柳湖湿地公园。",
      expected: ["柳湖湿地公园 : Project"],
      absent: ["柳湖湿地公园 : Place"]),
  ]

  @Test("a facility the article opens stands, though its building is told of too", arguments: openings)
  func opening(_ example: Case) throws { try example.check() }

  static let central: [Case] = [
    Case(
      text: "王大山一行到白湖街道中央花园社区检查指导工作。",
      expected: ["中央花园社区 : Community", "中央花园社区 located-in 白湖街道"],
      absent: ["中央 : Organization", "花园社区 : Community"]),
    Case(
      text: "中央美墅小区建成时间较长。",
      expected: ["中央美墅小区 : Place"],
      absent: ["中央 : Organization", "美墅小区 : Place"]),
    Case(
      text: "认真落实中央巡视组反馈意见。",
      expected: ["中央巡视组 : Organization"],
      absent: []),
  ]

  @Test("中央 before a place's suffix begins the place's name", arguments: central)
  func centralName(_ example: Case) throws { try example.check() }

  static let siteWords: [Case] = [
    Case(
      text: "该街道汇聚了青石精神、柳河文化等地域特色人文。",
      expected: [],
      absent: ["青石精神 : Place", "柳河文化 : Place"]),
    Case(
      text: "王大山先后来到白沙公园、红星村等地察看。",
      expected: ["白沙公园 : Place", "红星村 : Community"],
      absent: []),
  ]

  @Test("等地 begins no site word where 地 begins 地域 or 地方", arguments: siteWords)
  func siteWord(_ example: Case) throws { try example.check() }

  static let knownPlacesListed: [Case] = [
    Case(
      text: "考察团先后赴上海、深圳、苏州等地考察学习。",
      expected: ["上海 : City"],
      absent: ["赴上海 : Place"]),
    Case(
      text: "产品远销北京、上海、广州等地。",
      expected: ["北京 : City"],
      absent: ["产品远销北京 : Place"]),
    Case(
      text: "王大山先后来到白沙村、东山工业园区、柳林水库等地察看。",
      expected: ["东山工业园区 : Place", "柳林水库 : Place"],
      absent: []),
  ]

  @Test("a listed site that begins or ends with a known division is no Place", arguments: knownPlacesListed)
  func knownPlaceListed(_ example: Case) throws { try example.check() }

  static let hostingZones: [Case] = [
    Case(
      text: "8月18日，青山工业孵化园2021年重点项目集中开工仪式在南湖办事处举行。",
      expected: ["青山工业孵化园 : Place"],
      absent: ["青山工业孵化园 : Project"]),
    Case(
      text: "青山产业园项目开工仪式在园区举行。",
      expected: ["青山产业园项目 : Project"],
      absent: ["青山产业园 : Place"]),
  ]

  @Test("a zone at the head of a meeting's name, no work of its own, stands", arguments: hostingZones)
  func hostingZone(_ example: Case) throws { try example.check() }

  static let townThenVillageWord: [Case] = [
    Case(
      text: "青石镇村两委换届工作顺利完成。",
      expected: ["青石镇 : Street"],
      absent: ["青石镇村 : Community"]),
    Case(
      text: "王大山到青石镇村北水库实地察看。",
      expected: ["青石镇 : Street"],
      absent: ["青石镇村 : Community"]),
    Case(
      text: "王大山来到古镇村调研。",
      expected: ["古镇村 : Community"],
      absent: []),
  ]

  @Test("a town named in full ends before 村 that begins a word of its villages", arguments: townThenVillageWord)
  func townThenVillage(_ example: Case) throws { try example.check() }

  static let suffixWrittenTwice: [Case] = [
    Case(
      text: "爱心人士捐款助力白沙村村道硬化工程。",
      expected: ["白沙村 : Community"],
      absent: ["白沙村村 : Community"]),
    Case(
      text: "运送物资的货车停在柳塘村村室门口。",
      expected: ["柳塘村 : Community"],
      absent: ["柳塘村村 : Community"]),
    Case(
      text: "青禾区石岭镇镇委书记王大山出席会议。",
      expected: ["石岭镇 : Street"],
      absent: ["石岭镇镇 : Street"]),
    Case(
      text: "会议在丰乐街街道办事处召开。",
      expected: ["丰乐街街道 : Street"],
      absent: ["丰乐街 : Street"]),
  ]

  @Test("a division named in full ends before its suffix written again", arguments: suffixWrittenTwice)
  func suffixTwice(_ example: Case) throws { try example.check() }

  static let jurisdictionAndSiting: [Case] = [
    Case(
      text: "对青石街道辖区内东山小区、西山小区进行改造。",
      expected: ["东山小区 located-in 青石街道", "西山小区 located-in 青石街道"],
      absent: ["内东山小区 : Place"]),
    Case(
      text: "东山产业园项目选址青石镇白沙村。",
      expected: ["青石镇 : Street", "白沙村 located-in 青石镇", "东山产业园项目 located-in 白沙村"],
      absent: ["选址青石镇 : Street"]),
    Case(
      text: "会议研究了东山产业园项目选址问题。",
      expected: ["东山产业园项目 : Project"],
      absent: []),
  ]

  @Test("辖区内 and 选址 begin no place's name", arguments: jurisdictionAndSiting)
  func jurisdictionAndSite(_ example: Case) throws { try example.check() }

  @Test("重建, 内设, 跟进 and a verb with 着 begin no place's or work's name", arguments: verbs)
  func verb(_ example: Case) throws { try example.check() }
}
