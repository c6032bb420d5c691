import Testing

/// More forms of a meeting's agenda, met on fresh real text: what of a work an agenda decides on
/// written after its 项目 (方案设计, 合同起草, 规划和建筑设计方案), works reported on at the meeting
/// before any cue (会上，各单位分别就A、B推进情况进行了汇报), a leader whose name is not read
/// hearing the works (区长先后听取了A、B的进展情况), firms' names written before their works
/// (会议就某再生资源有限公司年产…项目进行研究). Invented names.
@Suite("Agenda forms of fresh text")
struct AgendaFormTests {
  typealias Case = ReadingCase

  static let aspects: [Case] = [
    // 项目方案设计 after each item: the work ends at its 项目.
    Case(
      text: "5月21日，区长彭志远主持召开白沙区规划委员会2024年第3次会议。会议评审了青禾烘焙产业园项目方案设计、"
        + "蓝港智造基地项目方案设计等项目。",
      expected: [
        "青禾烘焙产业园项目 : Project", "白沙区规划委员会2024年第3次会议 reviews 青禾烘焙产业园项目",
        "彭志远 reviews 蓝港智造基地项目",
      ],
      absent: ["青禾烘焙产业园项目方案设计 : Project"]),
    // A work's design named with its kind of plan (规划和建筑设计方案, 选址及规划建筑设计方案).
    Case(
      text: "区长彭志远主持召开白沙区规划委员会2024年第4次会议。会议审议了桐江滨河公园规划和建筑设计方案、"
        + "梅林体育馆选址及规划建筑设计方案。",
      expected: ["白沙区规划委员会2024年第4次会议 reviews 桐江滨河公园"],
      absent: ["桐江滨河公园规划和建筑设计方案 : Project"]),
    // A building's design decided: the item is a work though its name has no work's kind
    // (某府, 某花园三期, a plot numbered 7#); an area's plan with no kind word names none.
    Case(
      text: "区长彭志远主持召开白沙区规划委员会2024年第6次会议。会议审议了星河首府规划和建设设计方案、"
        + "蓝湾郡7#地块二期规划和建筑设计方案、翠竹花园三期规划设计方案。",
      expected: [
        "星河首府 : Project", "白沙区规划委员会2024年第6次会议 reviews 星河首府",
        "彭志远 reviews 蓝湾郡7#地块二期", "白沙区规划委员会2024年第6次会议 reviews 翠竹花园三期",
      ]),
    Case(
      text: "区长彭志远主持召开白沙区规划委员会2024年第7次会议。会议审议了国土空间总体规划、全区城市设计方案。",
      expected: [],
      absent: ["国土空间 : Project", "全区城市 : Project", "全区 : Project"]),
    // 听取关于某项目合同起草有关情况的汇报: the work, not its contract.
    Case(
      text: "县长梁文涛主持召开松溪县政府2024年第5次专题会议。会议听取关于云岭燕麦精深加工项目合同起草有关情况的汇报。",
      expected: [
        "云岭燕麦精深加工项目 : Project", "松溪县政府2024年第5次专题会议 reviews 云岭燕麦精深加工项目",
        "梁文涛 reviews 云岭燕麦精深加工项目",
      ]),
  ]

  static let reported: [Case] = [
    // The works reported on after 会上, before the sentence's own cue (会商研究).
    Case(
      text: "4月7日，县长梁文涛主持召开松溪县重点项目调度会。会上，相关部门分别就桐江康养中心项目、"
        + "梅林垃圾处理项目推进情况进行了汇报，对存在的问题进行了会商研究。",
      expected: [
        "松溪县重点项目调度会 reviews 桐江康养中心项目", "松溪县重点项目调度会 reviews 梅林垃圾处理项目",
        "梁文涛 reviews 梅林垃圾处理项目",
      ]),
    // A leader named by surname and post (马区长) hears the works: the meeting's agenda.
    Case(
      text: "11月3日，区长马志诚组织召开全区重点项目建设工作推进会。马区长先后听取了桐江赛道改造、"
        + "梅林智能装备产业园等12个项目的进展情况，并就下步工作进行安排部署。",
      expected: ["全区重点项目建设工作推进会 reviews 梅林智能装备产业园"]),
  ]

