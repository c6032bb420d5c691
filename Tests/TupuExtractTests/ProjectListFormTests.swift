import Testing

/// Forms of works in agendas, signings and tours met on round 7's real text: tasks and fields
/// listed before 等工作 / 等领域 (no works), a count of the works right after the last one
/// (A、B和C3个项目), a clause that says which works before 的, a firm's upgrade named after the
/// firm (某公司技改项目), kinds of energy and rebuilding that name no work, and a meeting whose
/// spirit the article's meeting passes on. Invented names.
@Suite("Project list forms of round 7")
struct ProjectListFormTests {
  typealias Case = ReadingCase

  static let tasks: [Case] = [
    // What a meeting arranges (等工作进行安排部署) is tasks, not works.
    Case(
      text: "县长梁文涛主持召开松溪县政府第9次常务会议。会议还就招商指标、安全生产、森林防火等工作进行安排部署。",
      expected: [],
      absent: ["招商指标 : Project", "安全生产 : Project", "森林防火 : Project"]),
    // Fields of works (等领域的重大项目): the list names none of them.
    Case(
      text: "会议要求，进一步梳理交通设施、产业培育、生态保护等领域的重大项目。",
      expected: [],
      absent: ["进一步梳理交通设施 : Project", "交通设施 : Project"]),
    // Every item a work by its name: the closing 等工作 takes nothing from them.
    Case(
      text: "县长梁文涛主持召开松溪县政府第10次常务会议，研究了桐江大桥建设项目、梅林污水处理厂扩建工程等工作。",
      expected: ["松溪县政府第10次常务会议 reviews 桐江大桥建设项目"]),
  ]

  static let signings: [Case] = [
    // A count of the works after the last one is no part of its name.
    Case(
      text: "4月7日下午，松溪县人民政府集中签约了青禾食品厂建设、蓝港铸件改扩建和年产2万吨白鹭香醋生产线技改搬迁3个项目。",
      expected: [
        "青禾食品厂建设 : Project", "蓝港铸件改扩建 : Project", "年产2万吨白鹭香醋生产线技改搬迁 : Project",
      ],
      absent: ["年产2万吨白鹭香醋生产线技改搬迁3个项目 : Project"]),
    // Which works, said before 的; two long last works joined by 和 are two.
    Case(
      text: "县政府集中签约一季度洽谈成功的青禾LNG液化站建设、年产3.5万吨蓝港机床铸件智能化改扩建和年产1万吨白鹭香醋生产线技改搬迁3个项目的投资合作协议。",
      expected: [
        "青禾LNG液化站建设 : Project", "年产3.5万吨蓝港机床铸件智能化改扩建 : Project",
        "年产1万吨白鹭香醋生产线技改搬迁 : Project",
      ],
      absent: ["一季度洽谈成功 : Project"]),
  ]

  static let firms: [Case] = [
    // A firm's upgrade named after it: one work, the firm inside its name.
    Case(
      text: "会议研究了青山建材有限公司技改项目。",
      expected: ["青山建材有限公司技改项目 : Project"],
      absent: ["青山建材有限公司 : Organization"]),
    // Named by its product: the firm's work, the firm inside its name.
    Case(
      text: "会议研究了青山建材有限公司水泥制品项目。",
      expected: ["青山建材有限公司水泥制品项目 : Project"],
      absent: ["青山建材有限公司 : Organization"]),
    // A firm's cooperation, its kind of works or a count of them name no product.
    Case(
      text: "会议研究了蓝港控股集团合作项目。会议研究了白鹭家具有限公司等7个项目。会议研究了青山建材有限公司重点项目。",
      expected: [],
      absent: [
        "蓝港控股集团合作项目 : Project", "白鹭家具有限公司等7个项目 : Project",
        "青山建材有限公司重点项目 : Project",
      ]),
  ]

  static let kinds: [Case] = [
    // 光伏项目, 洪灾恢复重建项目: kinds of works, not works.
    Case(
      text: "8月3日，县委副书记郑文涛深入白沙镇调研光伏项目和白沙红色纪念馆进展情况。",
      expected: [],
      absent: ["光伏项目 : Project", "郑文涛 reviews 光伏项目"]),
    // Goals, grades and praise (经济社会发展, 省级重大教育工程, 众多亮点工程) name no work.
    Case(
      text: "市委书记郑文涛一行先后察看了经济社会发展、开放发展和众多亮点工程，调研了省级重大教育工程。",
      expected: [],
      absent: [
        "经济社会发展 : Project", "开放发展 : Project", "众多亮点工程 : Project", "省级重大教育工程 : Project",
      ]),
    Case(
      text: "会上，县发改局通报洪灾恢复重建项目建设情况。",
      expected: [],
      absent: ["洪灾恢复重建项目 : Project"]),
  ]

