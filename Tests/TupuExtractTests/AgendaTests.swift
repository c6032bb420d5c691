import Testing

/// What a meeting's agenda names as works, on the genre's forms: an item after an agenda cue
/// (听取, 研究, 审议, 审定…) with what of it is heard or decided (建设情况, 规划设计方案, 可行性
/// 研究报告) is a Project whatever its name makes it — a road, a park, a new town, a hospital's
/// new campus — and the meeting (its chair through the rule) reviews it. A school, hospital or
/// company named as such keeps its class (its plans may be an existing one's). Invented names.
@Suite("Agendas name works")
struct AgendaTests {
  typealias Case = ReadingCase

  static let works: [Case] = [
    // One item, a park whose design is studied; a road whose building is heard.
    Case(
      text: "5月6日，区长彭志远主持召开白沙区政府第9次常务会议。会议研究了桐江滨江公园规划设计方案。",
      expected: [
        "桐江滨江公园 : Project", "白沙区政府第9次常务会议 reviews 桐江滨江公园",
        "彭志远 reviews 桐江滨江公园",
      ]),
    Case(
      text: "区长彭志远主持召开白沙区政府第10次常务会议。会议听取了梅林快速路建设进展情况汇报。",
      expected: ["梅林快速路 : Project", "彭志远 reviews 梅林快速路"]),
    // A hospital's new campus, heard with its progress.
    Case(
      text: "县长梁文涛主持召开松溪县政府第21次常务会议。会议听取了桐江人民医院新院区建设情况汇报。",
      expected: ["松溪县政府第21次常务会议 reviews 桐江人民医院新院区", "梁文涛 reviews 桐江人民医院新院区"]),
    // 听取了某局关于A…的汇报: the item after 关于.
    Case(
      text: "县长梁文涛主持召开松溪县政府第23次常务会议。会议听取了县住建局关于桐江新城安置小区建设进展情况的汇报。",
      expected: ["松溪县政府第23次常务会议 reviews 桐江新城安置小区"]),
    Case(
      text: "县长梁文涛主持召开松溪县政府第26次常务会议。会议听取了关于云岭生态新城开发建设的情况汇报。",
      expected: ["云岭生态新城 : Project", "松溪县政府第26次常务会议 reviews 云岭生态新城"]),
    // A chain of cues (审议并原则通过了) begins no name.
    Case(
      text: "县长梁文涛主持召开松溪县政府第25次常务会议。会议审议并原则通过了桐江产业园污水管网建设项目实施方案。",
      expected: ["松溪县政府第25次常务会议 reviews 桐江产业园污水管网建设项目"],
      absent: ["原则通过了桐江产业园污水管网建设项目 : Project"]),
    // Numbered items, each with its own aspect; a list of documents (A方案、B规划等议题).
    Case(
      text: "县长梁文涛主持召开松溪县政府第20次常务会议。会议研究了以下事项：一是听取了梅林高级中学迁建工程建设情况汇报；"
        + "二是研究了云岭水库除险加固工程资金筹措方案；三是审议了白沙产业园基础设施提升方案。",
      expected: ["松溪县政府第20次常务会议 reviews 云岭水库除险加固工程"]),
    Case(
      text: "6月20日，区长彭志远主持召开白沙区2024年第5次规划委员会会议，审议了桐江湿地公园规划设计方案、"
        + "梅林安置区修建性详细规划等议题。",
      expected: ["白沙区2024年第5次规划委员会会议 reviews 桐江湿地公园", "彭志远 reviews 梅林安置区"]),
    Case(
      text: "区委书记郑国栋主持召开区委常委会第16次会议。会议讨论通过了梅林科创小镇建设方案。",
      expected: ["梅林科创小镇 : Project", "郑国栋 reviews 梅林科创小镇"]),
  ]

  /// Works named with 项目 or 工程 on an agenda: numbered items, works of a school or hospital
  /// (named after it), renewal (更新).
  static let namedWorks: [Case] = [
    Case(
      text: "县长梁文涛主持召开松溪县政府第27次常务会议。\n会议审议了以下议题：\n（一）桐江二中迁建项目可行性研究报告；\n"
        + "（二）梅林大道改造工程投资计划。",
      expected: ["松溪县政府第27次常务会议 reviews 桐江二中迁建项目", "梁文涛 reviews 梅林大道改造工程"]),
    Case(
      text: "区委书记郑国栋主持召开区委常委会第15次会议。会议还研究了桐江片区城市更新项目。",
      expected: ["桐江片区城市更新项目 : Project", "郑国栋 reviews 桐江片区城市更新项目"]),
    Case(
      text: "区长彭志远主持召开白沙区政府第21次常务会议。会议听取了梅林医院门诊楼改扩建工程情况汇报，"
        + "研究了桐江高级中学迁建工程选址方案。",
      expected: [
        "梅林医院门诊楼改扩建工程 : Project", "彭志远 reviews 梅林医院门诊楼改扩建工程",
        "彭志远 reviews 桐江高级中学迁建工程",
      ]),
  ]