  static let firms: [Case] = [
    // 再生 is a trade's word, not the adverb 再; 会议就 begins no firm's name.
    Case(
      text: "7月14日，副市长罗清源主持召开白沙市2022年第5次国土空间规划委员会会议。"
        + "会议就梅林再生资源有限公司年产20万吨再生塑料项目进行研究。",
      expected: ["白沙市2022年第5次国土空间规划委员会会议 reviews 梅林再生资源有限公司年产20万吨再生塑料项目"],
      absent: ["会议就梅林再生资源有限公司 : Organization"]),
  ]

  static let longNames: [Case] = [
    // A list item longer than any list's item is no item: the firm's work is read whole by its
    // capacity (two capacities, digits inside), not cut to its last characters.
    Case(
      text: "副市长罗清源主持召开白沙市2022年第6次国土空间规划委员会会议。会议就梅林新材料有限公司年产5万吨板材项目、"
        + "桐江嘉禾再生资源有限公司年产20万吨化纤10万吨塑料瓶片产品项目、云岭金属产业园项目进行研究。",
      expected: [
        "白沙市2022年第6次国土空间规划委员会会议 reviews 桐江嘉禾再生资源有限公司年产20万吨化纤10万吨塑料瓶片产品项目",
        "云岭金属产业园项目 : Project",
      ],
      absent: ["源有限公司年产20万吨化纤10万吨塑料瓶片产品项目 : Project"]),
  ]

  static let words: [Case] = [
    // 等 of 中等 ends no item (某职业中等专业学校某校区).
    Case(
      text: "县委书记郑国栋主持召开全县民生重点项目专题调度会议。会议研究了县职业中等专业学校梅林校区、桐江二中凤凰校区等10个民生重点项目。",
      expected: [
        "县职业中等专业学校梅林校区 : Project",
        "全县民生重点项目专题调度会议 reviews 县职业中等专业学校梅林校区",
      ],
      absent: ["县职业中 : Project"]),
    // 关于实施A有关情况: the verb that opens the work is no part of its name.
    Case(
      text: "区长彭志远主持召开白沙区政府第30次常务会议。会议听取关于实施桐江大桥升级改造工程的情况汇报。",
      expected: ["白沙区政府第30次常务会议 reviews 桐江大桥升级改造工程"],
      absent: ["实施桐江大桥升级改造工程 : Project"]),
    // 分别参加相关阶段会议: parts of the article's meeting, no meeting of their own.
    Case(
      text: "县委书记郑国栋主持召开全县重点项目专题调度会议。县领导陈立新、周文博等分别参加相关阶段会议。",
      expected: [],
      absent: ["相关阶段会议 : Meeting", "陈立新 attends 相关阶段会议"]),
  ]