  static let conveyed: [Case] = [
    // The meeting passes on another's spirit, then hears a work: the article's meeting hears it.
    Case(
      text: "5月10日，县长梁文涛主持召开松溪县政府第9次常务会议。会议传达了全省安全生产工作会议精神，听取桐江风光储一体化项目情况汇报。",
      expected: [
        "松溪县政府第9次常务会议 reviews 桐江风光储一体化项目", "梁文涛 reviews 桐江风光储一体化项目",
      ],
      absent: ["全省安全生产工作会议 reviews 桐江风光储一体化项目"]),
  ]

  static let longItems: [Case] = [
    // An item between two list commas may run long: the list goes on past it.
    Case(
      text: "区长郑文涛一行先后来到青禾商业街、XYZ新型800KV超高压大容量远距离输变电设备模块化研制能力建设、蓝港时代广场等新竣工项目现场。",
      expected: [
        "青禾商业街 : Project", "XYZ新型800KV超高压大容量远距离输变电设备模块化研制能力建设 : Project",
        "郑文涛 reviews 青禾商业街",
      ]),
    // A long first item right after the cue (分别为), up to the list comma: read whole.
    Case(
      text: "本次集中开工共3个项目，分别为白沙镇1万吨农产品仓储冷链中心及3000吨脱水姜生产线建设项目、梅林乡生姜基地附属设施项目及青禾村美丽庭院项目。",
      expected: [
        "白沙镇1万吨农产品仓储冷链中心及3000吨脱水姜生产线建设项目 : Project",
        "白沙镇1万吨农产品仓储冷链中心及3000吨脱水姜生产线建设项目 located-in 白沙镇",
        "梅林乡生姜基地附属设施项目 : Project",
      ],
      absent: ["3000吨脱水姜生产线建设项目 : Project"]),
    // A work whose list is cut inside its brackets ends before them.
    Case(
      text: "代表们票决确定了桐江大桥建设工程项目、青禾山“不忘初心”红色拓展训练基地革命历史纪念综合楼建设项目、白沙镇中心学校建设工程项目(第一期小学部分)为年度民生实事项目。",
      expected: ["白沙镇中心学校建设工程项目 : Project"],
      absent: ["白沙镇中心学校建设工程项目(第一期小学 : Project"]),
  ]

  static let counted: [Case] = [
    // 产业项目N项，…，主要有A、B等: the works the count names, whatever their suffix.
    Case(
      text: "从项目类别来看，产业项目12项，总投资约27.5亿元，主要有青禾纺织服装集聚区项目、蓝港(松溪)数字产业园、白鹭医药贸易流通总部等。",
      expected: [
        "蓝港(松溪)数字产业园 : Project", "白鹭医药贸易流通总部 : Project",
      ],
      absent: ["数字产业园 : Project"]),
    // 建设内容包括A、B及C: the parts of one work.
    Case(
      text: "其中青禾新能源科技项目由蓝港新能源科技有限公司投资建设，建设内容包括热泵生产车间、光热车间及辅助用房。",
      expected: [],
      absent: ["热泵生产车间 : Project", "辅助用房 : Project"]),
  ]

  static let referred: [Case] = [
    // 巡查了各个项目: the works the sentence before listed, seen by the leader named now.
    Case(
      text: "前不久，我区召开项目建设现场巡查会。区领导巡查了桐江大桥改扩建、梅林学校、白沙工业园等12个项目。"
        + "区委副书记、区长郑文涛认真仔细的巡查了各个项目，并提出了具体要求。",
      expected: [
        "郑文涛 reviews 桐江大桥改扩建", "郑文涛 reviews 梅林学校", "郑文涛 reviews 白沙工业园",
      ]),
  ]

