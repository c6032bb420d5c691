import Testing

/// Forms of agendas and tours met in round 6's fresh articles, written with invented names: what
/// makes an item a work a meeting or a visit reviews, and what makes it none.
@Suite("Works reviewed: round 6 forms")
struct ReviewFreshFormTests {
  typealias Case = ReadingCase

  /// Items a list puts where works stand that name none: sectors, aspects, kinds of zone, tasks,
  /// and what a work is to the county (一项重要民生工程).
  static let noWorks: [Case] = [
    Case(
      text: "在县委副书记赵一平的带领下，全体代表对我县民生项目、交通项目、工业项目等进行集中视察。",
      expected: [],
      absent: ["工业项目等 : Project", "赵一平 reviews 工业项目等", "民生项目 : Project"]),
    Case(
      text: "县长王大明深入产业集聚区、青禾工业园区督导项目建设情况。",
      expected: ["青禾工业园区 : Place"],
      absent: ["产业集聚区 : Project", "王大明 reviews 产业集聚区"]),
    Case(
      text: "副县长李小红一行深入青禾镇“五个一”项目建设现场，听取青禾镇关于项目施工组织、当前进展及存在问题的汇报。",
      expected: [],
      absent: ["项目施工组织 : Project", "李小红 reviews 项目施工组织"]),
    Case(
      text: "县长王大明主持召开县政府第12次常务会议，审定了重点建设项目、招商引资、争取资金计划，"
        + "研究部署了农业农村及人居环境整治工作。",
      expected: [],
      absent: ["争取资金计划 : Project", "人居环境整治工作 : Project"]),
    Case(
      text: "会议指出，青禾水库扩建工程是全县最大的民生性、公益性、战略性水利工程。",
      expected: ["青禾水库扩建工程 : Project"],
      absent: ["战略性水利工程 : Project"]),
    Case(
      text: "王大明指出，青禾体育中心项目是一项重要民生工程。",
      expected: [],
      absent: ["重要民生工程 : Project"]),
  ]

  /// 项目 or 工程 written only at the end: one work whose name holds 及 or 和 (a plant and the
  /// pipes that serve it); A项目及B项目 stay two.
  static let joined: [Case] = [
    Case(
      text: "会议听取了300兆瓦风电项目、县第二污水处理厂及配套管网工程的进展情况。",
      expected: ["县第二污水处理厂及配套管网工程 : Project"],
      absent: ["配套管网工程 : Project", "县第二污水处理厂 : Project"]),
    Case(
      text: "区委书记周文斌先后来到青禾智能装备项目及白鹭湾冷链物流项目、南塘污水处理厂项目。",
      expected: ["周文斌 reviews 青禾智能装备项目", "周文斌 reviews 白鹭湾冷链物流项目"]),
    // A base or line that makes two products (设备及小基站…生产基地) is one work; a place before
    // the joiner (某产业园及某生产基地) still stands on its own.
    Case(
      text: "副县长李小红一行先后来到青禾新能源储能中心、白鹭科技光纤设备及微基站研发生产基地等项目现场，"
        + "实地检查各项目建设进展情况。",
      expected: [
        "白鹭科技光纤设备及微基站研发生产基地 : Project",
        "李小红 reviews 白鹭科技光纤设备及微基站研发生产基地",
      ],
      absent: ["微基站研发生产基地 : Project", "李小红 reviews 微基站研发生产基地"]),
    Case(
      text: "副县长李小红一行先后来到南塘产业园及青禾电池生产基地等项目现场，实地检查各项目建设进展情况。",
      expected: ["南塘产业园 : Project", "李小红 reviews 南塘产业园"],
      absent: ["南塘产业园及青禾电池生产基地 : Project"]),
  ]

