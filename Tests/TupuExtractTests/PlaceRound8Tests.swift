import Testing

/// Place, road and community forms that recur across the whole read pool (round 8): each form
/// once, with invented names.
@Suite("Place forms that recur across the read pool")
struct PlaceRound8Tests {
  typealias Case = ReadingCase

  /// Slogans and common words that end in 路 name no road; numbered and named roads still do.
  static let notRoads: [Case] = [
    Case(
      text: "要走农业与服务业相结合的发展之路，携手小康路，领好共富路。",
      expected: [],
      absent: ["发展之路 : Road", "携手小康路 : Road", "领好共富路 : Road"]),
    Case(
      text: "市政协主席到青禾镇调研“三好农村路”建设，察看电路板生产线。",
      expected: ["青禾镇 : Street"],
      absent: ["三好农村路 : Road", "察看电路 : Road"]),
    Case(
      text: "大家一路看、一路议，共建“一带一路”，街头巷尾干净整洁，高速路进出口加宽。",
      expected: [],
      absent: ["大家一路 : Road", "一带一路 : Road", "街头巷 : Road", "高速路 : Road"]),
    // 一路 before a visit's verb is an adverb (all the way), not a numbered road.
    Case(
      text: "随后，考察团一路参观了青禾大道施工现场。",
      expected: [],
      absent: ["团一路 : Project", "团一路 : Road", "考察团一路 : Road"]),
    Case(
      text: "新建的兰溪一路、青禾北路和柳塘大道同步通车。",
      expected: ["兰溪一路 : Road", "青禾北路 : Road", "柳塘大道 : Road"]),
  ]

  /// What a facility is for says what kind it is, not which one; a name before the kind still
  /// names it.
  static let kindsOfFacilities: [Case] = [
    Case(
      text: "拟建设高档住宅小区和商务酒店，各集中安置点要严格执行建设标准。",
      expected: [],
      absent: ["高档住宅小区 : Place", "集中安置点 : Place"]),
    Case(
      text: "考察了旅游景区建设管理，察看了农村休闲健身广场，便民服务大厅里村干部正在接待群众。",
      expected: [],
      absent: ["旅游景区 : Place", "农村休闲健身广场 : Place", "便民服务大厅 : Place"]),
    Case(
      text: "视察组察看了青禾休闲广场和柳塘旅游景区。",
      expected: ["青禾休闲广场 : Place", "柳塘旅游景区 : Place"]),
  ]

  /// A facility the sentence builds, right after 建设 or with the stage its work is at, is a
  /// work (the zones ruling); one that stands stays a place.
  static let facilitiesBuilt: [Case] = [
    Case(
      text: "今年将建设云川区青禾公园、柳塘运动公园，兰溪区石门公园3个口袋公园。",
      expected: ["云川区青禾公园 : Project", "柳塘运动公园 : Project", "兰溪区石门公园 : Project"],
      absent: ["柳塘运动公园 : Place"]),
    Case(
      text: "占地1500平米的青禾村文化广场已完成地铺石工程，柳塘文化广场正进行前期清障工作。",
      expected: ["青禾村文化广场 : Project", "柳塘文化广场 : Project"],
      absent: ["青禾村文化广场 : Place", "柳塘文化广场 : Place"]),
    Case(
      text: "兰溪村党群服务中心主体工程竣工，正在抓紧装潢布置。",
      expected: ["兰溪村党群服务中心 : Project"],
      absent: ["兰溪村党群服务中心 : Place"]),
    Case(
      text: "居民们在青禾村文化广场跳起了广场舞。",
      expected: ["青禾村文化广场 : Place"]),
  ]

  /// What a village or community is to the work done for it says what kind, not which.
  static let kindsOfVillages: [Case] = [
    Case(
      text: "加快发展社区养老事业，软弱涣散村党支部书记参加会议。",
      expected: [],
      absent: ["发展社区 : Community", "软弱涣散村 : Community"]),
    Case(
      text: "两个受益村送上锦旗，7个受援建村负责人到场，青禾村、柳塘社区获得表彰。",
      expected: ["青禾村 : Community", "柳塘社区 : Community"],
      absent: ["受益村 : Community", "援建村 : Community"]),
  ]

  @Test("what a village is to the work done for it names none", arguments: kindsOfVillages)
  func kindOfVillage(_ example: Case) throws { try example.check() }

