import Testing

/// Misfires found on unread county news of 2017 and before (round 10, helper h2): a signed deal
/// read as a work, a slogan's park, works and estates named only by what kind they are, a clause
/// read as a listed work, and a meeting made to see sites its deputies visit. Invented names.
@Suite("Works, places and reviews that misfire on unread text")
struct PrecisionRound10Tests {
  typealias Case = ReadingCase

  /// A deal signed for a work (A产业基地战略投资协议、B产业园等项目签约): the paper ends the item;
  /// the work is named before it, and the paper is no work of its own.
  static let signedDeals: [Case] = [
    Case(
      text: "会上，青石新材料产业基地战略投资协议、白沙家具产业园二期等12个项目成功签约。",
      expected: ["青石新材料产业基地 : Project", "白沙家具产业园二期 : Project"],
      absent: ["协议 : Project", "战略投资协议 : Project"]),
    Case(
      text: "活动中，东湖冷链物流中心项目投资合同、西岭康养小镇项目等5个项目现场签约。",
      expected: ["西岭康养小镇项目 : Project"],
      absent: ["合同 : Project", "投资合同 : Project"]),
  ]

  @Test("a signed deal is no work", arguments: signedDeals)
  func signedDeal(_ example: Case) throws { try example.check() }

  /// 建设公园城市: a slogan for the whole city, no park; a park named before another word stays.
  static let sloganParks: [Case] = [
    Case(
      text: "要加快建设青山公园城市，打造宜居新区。", expected: [],
      absent: ["青山公园 : Project", "青山公园 : Place"]),
    Case(text: "他察看了青山公园和滨江广场。", expected: ["青山公园 : Place"]),
  ]

  @Test("a park city is no park", arguments: sloganParks)
  func sloganPark(_ example: Case) throws { try example.check() }

  /// 保障性安居工程项目, 近两年城区市政工程项目: a national programme, a kind of municipal work
  /// and the years a report looks back on say what kind of work, not which.
  static let programmeWorks: [Case] = [
    Case(
      text: "全县近两年城区市政工程项目及保障性安居工程项目进展顺利。", expected: [],
      absent: ["保障性安居工程项目 : Project", "近两年城区市政工程项目 : Project"]),
    Case(
      text: "区长钱立新实地了解近三年城区市政工程项目建设情况。", expected: [],
      absent: [
        "近三年城区市政工程项目 : Project", "钱立新 reviews 近三年城区市政工程项目", "城区市 : City",
      ]),
    Case(
      text: "区长钱立新察看了青石镇安居小区项目建设情况。",
      expected: ["青石镇安居小区项目 : Project", "钱立新 reviews 青石镇安居小区项目"]),
  ]

  @Test("a programme or a kind of municipal work is no work", arguments: programmeWorks)
  func programmeWork(_ example: Case) throws { try example.check() }

  /// 现代农业园区, 生活小区, 集中安置小区 with no place before them: a zone or an estate called
  /// by what it serves says what kind, not which; a town's own keeps its name.
  static let kindZones: [Case] = [
    Case(
      text: "吴平指出，重点应抓好现代农业园区建设，加快培育龙头企业。", expected: [],
      absent: ["现代农业园区 : Place"]),
    Case(
      text: "辖区内有南苑、霞飞两个生活小区，共13个居民小组。", expected: [],
      absent: ["生活小区 : Place"]),
    Case(
      text: "为此，东湖区每建设一个村民集中安置小区，就统筹建设一个村民文化广场。", expected: [],
      absent: ["集中安置小区 : Place"]),
    Case(
      text: "区长钱立新察看了青石镇现代农业园区。",
      expected: ["青石镇现代农业园区 : Place", "青石镇现代农业园区 located-in 青石镇"]),
  ]

  @Test("a zone or an estate named by its use alone is a kind", arguments: kindZones)
  func kindZone(_ example: Case) throws { try example.check() }

  /// 要求乡镇、街道根据每个社区建设进展…: a clause (根据, 按照, 每个) that runs through a listed
  /// item makes no work of it.
  static let clauseItems: [Case] = [
    Case(
      text: "同时要求有关乡镇、街道根据每个社区建设进展情况明确完成时限。", expected: [],
      absent: ["街道根据每个社区 : Project"]),
    Case(
      text: "区长钱立新察看了青石大道、东湖安置区等项目建设进展情况。",
      expected: ["东湖安置区 : Project", "钱立新 reviews 东湖安置区"]),
  ]

  @Test("a clause in a listed item makes no work", arguments: clauseItems)
  func clauseItem(_ example: Case) throws { try example.check() }