  /// An agenda's verbs (研究讨论) begin no work's name after them.
  static let agendaVerbs: [Case] = [
    Case(
      text: "县长王大明主持召开县政府第3次常务会议。会议共有三项议题：一是听取财政工作汇报。"
        + "二是研究讨论青禾县生物医药产业园总体规划。",
      expected: ["生物医药产业园 : Project", "县政府第3次常务会议 reviews 生物医药产业园"],
      absent: ["讨论青禾县生物医药产业园 : Project", "县政府第3次常务会议 reviews 讨论青禾县生物医药产业园"]),
    // 打造出更多精品工程: what a leader asks for, no work.
    Case(
      text: "县长王大明一行先后到青禾路外立面提升、南塘棚户区改造等地调研。王大明强调，要为全县居民打造出更多精品工程。",
      expected: ["王大明 reviews 南塘棚户区改造"],
      absent: ["出更多精品工程 : Project", "王大明 reviews 出更多精品工程"]),
  ]

  /// A work named by its size: the digits at the head of its name (500兆瓦光伏项目), even where
  /// the list around it holds an item no reader takes for a work (关于某事宜).
  static let sized: [Case] = [
    Case(
      text: "县长王大明主持召开重点项目推进会。会议听取了500兆瓦光伏项目、关于青禾煤业申请关闭退出事宜、"
        + "县殡仪馆建设项目的进展情况。",
      expected: ["500兆瓦光伏项目 : Project", "王大明 reviews 500兆瓦光伏项目"],
      absent: ["兆瓦光伏项目 : Project"]),
    Case(
      text: "区长郑立群先后来到220千伏青禾输变电工程、白鹭湾安置小区，察看施工进度。",
      expected: ["220千伏青禾输变电工程 : Project", "郑立群 reviews 220千伏青禾输变电工程"]),
  ]

  /// Tours and agendas written in forms the readers missed: firms listed after 到 with the tour
  /// said in the next clause, a work done on a road (拓宽改造), a name misread from the cue on (研究某学校…), a work done (施工) joined by 和.
  static let tours: [Case] = [
    Case(
      text: "县委书记周文斌先后到鑫旺纺织、华达电子、金禾食品，实地察看项目建设进展。",
      expected: ["鑫旺纺织 : Project", "周文斌 reviews 鑫旺纺织", "周文斌 reviews 金禾食品"]),
    Case(
      text: "县委书记周文斌先后到青禾镇、白鹭乡，实地察看项目建设进展。",
      expected: [], absent: ["青禾镇 : Project", "周文斌 reviews 青禾镇"]),
    Case(
      text: "县委书记周文斌先后到鑫旺纺织、华达电子，了解企业生产经营情况。",
      expected: [], absent: ["鑫旺纺织 : Project", "周文斌 reviews 鑫旺纺织"]),
    Case(
      text: "县委书记周文斌、县长郑立群一同调研了青禾大道拓宽改造工程。",
      expected: ["青禾大道拓宽改造工程 : Project", "周文斌 reviews 青禾大道拓宽改造工程"]),
    Case(
      text: "县长郑立群主持召开县政府常务会议，研究青禾职业学校迁建、白鹭湾农贸市场改造提升等事项。",
      expected: ["县政府常务会议 reviews 青禾职业学校迁建", "郑立群 reviews 白鹭湾农贸市场改造提升"]),
    Case(
      text: "县长周文斌先后察看了青禾大桥建设、白鹭湾隧道施工和南塘互通立交工程。",
      expected: ["周文斌 reviews 白鹭湾隧道施工", "周文斌 reviews 南塘互通立交工程"]),
  ]