  /// Other forms of an agenda: the cue after its object (对A、B进行了集中评审, 就A建设进行了
  /// 研究), a decision (会议决定启动A), counts (A、B等三条道路), the works' managers reporting.
  static let forms: [Case] = [
    Case(
      text: "5月10日，区长彭志远主持召开白沙区重点项目评审会。会议对梅林大道改造提升工程、桐江中学扩建工程进行了集中评审。",
      expected: [
        "白沙区重点项目评审会 reviews 梅林大道改造提升工程", "彭志远 reviews 桐江中学扩建工程",
      ]),
    Case(
      text: "区长彭志远主持召开白沙区政府第18次常务会议。会议就桐江文体中心、云岭社区卫生服务中心建设进行了研究。",
      expected: [
        "白沙区政府第18次常务会议 reviews 桐江文体中心", "彭志远 reviews 云岭社区卫生服务中心",
      ]),
    Case(
      text: "县长梁文涛主持召开松溪县政府第32次常务会议。会议决定启动桐江老城区雨污分流改造工程。",
      expected: ["松溪县政府第32次常务会议 reviews 桐江老城区雨污分流改造工程"]),
    // 原则同意 ends the name before it.
    Case(
      text: "区长彭志远主持召开白沙区政府第16次常务会议。会议听取并研究了桐江滨河公园建设方案，原则同意云岭大道综合改造提升工程实施。",
      expected: [
        "白沙区政府第16次常务会议 reviews 桐江滨河公园",
        "白沙区政府第16次常务会议 reviews 云岭大道综合改造提升工程",
      ],
      absent: ["同意云岭大道综合改造提升工程 : Project"]),
    Case(
      text: "区长彭志远主持召开白沙区政府第19次常务会议。会议听取了桐江大道、梅林路、云岭街等三条道路提升改造情况汇报。",
      expected: ["白沙区政府第19次常务会议 reviews 桐江大道", "彭志远 reviews 梅林路"]),
    Case(
      text: "县长梁文涛主持召开松溪县政府第29次常务会议。会议先后听取了桐江鞋业、梅林实业、云岭新材料三家企业技改项目推进情况汇报。",
      expected: ["松溪县政府第29次常务会议 reviews 桐江鞋业", "梁文涛 reviews 云岭新材料"]),
    Case(
      text: "区长彭志远主持召开白沙区重点项目推进会。会上，梅林智能装备产业园、桐江冷链物流基地项目负责人分别汇报了项目进展情况。",
      expected: ["白沙区重点项目推进会 reviews 桐江冷链物流基地", "彭志远 reviews 梅林智能装备产业园"]),
    // 审查 a plan; a list of items each with its own plan (A规划方案、B修建性详细规划).
    Case(
      text: "区长彭志远主持召开白沙区政府第40次常务会议。会议审查了桐江物流园二期项目规划方案、梅林安置小区项目修建性详细规划。",
      expected: [
        "白沙区政府第40次常务会议 reviews 桐江物流园二期项目", "彭志远 reviews 梅林安置小区项目",
      ],
      absent: ["桐江物流园二期项目规划方案 : Project"]),
    // Each item's aspect closes it (A、B建设方案); read now, it was awaiting recognition.
    Case(
      text: "会议听取了全区经济运行情况汇报，原则同意东湖安置房项目、柳岸大桥工程建设方案。",
      expected: ["柳岸大桥工程 : Project", "东湖安置房项目 : Project"]),
    // A hospital's new campus (新区) being built, decided on.
    Case(
      text: "区长彭志远主持召开白沙区政府第51次常务会议。会议原则同意桐江人民医院新区建设业主单位变更。",
      expected: ["桐江人民医院新区 : Project", "彭志远 reviews 桐江人民医院新区"]),
  ]