  static let bracketedNotes: [Case] = [
    // A short note in brackets inside a work's name, after a verb that announces the work.
    Case(
      text: "蓝港纺织有限公司投资5亿元建设喷淋(气)织布项目；青禾食品有限公司投资3000万元建设菌菇深加工(菌菇酱)项目。",
      expected: [
        "喷淋(气)织布项目 : Project", "菌菇深加工(菌菇酱)项目 : Project",
        "蓝港纺织有限公司 sponsors 喷淋(气)织布项目",
      ]),
    Case(
      text: "县长郑文涛主持召开松溪县政府第5次专题会议。会议听取关于谋划实施桐江湿地导向开发(EOD)项目有关情况的汇报。",
      expected: [
        "桐江湿地导向开发(EOD)项目 : Project", "松溪县政府第5次专题会议 reviews 桐江湿地导向开发(EOD)项目",
      ]),
    // 和 after the bracket joins another thing: no work named across it.
    Case(
      text: "会议研究了企业培育(引进)和固定资产项目入库工作。",
      expected: [],
      absent: ["培育(引进)和固定资产项目 : Project", "企业培育(引进)和固定资产项目 : Project"]),
  ]

  static let sums: [Case] = [
    // 投资1亿8千万元的…项目: a sum in 亿 and 千万, then the work's whole name.
    Case(
      text: "这3个项目分别为投资6000万元的青禾工业园，投资1亿8千万元的蓝港10万纱锭纺织项目，投资9500万元的白鹭钢管生产项目。",
      expected: ["蓝港10万纱锭纺织项目 : Project", "白鹭钢管生产项目 : Project"]),
  ]

  static let placeHeads: [Case] = [
    // 研究了某镇某社区某某项目: the cue stands before the places at the head of the work's name;
    // the work is named in full and lies in the innermost of them.
    Case(
      text: "4月1日，县长郑文涛主持召开松溪县政府第3次常务会议。会议研究了平远镇田心社区美丽庭院项目、石庙村游客中心项目。",
      expected: [
        "平远镇田心社区美丽庭院项目 : Project", "平远镇田心社区美丽庭院项目 located-in 田心社区",
        "石庙村游客中心项目 : Project", "石庙村游客中心项目 located-in 石庙村",
        "松溪县政府第3次常务会议 reviews 石庙村游客中心项目",
      ]),
  ]

  static let sumAfterCount: [Case] = [
    // 等3个总投资12亿元的重点项目: the sum between the count and 项目 still counts works; a firm
    // with its product (某公司铸件材料) is one work.
    Case(
      text: "县长郑文涛在致辞中介绍了青禾智能装备产业园2期、白鹭公司铸件材料、蓝港集团公司黑茶系列产品生产加工等3个总投资12亿元的重点项目具体情况。",
      expected: [
        "青禾智能装备产业园2期 : Project", "白鹭公司铸件材料 : Project",
        "蓝港集团公司黑茶系列产品生产加工 : Project",
      ],
      absent: ["白鹭公司 : Organization"]),
  ]

  @Test("a count and a sum before 重点项目 close a list of works", arguments: sumAfterCount)
  func sumAfterCountList(_ example: Case) throws { try example.check() }

  @Test("a work named after the places at its head, on an agenda", arguments: placeHeads)
  func placeHead(_ example: Case) throws { try example.check() }

  @Test("works referred back to (各个项目) are those listed before", arguments: referred)
  func referredWorks(_ example: Case) throws { try example.check() }

  @Test("a note in brackets inside a work's name", arguments: bracketedNotes)
  func bracketedNote(_ example: Case) throws { try example.check() }

  @Test("a sum in 亿 and 千万 before a work's name", arguments: sums)
  func sum(_ example: Case) throws { try example.check() }

  @Test("a long item between list commas", arguments: longItems)
  func longItem(_ example: Case) throws { try example.check() }

  @Test("the works a count names after 主要有 or 主要包括", arguments: counted)
  func countedWorks(_ example: Case) throws { try example.check() }

  @Test("tasks and fields listed before 等工作 or 等领域 are no works", arguments: tasks)
  func task(_ example: Case) throws { try example.check() }

  @Test("the works a signing lists, without their count", arguments: signings)
  func signing(_ example: Case) throws { try example.check() }

  @Test("a firm's upgrade named after the firm", arguments: firms)
  func firm(_ example: Case) throws { try example.check() }

  @Test("kinds of energy and rebuilding name no work", arguments: kinds)
  func kind(_ example: Case) throws { try example.check() }

  @Test("a meeting passed on hears nothing", arguments: conveyed)
  func conveyedMeeting(_ example: Case) throws { try example.check() }
}