  static let moreForms: [Case] = [
    // What the designers report at the meeting is what it hears (依次汇报了A、B规划设计方案).
    Case(
      text: "9月14日，市长周立新主持召开白沙市自然资源和规划委员会2021年第九次审议会。会上，规划设计单位依次汇报了"
        + "梅林医院调整规划设计方案、桐江镇企业孵化园规划设计方案等6个设计方案。",
      expected: [
        "桐江镇企业孵化园 : Project",
        "白沙市自然资源和规划委员会2021年第九次审议会 reviews 桐江镇企业孵化园",
        "周立新 reviews 桐江镇企业孵化园",
      ],
      absent: ["梅林医院调整 : Project"]),
    // A numbered agenda heard with how the work is to be built (采用…模式, EPC方案); 改造及装修
    // 项目 is one work.
    Case(
      text: "区长彭志远主持召开白沙区政府第89次常务会议。一、听取关于桐江商贸大厦改造及装修项目采用设计施工总承包模式"
        + "(EPC)及有关情况汇报。",
      expected: [
        "桐江商贸大厦改造及装修项目 : Project",
        "白沙区政府第89次常务会议 reviews 桐江商贸大厦改造及装修项目",
      ],
      absent: ["装修项目 : Project"]),
    // A congress votes the works it decides on (票决确定了A、B为民生实事项目).
    Case(
      text: "6月15日，松溪县第十六届人民代表大会第四次会议召开。会议票决确定了梅林大道拓宽改造工程项目、"
        + "松溪县人民医院门诊大楼建设项目为2020年县政府民生实事项目。",
      expected: ["松溪县第十六届人民代表大会第四次会议 reviews 梅林大道拓宽改造工程项目"]),
    // A road's section in brackets, its range written with a horizontal bar (――).
    Case(
      text: "8月18日下午，市长郭立新主持召开白沙市政府第12次专题会议。会议听取了梅林路南延(桐江大街――云岭路)道路工程"
        + "征地拆迁资金等5项工程项目的汇报。",
      expected: ["郭立新 reviews 梅林路南延(桐江大街――云岭路)道路工程"],
      absent: ["云岭路)道路工程征地拆迁资金 : Project"]),
    // A hospital whose building's design is decided is a work; a firm's plan is the firm's.
    Case(
      text: "9月14日，市长周立新主持召开白沙市自然资源和规划委员会2021年第十次审议会。会上，规划设计单位依次汇报了"
        + "桐江医院调整规划设计方案、梅林科技有限公司厂区规划设计方案等4个设计方案。",
      expected: ["桐江医院 : Project", "周立新 reviews 桐江医院"],
      absent: ["梅林科技有限公司 : Project"]),
    // 对A进行审查；对B建设方案进行审查: a water body cleaned up, a river's section built.
    Case(
      text: "11月21日下午，区发改委牵头各相关部门召开项目初审会。会议对桐江河黑臭水体整治进行审查；"
        + "对梅林河东延云岭厂区段建设方案进行审查。",
      expected: [
        "项目初审会 : Meeting", "项目初审会 reviews 桐江河黑臭水体整治",
        "项目初审会 reviews 梅林河东延云岭厂区段",
      ]),
    // A way of financing names no work (PPP项目).
    Case(
      text: "县长梁文涛主持召开全县PPP项目工作推进会。会上，各相关单位分别汇报了PPP项目前期工作的进度情况。",
      expected: [],
      absent: ["PPP项目 : Project"]),
  ]