  /// Where meetings sit: a hotel or the district's administrative centre is a building that
  /// stands, a Place.
  static let venues: [Case] = [
    Case(
      text: "会议在区行政中心四楼会议室举行，次日在青禾宾馆召开座谈会。",
      expected: ["区行政中心 : Place", "青禾宾馆 : Place"]),
    Case(
      text: "云川县委常委会在云川县行政中心召开。",
      expected: ["云川县行政中心 : Place", "云川县行政中心 located-in 云川县"]),
  ]

  @Test("a meeting's hotel or administrative centre is a place", arguments: venues)
  func venue(_ example: Case) throws { try example.check() }

  /// A list before 现场 names sites only where the sentence goes there.
  static let onTheSpot: [Case] = [
    Case(
      text: "云川区教育局有关领导、学校领导、校友及师生代表齐聚现场，共同见证这一时刻。",
      expected: ["云川区教育局 : Organization"],
      absent: ["学校领导 : Place", "师生代表齐聚 : Place"]),
    Case(
      text: "各项目负责同志要多下一线、多去现场，强化沟通协调。",
      expected: [],
      absent: ["要多下一线 : Place"]),
    Case(
      text: "随后到青禾文化礼堂、柳塘书院现场查看环境卫生情况。",
      expected: ["柳塘书院 : Place"]),
  ]

  @Test("those who gather on the spot name no site", arguments: onTheSpot)
  func onSpot(_ example: Case) throws { try example.check() }

  /// A function word before a facility's name is no part of it: 以市美术馆新馆为主, 此次口袋公园.
  /// (A library is a public institution, no facility: OrganizationRound15Tests.)
  static let functionWords: [Case] = [
    Case(
      text: "青禾市文化中心建成开放，以市美术馆新馆、市科技馆新馆为主。",
      expected: ["市美术馆新馆 : Place"],
      absent: ["以市美术馆新馆 : Place"]),
    Case(
      text: "此次口袋公园建设共种植绿化15平方米，本次青禾广场改造同步完工。",
      expected: [],
      absent: ["次口袋公园 : Place", "次青禾广场 : Place"]),
  ]

  @Test("a function word before a facility is no part of its name", arguments: functionWords)
  func functionWord(_ example: Case) throws { try example.check() }

  /// A page's field label (发布开发区：) is furniture, and 和善 is a name's word, not 和.
  static let labels: [Case] = [
    Case(
      text: "发布时间:2022-01-07来源:青禾日报发布开发区:青禾经济开发区",
      expected: ["青禾经济开发区 : Place"],
      absent: ["发布开发区 : Place", "报发布开发区 : Place"]),
    Case(
      text: "观摩团来到柳塘村周家湾和善幸福屋场，实地了解屋场建设。",
      expected: ["柳塘村周家湾和善幸福屋场 : Place"],
      absent: ["善幸福屋场 : Place"]),
  ]

  @Test("a page's field label is no zone, 和善 no conjunction", arguments: labels)
  func label(_ example: Case) throws { try example.check() }

  /// A park's own area (某某园区) is a zone that stands; a route's end or a count of parks is
  /// none.
  static let parkAreas: [Case] = [
    Case(
      text: "项目落户青禾市不锈钢制品产业园区，为柳塘园区“二次创业”注入动能。",
      expected: [
        "青禾市不锈钢制品产业园区 : Place", "青禾市不锈钢制品产业园区 located-in 青禾市",
        "柳塘园区 : Place",
      ]),
    Case(
      text: "G316城区至园区快速路建成通车，全县建成一批现代农业产业园区。",
      expected: [],
      absent: ["城区至园区 : Place", "一批现代农业产业园区 : Place"]),
    Case(
      text: "项目位于青禾镇工业园区内。",
      expected: ["青禾镇工业园区 : Place", "青禾镇工业园区 located-in 青禾镇"]),
  ]

  @Test("a park's own area is a place", arguments: parkAreas)
  func parkArea(_ example: Case) throws { try example.check() }

  @Test("a facility being built is a work", arguments: facilitiesBuilt)
  func facilityBuilt(_ example: Case) throws { try example.check() }

  @Test("what a facility is for names none", arguments: kindsOfFacilities)
  func kindOfFacility(_ example: Case) throws { try example.check() }

  @Test("slogans and common words ending in 路 name no road", arguments: notRoads)
  func notRoad(_ example: Case) throws { try example.check() }
}
