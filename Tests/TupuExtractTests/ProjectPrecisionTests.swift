import Testing

/// False works and false reviews of the forms that recur across the read articles (round 8): a
/// visit's cue read inside a longer word; a campaign's quoted name; tasks and sectors listed as
/// if they were works; a room of a body's premises. And works whose names were cut: the work a
/// ceremony is named after, a name quoted before its work's word, a long name. Invented names.
@Suite("Works that are no works")
struct ProjectPrecisionTests {
  typealias Case = ReadingCase

  /// 观摩团, 观摩人员, 督查人员: the cue names the party that visits; 深入了解, 察看了解 lead 了解
  /// (了 is no aspect of 察看 there). A site still follows a cue whose next word only begins the
  /// same way (团结村).
  static let fusedCues: [Case] = [
    Case(
      text: "区长钱立新一行来到东湾村，深入了解基层网格化治理、集体经济发展等情况。",
      expected: [],
      absent: ["解基层网格化治理 : Project", "钱立新 reviews 解基层网格化治理"]),
    Case(
      text: "区委书记赵明远带领观摩团观摩重点项目。观摩人员边看边议、边听边记，每到一处都认真听取项目建设情况介绍，查看建设进度。",
      expected: [],
      absent: ["人员边看边议 : Project", "边听边记 : Project", "赵明远 reviews 边听边记"]),
    Case(
      text: "在赵明远的带领下，观摩团进园区、看现场、听汇报、问进度，对重点项目逐一点评。",
      expected: [],
      absent: ["团进园区 : Project", "赵明远 reviews 团进园区"]),
    Case(
      text: "县纪委联合住建局等单位督查人员组成专项检查组，深入东湾、西岭棚户区改造项目现场。",
      expected: ["东湾、西岭棚户区改造项目 : Project"],
      absent: ["人员组成专项 : Project", "西岭棚户区改造项目 : Project"]),
    Case(
      text: "区长钱立新一行深入了解了嘉禾智能科技项目建设情况。",
      expected: ["嘉禾智能科技项目 : Project", "钱立新 reviews 嘉禾智能科技项目"]),
    Case(
      text: "区长钱立新查看了解东湖冷链物流中心项目建设情况。",
      expected: ["东湖冷链物流中心项目 : Project", "钱立新 reviews 东湖冷链物流中心项目"],
      absent: ["解东湖冷链物流中心项目 : Project"]),
    Case(
      text: "区长钱立新实地察看了解青峰卫生院扩建工程选址情况。",
      expected: [], absent: ["解青峰卫生院 : Organization", "解青峰卫生院扩建工程 : Project"]),
    Case(
      text: "区长钱立新观摩团结村光伏发电项目，察看项目建设进度。",
      expected: ["团结村光伏发电项目 : Project", "钱立新 reviews 团结村光伏发电项目"]),
  ]

  @Test("a visit's cue inside a longer word opens no site", arguments: fusedCues)
  func fusedCue(_ example: Case) throws { try example.check() }

  /// “某某工程”, “某某工程·某某”: a work's word inside a quotation names a campaign or a slogan;
  /// a name a quotation mark cuts through is none. A name quoted before its work's word is one.
  static let campaigns: [Case] = [
    Case(
      text: "全镇上下齐心推进“青禾暖心工程”。", expected: [], absent: ["青禾暖心工程 : Project"]),
    Case(
      text: "这也是社会“邻里守望互助工程”的新举措。", expected: [],
      absent: ["邻里守望互助工程 : Project"]),
    Case(
      text: "民盟“春蕾助学工程·书香乡村”活动在青山村启动。", expected: [],
      absent: ["春蕾助学工程 : Project"]),
    Case(
      text: "县人大常委会开展“百名代表走访视察百项工程行动”集中调研视察活动。", expected: [],
      absent: ["百项工程行动”集中 : Project"]),
    Case(
      text: "会议听取了关于东湖冷链物流中心项目和“智慧青山”二期工程建设情况的汇报。",
      expected: ["东湖冷链物流中心项目 : Project"]),
  ]

