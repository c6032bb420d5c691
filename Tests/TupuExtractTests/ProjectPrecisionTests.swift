import Testing

/// False works and false reviews of the forms that recur across the read articles (round 8):
/// a visit's cue read inside a longer word; a campaign's quoted name; and the work a
/// ceremony is named after. Invented names.
@Suite("Works that are no works")
struct ProjectPrecisionTests {
  typealias Case = ReadingCase

  /// 观摩团, 观摩人员, 督查人员: the cue names the party that visits; 深入了解, 察看了解 lead 了解
  /// (了 is no aspect of 察看 there). A site still follows a cue whose next word only begins the same way (团结村).
  static let fusedCues: [Case] = [
    Case(
      text: "区长钱立新一行来到青山镇李村，并深入了解基层网格化治理、集体经济发展等工作。",
      expected: [],
      absent: ["解基层网格化治理 : Project", "钱立新 reviews 解基层网格化治理"]),
    Case(
      text: "区委书记赵明远带领观摩团观摩重点项目。观摩人员边走边看、边听边议，每到一处都认真听取项目建设情况介绍，查看建设进度。",
      expected: [],
      absent: ["人员边走边看 : Project", "边听边议 : Project", "赵明远 reviews 边听边议"]),
    Case(
      text: "在赵明远的带领下，观摩团进项目、看现场、听汇报、问进度，对重点项目逐一点评。",
      expected: [],
      absent: ["团进项目 : Project", "赵明远 reviews 团进项目"]),
    Case(
      text: "区纪委会同住建局等单位督查人员组成专项督查组，深入东湾城中村改造项目现场。",
      expected: ["东湾城中村改造项目 : Project"],
      absent: ["人员组成专项 : Project"]),
    Case(
      text: "区长钱立新一行深入了解了嘉禾智能科技项目建设情况。",
      expected: ["嘉禾智能科技项目 : Project", "钱立新 reviews 嘉禾智能科技项目"]),
    Case(
      text: "区长钱立新查看了解东湖冷链物流中心项目建设情况。",
      expected: ["东湖冷链物流中心项目 : Project", "钱立新 reviews 东湖冷链物流中心项目"],
      absent: ["解东湖冷链物流中心项目 : Project"]),
    Case(
      text: "区长钱立新实地察看了解宝山卫生院、东湖小学等工程的建设选址。",
      expected: [], absent: ["解宝山卫生院 : Organization", "解宝山卫生院 : Project"]),
    Case(
      text: "区长钱立新观摩团结村光伏发电项目，察看项目建设进度。",
      expected: ["团结村光伏发电项目 : Project", "钱立新 reviews 团结村光伏发电项目"]),
  ]

  @Test("a visit's cue inside a longer word opens no site", arguments: fusedCues)
  func fusedCue(_ example: Case) throws { try example.check() }

  /// “某某工程”, “某某工程·某某”: a work's word inside a quotation names a campaign or a slogan;
  /// a name a quotation mark cuts through is none. A name quoted before its work's word is one.
  static let campaigns: [Case] = [
    Case(text: "为扎实推进“青禾工程”贡献力量。", expected: [], absent: ["青禾工程 : Project"]),
    Case(
      text: "这也是社会“敬老助老爱幼工程”的新举措。", expected: [],
      absent: ["敬老助老爱幼工程 : Project"]),
    Case(
      text: "农工党“同心助学工程·健康新乡村”援建活动在青山村启动。", expected: [],
      absent: ["同心助学工程 : Project"]),
    Case(
      text: "县人大常委会开展“百名代表调研视察百项工程行动”集中调研视察活动。", expected: [],
      absent: ["百项工程行动”集中 : Project"]),
    Case(
      text: "会议听取了关于东湖冷链物流中心项目和“智慧青山”二期工程建设情况的汇报。",
      expected: ["东湖冷链物流中心项目 : Project"]),
  ]

  @Test("a quoted campaign is no work", arguments: campaigns)
  func campaign(_ example: Case) throws { try example.check() }

  /// 某工程开工仪式, …动员会暨某项目开工仪式: the work a ceremony is named after is a Project,
  /// held by the places its name begins with; a batch of works names none.
  static let ceremonies: [Case] = [
    Case(
      text: "12月30日上午，青山区东湖街道社区服务中心综合楼工程开工仪式举行。",
      expected: [
        "青山区东湖街道社区服务中心综合楼工程 : Project",
        "青山区东湖街道社区服务中心综合楼工程 located-in 东湖街道",
      ]),
    Case(
      text: "随后我县举行了第四次项目集中开工动员会暨青山县扶贫产业园标准化厂房建设项目开工仪式。",
      expected: ["青山县扶贫产业园标准化厂房建设项目 : Project"]),
    Case(
      text: "3月8日，青山区2024年重大项目集中开工仪式举行。", expected: [],
      absent: ["青山区2024年重大项目 : Project", "2024年重大项目 : Project"]),
  ]

  @Test("the work a ceremony is named after is a Project", arguments: ceremonies)
  func ceremonyWork(_ example: Case) throws { try example.check() }