  /// A meeting reviews what it hears, studies, deliberates or decides on; the sites its deputies
  /// go to (某县人民代表大会的全体代表先后深入A、B) are a visit people make.
  static let meetingVisits: [Case] = [
    Case(
      text: "12月26日上午，青石县第十六届人民代表大会的全体人大代表，先后深入城市广场、白沙路、东湖生态新城等城市建设现场，详细了解了城市建设重点项目情况。",
      expected: ["东湖生态新城 : Project"],
      absent: [
        "青石县第十六届人民代表大会 reviews 东湖生态新城", "青石县第十六届人民代表大会 reviews 白沙路",
      ]),
    Case(
      text: "12月5日，县委书记钱立新主持召开县委常委会会议，听取了东湖生态新城项目建设情况汇报。",
      expected: ["县委常委会会议 reviews 东湖生态新城项目"]),
  ]

  @Test("a meeting sees no site its deputies visit", arguments: meetingVisits)
  func meetingVisit(_ example: Case) throws { try example.check() }

  /// 乔迁揭牌庆典仪式, 颁发任命书仪式: a ceremony named only by what kind it is names nothing; one
  /// named by its work or its party is a meeting.
  static let kindCeremonies: [Case] = [
    Case(
      text: "12月24日上午，东湖社区举行乔迁揭牌庆典仪式。", expected: [],
      absent: ["乔迁揭牌庆典仪式 : Meeting"]),
    Case(
      text: "会议还举行颁发任命书仪式，并进行宪法宣誓。", expected: [],
      absent: ["颁发任命书仪式 : Meeting"]),
    Case(text: "青石大桥通车仪式在东湖镇举行。", expected: ["青石大桥通车仪式 : Meeting"]),
  ]

  @Test("a ceremony named by its kind alone names nothing", arguments: kindCeremonies)
  func kindCeremony(_ example: Case) throws { try example.check() }

  /// 城乡供排水一体化, 库区移民 among the items a meeting hears: a service or a task, not a work;
  /// a town's water works and a named resettlement estate are works.
  static let taskItems: [Case] = [
    Case(
      text: "会上，各项目挂钩领导对镇区南部片区改造、道路交通、城乡供排水一体化、消防产业园和库区移民等项目的进展情况进行了汇报。",
      expected: ["镇区南部片区改造 : Project"],
      absent: ["城乡供排水一体化 : Project", "库区移民 : Project"]),
    Case(
      text: "区长钱立新察看了青石镇供水工程和东湖移民安置小区项目。",
      expected: ["青石镇供水工程 : Project", "东湖移民安置小区项目 : Project"]),
  ]

  @Test("a service or a task listed with works is no work", arguments: taskItems)
  func taskItem(_ example: Case) throws { try example.check() }

  /// 听取方案介绍后: a common word that begins with a surname (方, 林, 石) is no speaker, and
  /// reviews nothing.
  static let surnameWords: [Case] = [
    Case(
      text: "听取方案介绍后，前往东湖社区实地视察“社区微改造”和“三线”改造推进情况，深入了解项目实施中遇到的困难。",
      expected: [],
      absent: ["方案 : Person", "方案 reviews “社区微改造”"]),
    // A name may begin with such a word all the same (方向明).
    Case(
      text: "县领导赵明远、方向明、钱立新出席签约仪式。",
      expected: ["赵明远 : Official", "方向明 : Official", "钱立新 : Official"]),
  ]

  @Test("a common word that begins with a surname is no person", arguments: surnameWords)
  func surnameWord(_ example: Case) throws { try example.check() }

  /// 到某小学周边、某里现场查看: what lies around a site is no place of its own; the item ends
  /// before 周边, 附近, 一带, 周围.
  static let surroundings: [Case] = [
    Case(
      text: "同时，到青石路小学周边、东湖里现场查看环境卫生情况。", expected: [],
      absent: ["青石路小学周边 : Place"]),
  ]

  @Test("the surroundings of a site are no place", arguments: surroundings)
  func surrounding(_ example: Case) throws { try example.check() }

  /// 建成一流的现代化体育馆, 打造综合性产业园区: a facility described by how it is built or run
  /// names none; a named park stays.
  static let describedFacilities: [Case] = [
    Case(
      text: "打造集研发、生产、销售于一体的综合性产业园区。", expected: [],
      absent: ["综合性产业园区 : Place"]),
    Case(
      text: "努力建成全省一流的现代化产业园区。", expected: [], absent: ["现代化产业园区 : Place"]),
    Case(
      text: "建成一座功能完善的现代化体育馆。", expected: [], absent: ["现代化体育馆 : Place"]),
    Case(
      text: "形成产业人才教育孵化、品牌企业带动的体验式文创产业园区。", expected: [],
      absent: ["体验式文创产业园区 : Place"]),
    Case(text: "他察看了青石文创产业园区。", expected: ["青石文创产业园区 : Place"]),
  ]

  @Test("a facility described by how it is built names none", arguments: describedFacilities)
  func describedFacility(_ example: Case) throws { try example.check() }