  @Test("a quoted campaign is no work", arguments: campaigns)
  func campaign(_ example: Case) throws { try example.check() }

  /// 某工程开工仪式, …推进会暨某项目开工仪式: the work a ceremony is named after is a Project,
  /// held by the places its name begins with; a batch of works names none.
  static let ceremonies: [Case] = [
    Case(
      text: "5月8日，青山区东湖街道社区服务中心综合楼工程开工仪式举行。",
      expected: [
        "青山区东湖街道社区服务中心综合楼工程 : Project",
        "青山区东湖街道社区服务中心综合楼工程 located-in 东湖街道",
      ]),
    Case(
      text: "当天还举行了春季重大项目推进会暨青山县农产品冷链仓储中心建设项目开工仪式。",
      expected: ["青山县农产品冷链仓储中心建设项目 : Project"]),
    Case(
      text: "3月8日，青山区2024年重大项目集中开工仪式举行。", expected: [],
      absent: ["青山区2024年重大项目 : Project", "2024年重大项目 : Project"]),
  ]

  @Test("the work a ceremony is named after is a Project", arguments: ceremonies)
  func ceremonyWork(_ example: Case) throws { try example.check() }

  /// 某小学“某某”项目, 某村“某某”项目, “十四五”某某养殖项目: a name quoted before the work's
  /// word is one work's, named without its marks (Extractor); a counting slogan or a sector after
  /// the mark names none.
  static let quotedWorks: [Case] = [
    Case(
      text: "基金会出资支持青湾小学“书香校园”项目。",
      expected: ["书香校园项目 : Project"]),
    Case(
      text: "区长钱立新察看了东湖村“旱田改水田”项目建设情况。",
      expected: [
        "东湖村旱田改水田项目 : Project", "东湖村旱田改水田项目 located-in 东湖村",
        "钱立新 reviews 东湖村旱田改水田项目",
      ],
      absent: ["东湖村“旱田 : Project"]),
    Case(
      text: "区长钱立新来到西岭村的“十四五”生态黑山羊规模养殖项目，察看项目建设进度。",
      expected: ["十四五生态黑山羊规模养殖项目 : Project"]),
    Case(
      text: "会议研究部署了东湖村“四个一批”项目。", expected: [],
      absent: ["四个一批项目 : Project"]),
    Case(
      text: "全力推进“山水青禾”旅游项目建设。", expected: [],
      absent: ["山水青禾旅游项目 : Project"]),
  ]

  @Test("a name quoted before its work's word names the work", arguments: quotedWorks)
  func quotedWork(_ example: Case) throws { try example.check() }

  /// 研究A、B、C等有关工作: tasks, no works — unless an item names a work or the place it is done
  /// to (某公园改造, 某大桥建设).
  static let taskLists: [Case] = [
    Case(
      text: "会议研究网格化管理、防汛抗旱、文明城市创建、法治政府建设等有关工作。",
      expected: [],
      absent: ["网格化管理 : Project", "文明城市创建 : Project", "法治政府建设 : Project"]),
    Case(
      text: "会议研究了东湖公园改造、北湖大桥建设等相关工作。",
      expected: ["东湖公园改造 : Project", "北湖大桥建设 : Project"]),
  ]

  @Test("a list of tasks names no works", arguments: taskLists)
  func taskList(_ example: Case) throws { try example.check() }

  /// 人居环境整治 (人居环境 + 整治), 医疗: an item written wholly in words that say what kind of
  /// work or sector it is names no work, whichever way those words split.
  static let kindWordItems: [Case] = [
    Case(
      text: "镇长钱立新先后察看了西岭村肉鸽养殖基地项目、农村人居环境整治、庭院经济示范点。",
      expected: ["钱立新 reviews 西岭村肉鸽养殖基地项目"],
      absent: ["农村人居环境整治 : Project", "钱立新 reviews 农村人居环境整治"]),
    Case(
      text: "区长钱立新一行先后来到县人民医院、县第一中学，实地察看医疗、教育设施建设情况。",
      expected: [], absent: ["医疗 : Project", "教育设施 : Project", "钱立新 reviews 医疗"]),
  ]