  /// A meeting named by its kind word only is no entity (the meetings ruling), so what it hears
  /// has no meeting to derive its chair's reviews from: no one reviews it (the real gold drops a
  /// bare meeting's chairs and reviews). Where the article names its meeting, the bare word is it.
  static let unnamed: [Case] = [
    Case(
      text: "8月3日，区长彭志远主持召开专题会议。会议听取了桐江大道改造工程建设情况汇报。副区长周海洋参加会议。",
      expected: ["桐江大道改造工程 : Project"],
      absent: ["彭志远 reviews 桐江大道改造工程", "周海洋 reviews 桐江大道改造工程"]),
    Case(
      text: "8月3日，区委书记郑国栋主持召开会议，听取桐江大道改造工程、梅林物流园项目推进情况汇报，区长彭志远参加。",
      expected: ["梅林物流园项目 : Project"],
      absent: ["郑国栋 reviews 桐江大道改造工程", "郑国栋 reviews 梅林物流园项目", "彭志远 reviews 梅林物流园项目"]),
    // With the meeting named in the article, the bare word is that meeting: it hears the works.
    Case(
      text: "松溪县政府第9次常务会议召开。县长郑国栋主持召开会议，研究桐江大道改造工程。",
      expected: ["松溪县政府第9次常务会议 reviews 桐江大道改造工程", "郑国栋 reviews 桐江大道改造工程"]),
  ]

  /// Numbered agendas: each item (一、, （二）, 3., 一是) is read as after a cue, on a line or in a
  /// clause of its own; 棚户区改造项目 is one work's name.
  static let numbered: [Case] = [
    Case(
      text: "区长彭志远主持召开白沙区政府第61次常务会议。会议研究了以下议题：\n（一）桐江滨江公园规划设计方案；\n"
        + "（二）梅林快速路建设方案。",
      expected: ["白沙区政府第61次常务会议 reviews 桐江滨江公园", "彭志远 reviews 梅林快速路"]),
    Case(
      text: "区长彭志远主持召开白沙区政府第62次常务会议，研究了以下事项：1.梅林快速路二期工程初步设计；2.桐江滨江公园提升改造方案。",
      expected: ["白沙区政府第62次常务会议 reviews 梅林快速路二期工程", "彭志远 reviews 桐江滨江公园"]),
    Case(
      text: "区长彭志远主持召开白沙区政府第63次常务会议。会议听取了以下汇报。一是桐江大道改造工程建设进展情况。"
        + "二是梅林片区棚户区改造项目征收情况。",
      expected: ["彭志远 reviews 桐江大道改造工程", "彭志远 reviews 梅林片区棚户区改造项目"],
      absent: ["棚户区 : District"]),
  ]

  /// Title marks around a work's name (《某大道改造工程》) name the work; around a document's
  /// (《关于某工程的议案》, 《某公园建设实施方案》) they name nothing of the page.
  static let titles: [Case] = [
    Case(
      text: "区长彭志远主持召开白沙区政府第30次常务会议。会议听取了《桐江大道改造工程》《梅林物流园项目》建设情况汇报，"
        + "审议通过了《关于云岭水库扩容工程的议案》和《梅林滨河公园建设实施方案》。",
      expected: [
        "桐江大道改造工程 : Project", "白沙区政府第30次常务会议 reviews 桐江大道改造工程",
        "彭志远 reviews 梅林物流园项目",
      ],
      absent: ["云岭水库扩容工程 : Project", "梅林滨河公园 : Project", "梅林滨河公园 : Place"]),
  ]

  /// A congress's standing committee hears and deliberates on a government's report or motion
  /// about a work; the verbs of the motion (提请审议, 批准) are no part of the work's name.
  static let congress: [Case] = [
    Case(
      text: "县人大常委会主任吴敏主持召开松溪县第十七届人大常委会第十一次会议。"
        + "会议听取和审议了县人民政府关于桐江大道改造工程建设情况的报告。",
      expected: [
        "松溪县第十七届人大常委会第十一次会议 reviews 桐江大道改造工程", "吴敏 reviews 桐江大道改造工程",
      ]),
    Case(
      text: "县人大常委会主任吴敏主持召开松溪县第十七届人大常委会第十二次会议。"
        + "会议审议了县人民政府关于提请审议梅林水库扩容工程建设的议案。",
      expected: ["松溪县第十七届人大常委会第十二次会议 reviews 梅林水库扩容工程"],
      absent: ["提请审议梅林水库扩容工程 : Project"]),
  ]