  /// Sites listed with commas instead of 、, the last closed by 等 and a word that says they are
  /// works: every item is one (a hospital, a park); a firm keeps its class; what is said of a
  /// site before 的 is no part of it.
  static let commaLists: [Case] = [
    Case(
      text: "县长郑立群先后视察了青禾公园，白鹭湾医院，南塘幼儿园和东湖学校等城建项目。",
      expected: [
        "青禾公园 : Project", "白鹭湾医院 : Project", "郑立群 reviews 白鹭湾医院",
        "郑立群 reviews 东湖学校",
      ]),
    Case(
      text: "县长郑立群先后视察了新建成的青禾县人民医院，白鹭湾物流有限公司，南塘漆包线项目和荷花公园等重点项目。",
      expected: ["青禾县人民医院 : Project", "郑立群 reviews 荷花公园", "郑立群 reviews 南塘漆包线项目"],
      absent: ["白鹭湾物流有限公司 : Project", "新建成的青禾县人民医院 : Project"]),
    // Clauses with verbs are no list of sites.
    Case(
      text: "县长郑立群视察了青禾公园，详细询问了管理情况，查看了白鹭湾医院等项目。",
      expected: [], absent: ["青禾公园 : Project"]),
  ]

  /// 在A项目、B项目、…，考察团…: a frame listing many works runs past one name's length to its
  /// clause's end; a park in a list closed by 等项目现场 stays a work.
  static let longFrames: [Case] = [
    Case(
      text: "12月20日，县政协主席郭立新带领考察团赴东山区考察学习。在青禾无人机电池智造基地项目、白鹭湾智慧农业装备产业园项目、"
        + "南塘年产10万吨新材料项目、东湖光伏新材料项目、西岭食品生产基地项目、北塘高强韧铝合金轻量化装备制造项目，"
        + "考察团深入了解各项目投资规模。",
      expected: [
        "郭立新 reviews 西岭食品生产基地项目", "北塘高强韧铝合金轻量化装备制造项目 : Project",
        "郭立新 reviews 北塘高强韧铝合金轻量化装备制造项目",
      ]),
    Case(
      text: "在青禾智能家居三期、白鹭湾卫生用品、南塘科技产业园、东湖新能源等项目现场，区委书记周文斌详细了解项目规划、施工进度、投产运营等情况。",
      expected: ["南塘科技产业园 : Project", "周文斌 reviews 南塘科技产业园"],
      absent: ["南塘科技产业园 : Place"]),
  ]

  /// Names a reader cut: a province's short form in a brand (山东某某年产…项目, 某食品山东…项目),
  /// the supporting part of a facility (某污水处理厂及配套管网项目) in a list no reader takes
  /// whole, 辖区内 before a site.
  static let cutNames: [Case] = [
    Case(
      text: "县委书记周文斌先后来到青禾智造基地项目、江苏鑫源年产10万片碳化硅衬底项目，察看施工进度。",
      expected: ["江苏鑫源年产10万片碳化硅衬底项目 : Project", "周文斌 reviews 江苏鑫源年产10万片碳化硅衬底项目"],
      absent: ["年产10万片碳化硅衬底项目 : Project"]),
    Case(
      text: "县委书记周文斌先后来到青禾光伏新材料项目、百味食品江苏生产基地项目，察看施工进度。",
      expected: ["百味食品江苏生产基地项目 : Project", "周文斌 reviews 百味食品江苏生产基地项目"],
      absent: ["生产基地项目 : Project", "江苏 : City"]),
    Case(
      text: "县长王大明主持召开重点项目推进会。会议听取了关于青禾煤业申请关闭退出事宜、县建制镇污水处理厂及配套管网项目的进展情况。",
      expected: ["县建制镇污水处理厂及配套管网项目 : Project"],
      absent: ["配套管网项目 : Project"]),
    Case(
      text: "县长王大明先后到辖区内东塘初中、东塘小学、柳湾村卫生室，察看施工现场。",
      expected: ["东塘初中 : Project", "王大明 reviews 东塘初中"],
      absent: ["内东塘初中 : Project", "辖区内东塘初中 : Project"]),
    Case(
      text: "调研组先后到辖区内东塘初中、东塘小学、柳湾村卫生室一线看施工现场。",
      expected: ["东塘初中 : Project"], absent: ["内东塘初中 : Project"]),
  ]