  @Test("an item wholly of kind words names no work", arguments: kindWordItems)
  func kindWordItem(_ example: Case) throws { try example.check() }

  /// 土地平整, 光伏发电, 服饰加工: a short item that ends in what is done (`activity-end`) and
  /// holds no name of its own names a task, not a work; a trade after a name (西岭服饰加工)
  /// still names one.
  static let activityItems: [Case] = [
    Case(
      text: "镇长钱立新察看了土地平整、土壤改良等工程。",
      expected: [],
      absent: ["土地平整 : Project", "土壤改良 : Project", "钱立新 reviews 土地平整"]),
    Case(
      text: "区长钱立新详细了解了光伏发电、公路养护等前期谋划项目进展情况。",
      expected: [],
      absent: ["光伏发电 : Project", "公路养护 : Project", "钱立新 reviews 光伏发电"]),
    Case(
      text: "各乡镇与投资商签订涉及青梅深加工、服饰加工等8个项目。",
      expected: [], absent: ["青梅深加工 : Project", "服饰加工 : Project"]),
    Case(
      text: "委员们在青石村听取了美丽庭院建设、土地流转的情况汇报。",
      expected: [], absent: ["美丽庭院建设 : Project", "土地流转 : Project"]),
    Case(
      text: "镇长钱立新先后来到西岭服饰加工、东湖公园改造等项目现场。",
      expected: [
        "西岭服饰加工 : Project", "东湖公园改造 : Project", "钱立新 reviews 西岭服饰加工",
      ]),
  ]

  @Test("a listed task is no work", arguments: activityItems)
  func activityItem(_ example: Case) throws { try example.check() }

  /// 某新能59MW风电项目, 某高速XW03路基路面工程: capitals, with the digits among them, inside a
  /// work's name belong to it; the name is not cut after them.
  static let capitalsInNames: [Case] = [
    Case(text: "会议研究了东坡新能59MW风电项目。", expected: ["东坡新能59MW风电项目 : Project"]),
    Case(
      text: "区长钱立新察看了西岭高速XW03路基路面工程。",
      expected: ["西岭高速XW03路基路面工程 : Project", "钱立新 reviews 西岭高速XW03路基路面工程"],
      absent: ["路基路面工程 : Project"]),
  ]

  @Test("capitals inside a work's name", arguments: capitalsInNames)
  func capitalsInName(_ example: Case) throws { try example.check() }

  /// 深入某经济开发区、某矿业等重点项目企业: a standing zone named by its zone word stays a place
  /// though the list calls its items works; the firms beside it are the works.
  static let standingZones: [Case] = [
    Case(
      text: "县委书记钱立新带领相关部门负责人,深入青石经济开发区、东坡矿业、西岭集团等重点项目企业。",
      expected: ["青石经济开发区 : Place", "东坡矿业 : Project", "钱立新 reviews 东坡矿业"],
      absent: ["青石经济开发区 : Project", "钱立新 reviews 青石经济开发区"]),
  ]

  @Test("a standing zone in a list of works stays a place", arguments: standingZones)
  func standingZone(_ example: Case) throws { try example.check() }

  /// 某乡代表活动室, 某中心会议室, 某区便民服务大厅: a room or hall of a body's premises is no
  /// work a visit reviews (a hall read as a work becomes a place).
  static let rooms: [Case] = [
    Case(
      text: "检查组一行实地察看了青山镇、白沙乡代表活动室建设情况。", expected: [],
      absent: ["白沙乡代表活动室 : Project"]),
    Case(
      text: "钱立新一行实地察看了中心各窗口及“智慧社区”会议室。", expected: [],
      absent: ["智慧社区会议室 : Project", "钱立新 reviews 智慧社区会议室"]),
    Case(
      text: "区长钱立新先后察看了东湖路综合改造、区便民服务大厅等项目现场。",
      expected: ["钱立新 reviews 东湖路综合改造"],
      absent: ["区便民服务大厅 : Project", "钱立新 reviews 区便民服务大厅"]),
  ]