  /// One item named with the work done on a place (某公园提升改造, 某片区综合整治): the work;
  /// a topic (安全生产工作) is none.
  static let workOnPlace: [Case] = [
    Case(
      text: "区长彭志远主持召开白沙区政府第70次常务会议。会议研究了桐江公园提升改造。",
      expected: ["桐江公园提升改造 : Project", "彭志远 reviews 桐江公园提升改造"]),
    Case(
      text: "区长彭志远主持召开白沙区政府第72次常务会议。会议原则同意云岭片区综合整治工作，研究了安全生产工作。",
      expected: ["白沙区政府第72次常务会议 reviews 云岭片区综合整治"],
      absent: ["安全生产工作 : Project", "安全生产 : Project"]),
  ]

  /// A name read as a work anywhere in the article is a work everywhere in it.
  static let oneClass: [Case] = [
    Case(
      text: "桐江滨江公园位于白沙区城东。区长彭志远主持召开白沙区政府第9次常务会议。会议研究了桐江滨江公园规划设计方案。",
      expected: ["桐江滨江公园 : Project", "彭志远 reviews 桐江滨江公园"],
      absent: ["桐江滨江公园 : Place"]),
  ]

  /// A list counted as projects of a kind (等10个招商引资签约项目) lists works, whatever their
  /// names; bodies counted as units (等单位) are none.
  static let counted: [Case] = [
    Case(
      text: "此次签约涵盖桐江通用机场、梅林风能开发、云岭小镇产业综合开发、白沙百草庄园等10个招商引资签约项目。"
        + "县人民医院、县城投公司等单位负责人汇报了项目推进情况。",
      expected: [
        "桐江通用机场 : Project", "白沙百草庄园 : Project", "云岭小镇产业综合开发 : Project",
      ],
      absent: ["县城投公司 : Project", "县人民医院 : Project"]),
    // A count in digits closes the last item (A项目、B项目2个议题).
    Case(
      text: "区长彭志远主持召开白沙区政府第45次常务会议。会议审议了桐江物流园二期项目、梅林安置小区项目2个议题。",
      expected: ["彭志远 reviews 梅林安置小区项目"], absent: ["梅林安置小区项目2个议题 : Project"]),
  ]

  /// Topics and bodies an agenda hears are no works: a part of the county (城区学校), a
  /// company's or a school's business, a report that says nothing of building.
  static let topics: [Case] = [
    Case(
      text: "县长梁文涛主持召开松溪县政府第40次常务会议。会议研究了城区学校建设有关事项，听取了农村公路建设情况汇报，"
        + "研究了乡镇卫生院改扩建工作。",
      expected: [],
      absent: [
        "城区学校 : Project", "农村公路 : Project", "乡镇卫生院 : Project",
        "松溪县政府第40次常务会议 reviews 农村公路",
      ]),
    Case(
      text: "县长梁文涛主持召开松溪县政府第41次常务会议。会议听取了县城投公司融资情况汇报，审议了桐江第一中学招生方案。",
      expected: [], absent: ["桐江第一中学 : Project", "松溪县政府第41次常务会议 reviews 桐江第一中学"]),
  ]

  @Test("an agenda's item with what of it is heard is a work", arguments: works)
  func work(_ example: Case) throws { try example.check() }

  @Test("an agenda's works named as works", arguments: namedWorks)
  func namedWork(_ example: Case) throws { try example.check() }

  @Test("an agenda's other forms", arguments: forms)
  func form(_ example: Case) throws { try example.check() }

  @Test("a meeting named by its kind word only reviews nothing, nor does its chair", arguments: unnamed)
  func unnamedMeeting(_ example: Case) throws { try example.check() }

  @Test("a numbered agenda's items", arguments: numbered)
  func numberedItem(_ example: Case) throws { try example.check() }

  @Test("a work's name in title marks", arguments: titles)
  func title(_ example: Case) throws { try example.check() }

  @Test("a standing committee deliberates on works", arguments: congress)
  func congressAgenda(_ example: Case) throws { try example.check() }

  @Test("one item named with the work done on a place", arguments: workOnPlace)
  func workOnAPlace(_ example: Case) throws { try example.check() }

  @Test("a work anywhere is a work everywhere", arguments: oneClass)
  func oneClassEach(_ example: Case) throws { try example.check() }

  @Test("a list counted as projects of a kind", arguments: counted)
  func countedList(_ example: Case) throws { try example.check() }

  @Test("an agenda's topics are no works", arguments: topics)
  func topic(_ example: Case) throws { try example.check() }
}