  static let aboutClauses: [Case] = [
    // 听取了关于A，关于B建设，关于办理C临时用地手续的汇报: each 关于 clause is an item; the verb
    // that deals with the work (办理) is no part of its name; 固定资产项目 names no work.
    Case(
      text: "11月29日下午，区长张立民主持召开白沙区政府第58次常务会议，听取了关于加强固定资产项目入库，"
        + "关于梅林路消防救援站建设，关于桐江医院综合能力提升项目建设，关于办理云岭湾二期项目临时用地手续的汇报。",
      expected: [
        "梅林路消防救援站 : Project", "白沙区政府第58次常务会议 reviews 梅林路消防救援站",
        "张立民 reviews 桐江医院综合能力提升项目", "张立民 reviews 云岭湾二期项目",
      ],
      absent: ["办理云岭湾二期项目 : Project", "固定资产项目 : Project"]),
    // 研究解决A、B项目用地等事宜: the work, not its land.
    Case(
      text: "3月9日，区委书记魏立新主持召开白沙区委常委会会议，研究解决梅林中学扩建项目资金、桐江妇女儿童救治中心建设项目用地等事宜。",
      expected: ["白沙区委常委会会议 reviews 桐江妇女儿童救治中心建设项目"],
      absent: ["桐江妇女儿童救治中心建设项目用地 : Project"]),
    // A meeting the agenda plans (研究召开某动员大会等事项) is a topic; the article's meeting hears
    // the works.
    Case(
      text: "3月11日，区委书记魏立新主持召开白沙区委常委会第4次会议，研究召开创建文明城市暨迎省运会动员大会等"
        + "有关事项，研究解决梅林中学扩建项目资金、桐江妇女儿童救治中心建设项目用地等事宜。",
      expected: ["白沙区委常委会第4次会议 reviews 桐江妇女儿童救治中心建设项目"],
      absent: ["创建文明城市暨迎省运会动员大会 reviews 桐江妇女儿童救治中心建设项目"]),
    // 建设 inside a work's name (某湖生态建设示范区湿地公园) is no aspect that ends it; 建设中,
    // 建设业主单位 still are.
    Case(
      text: "白沙市规委会2019年第8次专题会议召开。会议审议了丙丁湖生态建设示范区湿地公园景观概念规划。"
        + "会议原则同意梅林医院新区建设业主单位变更。",
      expected: [
        "白沙市规委会2019年第8次专题会议 reviews 丙丁湖生态建设示范区湿地公园",
        "白沙市规委会2019年第8次专题会议 reviews 梅林医院新区",
      ],
      absent: ["丙丁湖生态 : Project"]),
    // A problem the agenda solves is no work.
    Case(
      text: "3月10日，区委书记魏立新主持召开白沙区委常委会第3次会议，研究解决城区小学学位紧缺、"
        + "桐江妇女儿童救治中心建设项目用地等事宜。",
      expected: ["白沙区委常委会第3次会议 reviews 桐江妇女儿童救治中心建设项目"],
      absent: ["城区小学学位紧缺 : Project", "白沙区委常委会第3次会议 reviews 城区小学学位紧缺"]),
  ]

  /// Topics an agenda hears, though a work word stands in them: a plan's or a document's
  /// drafting (规划纲要, 规划编制), a body's building (法治政府建设), development, business climate
  /// and investment as such. A work beside them stays one.
  static let topics: [Case] = [
    Case(
      text: "2月3日，区长彭志远主持召开区政府常务会议，研究2026年度区级重点项目安排、政府系统督查工作、"
        + "法治政府建设等事项。",
      expected: [],
      absent: ["法治政府建设 : Project", "政府系统督查工作 : Project"]),
    Case(
      text: "8月11日，区长彭志远主持召开专题汇报会，听取白沙区“十四五”规划纲要、白沙区“十四五”重大项目"
        + "规划编制工作情况。",
      expected: [],
      absent: ["白沙区“十四五”规划纲要 : Project", "白沙区“十四五”重大项目规划编制 : Project"]),
    Case(
      text: "会上，县发改局负责人对优化营商环境、固定资产投资、桐江大桥建设等工作情况进行了详细汇报。",
      expected: [],
      absent: ["营商环境 : Project", "固定资产投资 : Project"]),
  ]

  @Test("topics an agenda hears are no works", arguments: topics)
  func topic(_ example: Case) throws { try example.check() }

  @Test("items in clauses of their own after 关于", arguments: aboutClauses)
  func aboutClause(_ example: Case) throws { try example.check() }

  @Test("more forms of what a meeting hears", arguments: moreForms)
  func moreForm(_ example: Case) throws { try example.check() }

  @Test("words that look like a list's end or a verb", arguments: words)
  func word(_ example: Case) throws { try example.check() }

  @Test("a name longer than a list's item is read whole", arguments: longNames)
  func longName(_ example: Case) throws { try example.check() }

  @Test("what of a work an agenda decides on ends its name", arguments: aspects)
  func aspect(_ example: Case) throws { try example.check() }

  @Test("works reported on at the meeting", arguments: reported)
  func report(_ example: Case) throws { try example.check() }

  @Test("a firm's work on the agenda", arguments: firms)
  func firm(_ example: Case) throws { try example.check() }
}