  @Test("a room of a body's premises is no work", arguments: rooms)
  func room(_ example: Case) throws { try example.check() }

  /// 某某黑山羊标准化繁育集群建设项目: a work's name may run past its suffix's length back to its
  /// boundary; one cut inside a word by a length is no name.
  static let longNames: [Case] = [
    Case(
      text: "东湖村的青禾丰源黑山羊标准化繁育集群建设项目、西岭村的肉鸽养殖项目正在建设。",
      expected: ["青禾丰源黑山羊标准化繁育集群建设项目 : Project"],
      absent: ["禾丰源黑山羊标准化繁育集群建设项目 : Project"]),
    Case(
      text: "青川高速南出口连接线拓宽改造工程项目。",
      expected: ["青川高速南出口连接线拓宽改造工程 : Project"],
      absent: ["川高速南出口连接线拓宽改造工程 : Project"]),
  ]

  @Test("a long work's name runs to its boundary", arguments: longNames)
  func longName(_ example: Case) throws { try example.check() }
  /// Areas a list closes with (等重点区域, 等片区) are where works stand, no works; a work's
  /// vehicles and machines (工程车, 工程机械) end no work's name.
  static let areasAndVehicles: [Case] = [
    Case(
      text: "从全区看，桐江商务区东片区、青禾科创片区等重点区域大批项目陆续开工建设。",
      expected: [],
      absent: ["桐江商务区东片区 : Project", "青禾科创片区 : Project"]),
    Case(
      text: "7月8日，青石镇工业园内彩旗飘扬，几十辆工程车整装待发。",
      expected: [],
      absent: ["几十辆工程 : Project"]),
    // What money is used for, and a work counted as one: the verb and the count are no name's.
    Case(
      text: "村干部表示，将把爱心资金落到实处，用于青石路建设等项目上。",
      expected: [],
      absent: ["用于青石路建设 : Project"]),
    Case(
      text: "视察组认为，桐江防洪治理工程是一件民生工程。",
      expected: ["桐江防洪治理工程 : Project"],
      absent: ["一件民生工程 : Project"]),
    // 母校 (one's old school) refers to a school named elsewhere: no part of a name after it.
    Case(
      text: "某某在青石中学新校区捐建签约仪式上宣布，将出资10亿元用于母校新校区建设。",
      expected: [],
      absent: ["母校新校区 : Project"]),
    // A place, then only a kind of works (民生实事项目, 重点项目) after an agenda's cue: no work,
    // as without the cue. A work of its own name after the place stays one.
    Case(
      text: "会议听取了青石镇民生实事项目票决制工作的汇报。",
      expected: ["青石镇 : Street"],
      absent: ["青石镇民生实事项目 : Project"]),
    Case(
      text: "会议听取了青石镇光伏发电站项目的汇报。",
      expected: ["青石镇光伏发电站项目 : Project"]),
    // A quoted event, then only the kind of works signed there: no work's name; words that
    // name the work after the mark still do.
    Case(
      text: "园区已落实“青禾会”意向签约项目7项，意向签约额160亿元。",
      expected: [],
      absent: ["青禾会意向签约项目 : Project"]),
    Case(
      text: "青石村“十四五”肉牛标准化养殖项目开工。",
      expected: ["青石村十四五肉牛标准化养殖项目 : Project"]),
  ]

  @Test("areas and a work's vehicles are no works", arguments: areasAndVehicles)
  func areaOrVehicle(_ example: Case) throws { try example.check() }
}