  /// A visit is made by people: a meeting carried from the sentence before sees no site, and an
  /// unnamed team's tour gives no reviews; campaigns and tasks are no works.
  static let teams: [Case] = [
    Case(
      text: "日前，青禾镇召开乡村振兴流动现场会，会议通过查看现场、听取汇报的方式检阅各村工作。"
        + "观摩团先后走进白鹭村旅游路、南塘村鹌鹑基地项目，实地察看项目建设情况。",
      expected: [],
      absent: ["乡村振兴流动现场会 reviews 南塘村鹌鹑基地项目", "青禾镇乡村振兴流动现场会 reviews 南塘村鹌鹑基地项目"]),
    Case(
      text: "县委召开县委常委扩大会议，研究安排疫情防控工作，讨论农业农村暨脱贫攻坚、项目建设等相关事项。",
      expected: [], absent: ["农业农村暨脱贫攻坚 : Project"]),
  ]

  /// A quoted work's name begun by the divisions written before its opening mark: the divisions
  /// are part of the name, and the last of them holds the work.
  static let placedQuotedWorks: [Case] = [
    Case(
      text: "县长李明德一行先后来到青石镇白杨村“绿水青山”项目现场、县文化中心等地，实地查看建设情况。",
      expected: [
        "青石镇白杨村绿水青山项目 : Project", "李明德 reviews 青石镇白杨村绿水青山项目",
        "白杨村 : Community",
      ],
      absent: ["绿水青山项目 : Project"]),
    Case(
      text: "日前，红河市金沙县“暖冬行动”儿童关爱项目在青石镇中心小学启动。",
      expected: ["红河市金沙县暖冬行动儿童关爱项目 : Project", "金沙县 : District"],
      absent: ["暖冬行动儿童关爱项目 : Project"]),
    Case(
      text: "县长李明德先后来到金沙公司光伏组件项目、金沙县乡村振兴“五好两宜”融合示范区项目等现场进行实地调研。",
      expected: [
        "金沙县乡村振兴五好两宜融合示范区项目 : Project",
        "李明德 reviews 金沙县乡村振兴五好两宜融合示范区项目",
      ],
      absent: ["五好两宜融合示范区项目 : Project"]),
    // Words between the division and the mark outside a list item may be a verb or a time.
    Case(
      text: "县长李明德指出，金沙县推进“青山绿水”生态修复项目取得成效。",
      expected: ["青山绿水生态修复项目 : Project"],
      absent: ["金沙县推进青山绿水生态修复项目 : Project"]),
    Case(
      text: "金沙县今年“绿水青山”生态修复项目开工。",
      expected: ["绿水青山生态修复项目 : Project"],
      absent: ["金沙县今年绿水青山生态修复项目 : Project"]),
    Case(
      text: "今年以来，白杨村实施“美丽庭院”工程，村容村貌明显改善。",
      expected: [], absent: ["白杨村实施美丽庭院工程 : Project"]),
  ]

  @Test("a quoted work begun by its divisions", arguments: placedQuotedWorks)
  func placedQuotedWork(_ example: Case) throws { try example.check() }

  @Test("a visit is made by people", arguments: teams)
  func team(_ example: Case) throws { try example.check() }

  @Test("names a reader cut", arguments: cutNames)
  func cutName(_ example: Case) throws { try example.check() }

  @Test("a frame listing many works", arguments: longFrames)
  func longFrame(_ example: Case) throws { try example.check() }

  @Test("sites listed with commas", arguments: commaLists)
  func commaList(_ example: Case) throws { try example.check() }

  @Test("tours and agendas in forms the readers missed", arguments: tours)
  func tour(_ example: Case) throws { try example.check() }

  @Test("a work named by its size", arguments: sized)
  func sizedWork(_ example: Case) throws { try example.check() }

  @Test("items that name no work", arguments: noWorks)
  func noWork(_ example: Case) throws { try example.check() }

  @Test("one work whose name holds 及", arguments: joined)
  func joinedWork(_ example: Case) throws { try example.check() }

  @Test("an agenda's verb begins no work", arguments: agendaVerbs)
  func agendaVerb(_ example: Case) throws { try example.check() }
}