  /// 村级活动场所, 活动阵地: a place or a fund for activities is no event.
  static let activityPlaces: [Case] = [
    Case(
      text: "全县新建村级活动场所12个，改建农村公路50公里。", expected: [],
      absent: ["全县新建村级活动 : Meeting"]),
    Case(text: "青石镇举办“书香满城”读书活动。", expected: ["“书香满城”读书活动 : Meeting"]),
  ]

  @Test("a place for activities is no event", arguments: activityPlaces)
  func activityPlace(_ example: Case) throws { try example.check() }

  /// 路灯亮化工程, 巩固提升工程 cut from a longer programme: what is done, not which work; a
  /// road's lighting works keep the road's name.
  static let lightingWorks: [Case] = [
    Case(
      text: "完成县城主干道路面改造和路灯亮化工程。", expected: [],
      absent: ["路灯亮化工程 : Project"]),
    Case(
      text: "实施农村饮水安全巩固提升工程。", expected: [], absent: ["巩固提升工程 : Project"]),
    Case(text: "区长察看了青石大道路灯亮化工程。", expected: ["青石大道路灯亮化工程 : Project"]),
  ]

  @Test("lighting or consolidation alone is no work", arguments: lightingWorks)
  func lightingWork(_ example: Case) throws { try example.check() }

  /// 交通、水利、能源等基础设施项目: sectors listed with works name none.
  static let sectorItems: [Case] = [
    Case(
      text: "全力推进交通、水利、能源等基础设施项目建设。", expected: [],
      absent: ["能源 : Project"]),
    Case(text: "区长察看了青石能源项目。", expected: ["青石能源项目 : Project"]),
  ]

  @Test("a sector listed with works is no work", arguments: sectorItems)
  func sectorItem(_ example: Case) throws { try example.check() }

  /// 农村危房改造、农村公路建设等民生工程: national programmes listed as a county's livelihood
  /// works name no work; a road named by its ends does.
  static let ruralProgrammes: [Case] = [
    Case(
      text: "他强调，要加快推进农村危房改造、农村公路建设等民生工程。", expected: [],
      absent: ["农村危房改造 : Project", "农村公路建设 : Project"]),
    Case(text: "区长察看了青石至东湖公路改建工程。", expected: ["青石至东湖公路改建工程 : Project"]),
  ]

  @Test("a national rural programme is no work", arguments: ruralProgrammes)
  func ruralProgramme(_ example: Case) throws { try example.check() }

  /// 总投资10亿元的A、B、C等续建项目: 等 and the kind of work close a list, not one work's name;
  /// the items are works of their own. A name with its products listed (高频、高速…项目) is one.
  static let investedLists: [Case] = [
    Case(
      text: "重点抓好总投资10亿元的城南新区、东环路、县医院迁建等续建项目。",
      expected: ["东环路 : Project", "县医院迁建 : Project"],
      absent: ["城南新区、东环路、县医院迁建等续建项目 : Project"]),
    Case(
      text: "总投资5.8亿元的青石科技高频、高速覆铜板项目开工。",
      expected: ["青石科技高频、高速覆铜板项目 : Project"]),
  ]

  @Test("an invested list of works is no one work", arguments: investedLists)
  func investedList(_ example: Case) throws { try example.check() }

  /// 某县某镇某村党群服务中心揭牌仪式: the facility named inside the ceremony lies in the village
  /// its name begins with, not in the town before it.
  static let ceremonyFacilities: [Case] = [
    Case(
      text: "青石县东湖镇白沙村村级活动场所落成仪式在村委会门前举行。",
      expected: [
        "白沙村村级活动场所 : Place", "白沙村村级活动场所 located-in 白沙村", "白沙村 located-in 东湖镇",
      ],
      absent: ["白沙村村级活动场所 located-in 东湖镇"]),
    Case(
      text: "东湖镇白沙村党群服务中心揭牌仪式举行。",
      expected: ["白沙村党群服务中心 located-in 白沙村"],
      absent: ["白沙村党群服务中心 located-in 东湖镇"]),
  ]

  @Test("a facility named in a ceremony lies in the village it begins with", arguments: ceremonyFacilities)
  func ceremonyFacility(_ example: Case) throws { try example.check() }

  /// 某中心主体工程竣工, 某大桥主体工程合龙: the main body of a work is part of the work named
  /// before it; the work is that one.
  static let mainBodies: [Case] = [
    Case(
      text: "白沙村党群服务中心主体工程竣工，正在抓紧装潢布置。",
      expected: ["白沙村党群服务中心 located-in 白沙村"],
      absent: ["白沙村党群服务中心主体工程 : Project"]),
    Case(
      text: "随着最后一方混凝土浇筑完成，东湖大桥主体工程顺利合龙。",
      expected: ["东湖大桥 : Project"], absent: ["东湖大桥主体工程 : Project"]),
  ]

  @Test("a work's main body is no work of its own", arguments: mainBodies)
  func mainBody(_ example: Case) throws { try example.check() }
}