  /// 某小学“某某”项目, 某村“某某”项目, “十三五”某某种植项目: a name quoted before the work's
  /// word is one work's, marks and all; a counting slogan or a sector after the mark names none.
  static let quotedWorks: [Case] = [
    Case(
      text: "善款将支持青湾小学“花开校园”项目，修缮校舍。",
      expected: ["“花开校园”项目 : Project"]),
    Case(
      text: "区长钱立新察看了东湖村“小田并大田”项目建设情况。",
      expected: [
        "“小田并大田”项目 : Project", "“小田并大田”项目 located-in 东湖村",
        "钱立新 reviews “小田并大田”项目",
      ],
      absent: ["东湖村“小田 : Project"]),
    Case(
      text: "区长钱立新来到柳林村的“十三五”移民致富提升木耳种植项目，察看项目建设进度。",
      expected: ["“十三五”移民致富提升木耳种植项目 : Project"]),
    Case(
      text: "会议研究部署了东湖村“三个一批”项目。", expected: [],
      absent: ["“三个一批”项目 : Project"]),
    Case(
      text: "全力推进“青禾记忆”旅游项目建设。", expected: [],
      absent: ["“青禾记忆”旅游项目 : Project"]),
  ]

  @Test("a name quoted before its work's word names the work", arguments: quotedWorks)
  func quotedWork(_ example: Case) throws { try example.check() }

  /// 人居环境整治 (人居环境 + 整治), 医疗: an item written wholly in words that say what kind of
  /// work or sector it is names no work, whichever way those words split.
  static let kindWordItems: [Case] = [
    Case(
      text: "镇党委书记钱立新一行实地察看东湖村鹌鹑基地项目、农村人居环境整治、美丽乡村示范点。",
      expected: ["钱立新 reviews 东湖村鹌鹑基地项目"],
      absent: ["农村人居环境整治 : Project", "钱立新 reviews 农村人居环境整治"]),
    Case(
      text: "区长钱立新一行先后来到县人民医院、县第一中学，实地察看医疗、教育设施建设情况。",
      expected: [], absent: ["医疗 : Project", "教育设施 : Project", "钱立新 reviews 医疗"]),
  ]

  /// 研究A、B、C等有关工作: tasks, no works — unless an item names a work or the place it is done
  /// to (某公园改造, 某大桥建设).
  static let taskLists: [Case] = [
    Case(
      text: "县政府常务会议研究网格化管理、粮食和物资储备、教育教学、法治政府建设等有关工作。",
      expected: [],
      absent: ["法治政府建设 : Project", "粮食和物资储备 : Project", "网格化管理 : Project"]),
    Case(
      text: "会议研究了东湖公园改造、北湖大桥建设等相关工作。",
      expected: ["东湖公园改造 : Project", "北湖大桥建设 : Project"]),
  ]

  @Test("a list of tasks names no works", arguments: taskLists)
  func taskList(_ example: Case) throws { try example.check() }

  @Test("an item wholly of kind words names no work", arguments: kindWordItems)
  func kindWordItem(_ example: Case) throws { try example.check() }

  /// 某乡代表活动室建设情况, 某中心会议室, 区物业服务大厅: a room or hall of a body's premises is
  /// no work a visit reviews (a hall read as a work becomes a place).
  static let rooms: [Case] = [
    Case(
      text: "调研组一行实地察看了青山镇、白沙乡代表活动室建设情况。", expected: [],
      absent: ["白沙乡代表活动室 : Project"]),
    Case(
      text: "县人大常委会主任钱立新一行实地察看了服务中心各窗口及“平安工程”会议室。", expected: [],
      absent: ["“平安工程”会议室 : Project", "钱立新 reviews “平安工程”会议室"]),
    Case(
      text: "区长钱立新一行实地察看了东湖路综合改造现场、区物业服务大厅等项目现场。",
      expected: ["钱立新 reviews 东湖路综合改造"],
      absent: ["区物业服务大厅 : Project", "钱立新 reviews 区物业服务大厅"]),
  ]

  @Test("a room of a body's premises is no work", arguments: rooms)
  func room(_ example: Case) throws { try example.check() }

  /// 某某基础母牛繁育集群建设项目: a work's name may run past its suffix's length back to its
  /// boundary; one cut inside a word by a length is no name.
  static let longNames: [Case] = [
    Case(
      text: "东湖村的青侨丰源基础母牛繁育集群建设项目、柳林村的木耳种植项目正在建设。",
      expected: ["青侨丰源基础母牛繁育集群建设项目 : Project"],
      absent: ["侨丰源基础母牛繁育集群建设项目 : Project"]),
    Case(
      text: "雅东高速出口连接线拓宽改造工程项目。",
      expected: ["雅东高速出口连接线拓宽改造工程 : Project"],
      absent: ["东高速出口连接线拓宽改造工程 : Project"]),
  ]

  @Test("a long work's name runs to its boundary", arguments: longNames)
  func longName(_ example: Case) throws { try example.check() }
}
