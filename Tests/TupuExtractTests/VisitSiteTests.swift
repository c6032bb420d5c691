import Testing

/// The sites a visit sees, on the genre's forms: a single site after 来到, 走进, 深入, 实地察看了…;
/// a site framed by 在…现场 or ended by 工地, 建设情况; lists after a visit's cue. On a tour of
/// works a site is a Project whatever its suffix (a firm, a base, a road, a school's new campus),
/// and its visit's leaders review it; a call on a running firm or a service reads no work.
/// Invented names.
@Suite("Sites a visit sees")
struct VisitSiteTests {
  typealias Case = ReadingCase

  /// One site after the visit's cue: its name ends at the clause's end or at the words that say
  /// what of it is seen.
  static let single: [Case] = [
    Case(
      text: "9月3日，县委书记赵明远实地察看了凤鸣快速路建设情况。",
      expected: ["凤鸣快速路 : Project", "赵明远 reviews 凤鸣快速路"]),
    Case(
      text: "区委书记赵明远调研重点项目。随后，赵明远来到北湖水库除险加固工地，察看施工进展。",
      expected: ["赵明远 reviews 北湖水库除险加固"]),
    Case(
      text: "区长钱立新一行走进嘉禾智能科技，详细了解项目建设和投产情况。",
      expected: ["嘉禾智能科技 : Project", "钱立新 reviews 嘉禾智能科技"]),
    Case(
      text: "区长钱立新来到金湖片区棚户区改造项目，察看征迁进展。副区长孙晓峰随同调研。",
      expected: ["钱立新 reviews 金湖片区棚户区改造项目"],
      absent: ["孙晓峰 reviews 金湖片区棚户区改造项目"]),
    Case(
      text: "区委书记赵明远调研重点项目。一行人首先来到东湖冷链物流中心项目，听取项目建设情况介绍。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"]),
    // Where the site lies, said before it (位于某街道的), is no part of it.
    Case(
      text: "区委书记赵明远来到位于东湖街道的恒达智能制造产业园项目施工现场，听取项目建设进展情况汇报。",
      expected: ["恒达智能制造产业园项目 : Project", "赵明远 reviews 恒达智能制造产业园项目"],
      absent: ["赵明远 reviews 恒达智能制造产业园"]),
    // 督导, 踏勘: verbs of a visit, no part of the work's name; 选址 is what of it is seen.
    Case(
      text: "区委书记赵明远督导南岭污水处理厂建设项目，察看施工进度。",
      expected: ["赵明远 reviews 南岭污水处理厂建设项目"],
      absent: ["督导南岭污水处理厂 : Project"]),
    Case(
      text: "区委书记赵明远一行实地踏勘了东湖冷链物流中心项目选址。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["东湖冷链物流中心项目选址 : Project"]),
    // The site ends at a verb of what the visit does there (到A项目参加…).
    Case(
      text: "开工仪式结束后，副市长赵明远一行还到恒达公司年产5万吨新材料项目参加投产活动，实地查看项目投产情况。",
      expected: ["赵明远 reviews 恒达公司年产5万吨新材料项目"]),
    // A site named after the place it lies in may be short (某区供热站).
    Case(
      text: "区委书记赵明远来到青山区供热站，察看项目建设进度。",
      expected: ["青山区供热站 : Project", "赵明远 reviews 青山区供热站"]),
    Case(
      text: "区委书记赵明远一行首先来到锦华鞋业，察看生产线建设情况；接着来到嘉禾智能科技，"
        + "了解项目建设进度；最后来到南岭污水处理厂，查看施工现场。",
      expected: [
        "赵明远 reviews 锦华鞋业", "赵明远 reviews 嘉禾智能科技", "赵明远 reviews 南岭污水处理厂",
      ]),
    Case(
      text: "区委书记赵明远调研城北实验学校建设情况。区委常委孙晓峰参加调研。",
      expected: ["城北实验学校 : Project", "赵明远 reviews 城北实验学校"],
      absent: ["孙晓峰 reviews 城北实验学校"]),
  ]

  /// A site reached (到, 到达: no review cue of its own) goes to the visit's cue after it.
  static let reached: [Case] = [
    Case(
      text: "区长钱立新到城北实验学校新校区建设项目现场，察看工程进度。",
      expected: ["钱立新 reviews 城北实验学校新校区建设项目"]),
    Case(
      text: "区长钱立新到达东湖冷链物流中心项目现场，察看施工进度。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "区长钱立新强调，要做到东湖冷链物流中心项目早日投产，并督导各部门落实。",
      expected: [], absent: ["钱立新 reviews 东湖冷链物流中心项目"]),
  ]

  /// Leaders who go 分别 (each their own way) see the works in the order of their list.
  static let separately: [Case] = [
    Case(
      text: "区委书记赵明远、区长钱立新分别带队，深入东湖冷链物流中心项目、南岭污水处理厂项目调研。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "钱立新 reviews 南岭污水处理厂项目"],
      absent: ["钱立新 reviews 东湖冷链物流中心项目", "赵明远 reviews 南岭污水处理厂项目"]),
    // Without 分别, both lead one visit and both review each work.
    Case(
      text: "区委书记赵明远、区长钱立新一同来到东湖冷链物流中心项目、南岭污水处理厂项目，察看施工进度。",
      expected: [
        "赵明远 reviews 东湖冷链物流中心项目", "钱立新 reviews 南岭污水处理厂项目",
        "钱立新 reviews 东湖冷链物流中心项目", "赵明远 reviews 南岭污水处理厂项目",
      ]),
  ]

  @Test("leaders who go separately see the works in their order", arguments: separately)
  func separateVisits(_ example: Case) throws { try example.check() }

  @Test("a site reached goes to the visit's cue after it", arguments: reached)
  func reachedSite(_ example: Case) throws { try example.check() }

  /// A tour told by its stations: each station's site is seen by the visit's leaders.
  static let stations: [Case] = [
    Case(
      text: "4月11日，区委书记赵明远调研重点项目建设。第一站，恒达新材料产业园项目。赵明远详细询问项目进度。"
        + "第二站：城北实验学校建设项目。",
      expected: [
        "赵明远 reviews 恒达新材料产业园项目", "赵明远 reviews 城北实验学校建设项目",
      ],
      absent: ["第一站恒达新材料产业园 : Project"]),
  ]

  /// A site framed by where the visit stands (在A施工现场，…; 到A建设现场调研; A工地).
  static let frames: [Case] = [
    Case(
      text: "区长钱立新调研重点项目建设。在青山人民医院新院区施工现场，钱立新详细了解工程进度和资金保障情况。",
      expected: ["青山人民医院新院区 : Project", "钱立新 reviews 青山人民医院新院区"]),
    Case(
      text: "区长钱立新到金湖片区棚户区改造现场督导项目建设。",
      expected: ["钱立新 reviews 金湖片区棚户区改造"]),
    Case(
      text: "区长钱立新到凤鸣快速路建设现场调研，要求施工单位加快进度。",
      expected: ["钱立新 reviews 凤鸣快速路"]),
    Case(
      text: "区长钱立新走进城北实验学校新建工程工地，详细询问工程质量和进度。",
      expected: ["钱立新 reviews 城北实验学校新建工程"]),
    Case(
      text: "区长钱立新冒雨来到北湖水库除险加固工程施工现场，查看工程进展。",
      expected: ["钱立新 reviews 北湖水库除险加固工程"]),
    // 在 inside the clause, after the leader: 甲在A工地督导.
    Case(
      text: "区长钱立新在北湖水库除险加固工地督导施工安全。",
      expected: ["北湖水库除险加固 : Project", "钱立新 reviews 北湖水库除险加固"]),
    // A firm's manager who tells of the work at the site reviews nothing; the visit's leader does.
    Case(
      text: "4月11日，区委书记赵明远调研重点项目建设。在恒达新材料产业园项目，项目负责人王建国介绍了项目建设情况。",
      expected: ["赵明远 reviews 恒达新材料产业园项目"],
      absent: ["王建国 reviews 恒达新材料产业园项目"]),
    // The site opens the sentence without 在; the leader stands after it.
    Case(
      text: "区委书记赵明远调研重点项目建设。东湖冷链物流中心项目现场，赵明远仔细询问项目进展。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"]),
  ]

  /// Several sites after one cue, each a work when the words after the list say so.
  static let lists: [Case] = [
    Case(
      text: "区委书记赵明远带领区直有关部门负责人来到城北实验学校、青山人民医院新院区建设现场，察看工程进度。",
      expected: ["赵明远 reviews 城北实验学校", "赵明远 reviews 青山人民医院新院区"]),
    Case(
      text: "市人大常委会主任赵明远率视察组视察了青山人民医院新院区和城北实验学校建设情况。",
      expected: ["赵明远 reviews 青山人民医院新院区", "赵明远 reviews 城北实验学校"]),
  ]

  /// A school, a hospital, a park or a road named right before 项目 or 工程, perhaps with what is
  /// done to it, is one work named after it; a firm's 项目 alone is any of its works.
  static let worksNamedAfterSites: [Case] = [
    Case(
      text: "区长钱立新察看了城北实验学校建设项目和东湖体育公园项目。",
      expected: [
        "城北实验学校建设项目 : Project", "东湖体育公园项目 : Project",
        "钱立新 reviews 城北实验学校建设项目", "钱立新 reviews 东湖体育公园项目",
      ],
      absent: ["东湖体育公园 : Place"]),
    Case(
      text: "在恒达新材料产业园，绿源食品有限公司项目负责人介绍了生产线布局。",
      expected: [], absent: ["绿源食品有限公司项目 : Project"]),
  ]

  /// A call on a running firm or a service, or a thing seen at a site, reads no work.
  static let traps: [Case] = [
    Case(
      text: "区长钱立新到绿源食品有限公司调研企业生产经营情况，了解企业用工和市场销售情况。",
      expected: ["绿源食品有限公司 : Organization"],
      absent: ["绿源食品有限公司 : Project", "钱立新 reviews 绿源食品有限公司"]),
    Case(
      text: "区委书记赵明远来到柳岸社区党群服务中心，了解基层党建和便民服务工作开展情况。",
      expected: [], absent: ["柳岸社区党群服务中心 : Project"]),
    Case(
      text: "区委书记赵明远走访了锦华鞋业、嘉禾智能科技等企业，了解企业生产经营和发展中遇到的困难。",
      expected: [], absent: ["锦华鞋业 : Project", "赵明远 reviews 锦华鞋业"]),
    Case(
      text: "区委书记赵明远调研重点项目建设。赵明远来到恒达新材料产业园，察看了厂房建设进度。",
      expected: ["赵明远 reviews 恒达新材料产业园"],
      absent: ["厂房 : Project", "赵明远 reviews 厂房"]),
    Case(
      text: "区委书记赵明远调研重点项目建设。赵明远一行来到青山区规划展示馆，听取全区规划情况介绍。",
      expected: [], absent: ["青山区规划展示馆 : Project"]),
    // A part or a phase of the work seen is no work of its own.
    Case(
      text: "区委书记赵明远来到恒达新材料产业园项目，该项目一期主体工程已完工，附属工程正在施工。",
      expected: ["赵明远 reviews 恒达新材料产业园项目"],
      absent: ["一期主体工程 : Project", "赵明远 reviews 一期主体工程", "附属工程 : Project"]),
    Case(
      text: "该项目总投资10亿元，目前已完成主体工程。",
      expected: [], absent: ["完成主体工程 : Project"]),
    Case(
      text: "会议要求，各地要真正做到以重大项目的突破带动全局工作。",
      expected: [], absent: ["以重大项目 : Project"]),
  ]

  /// What a naive visit reader takes for a site seen: a work asked for in a remark, a visit
  /// named inside a speech's title, a division's name run into the verb after it, a visit's
  /// outcome.
  static let remarks: [Case] = [
    Case(
      text: "区委书记赵明远调研重点项目建设，要求加快推进凤鸣快速路、南岭污水处理厂等项目建设。",
      expected: [],
      absent: ["赵明远 reviews 凤鸣快速路", "赵明远 reviews 南岭污水处理厂"]),
    Case(
      text: "区长钱立新察看项目建设情况后强调，要加快东湖冷链物流中心项目建设进度。",
      expected: [], absent: ["钱立新 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "为深入贯彻落实习近平总书记考察调研青山重要讲话精神，5月8日，东湖冷链物流中心项目开工仪式举行。",
      expected: ["东湖冷链物流中心项目 : Project"],
      absent: ["习近平 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "区委书记赵明远到东湖镇、西湖镇调研项目建设情况。",
      expected: [], absent: ["西湖镇调研项目 : Project", "赵明远 reviews 西湖镇调研项目"]),
    Case(
      text: "区长钱立新一行先后察看了东湖冷链物流中心项目和柳岸村人居环境整治成效。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目"],
      absent: ["柳岸村人居环境整治成效 : Project", "钱立新 reviews 柳岸村人居环境整治成效"]),
    // What of a zone is seen (园区基础设施) is no named work.
    Case(
      text: "区委书记赵明远来到北湖工业园区，察看园区基础设施建设情况。",
      expected: [], absent: ["园区基础设施 : Project", "赵明远 reviews 园区基础设施"]),
    // A sentence that only describes a work (总投资…) after the visit's is no visit of it.
    Case(
      text: "区委书记赵明远来到东湖冷链物流中心项目，察看施工进度。南岭污水处理厂项目总投资3亿元，预计明年建成投用。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["赵明远 reviews 南岭污水处理厂项目"]),
    // A listed item that tells what of a village is seen (村容村貌, 整治成效) is no work.
    Case(
      text: "区委书记赵明远带领观摩团参观了柳岸村荷塘种植基地、东湖村整体村容村貌、西湖村人居环境整治成效等建设进展情况。",
      expected: ["赵明远 reviews 柳岸村荷塘种植基地"],
      absent: ["东湖村整体村容村貌 : Project", "西湖村人居环境整治成效 : Project"]),
    // Two leaders named before 实地查看: the second's name and the verb are no item of a list.
    Case(
      text: "9月1日，区委书记赵明远，区委副书记、区长钱立新到柳岸镇督查项目建设。随后，赵明远、钱立新实地查看南岭酒业二期生产线项目建设情况。",
      expected: ["赵明远 reviews 南岭酒业二期生产线项目", "钱立新 reviews 南岭酒业二期生产线项目"],
      absent: ["钱立新实地查看南岭酒业二期生产线项目 : Project"]),
    // Housing as a kind (保障性住房) beside another kind is no named work.
    Case(
      text: "9月1日，区委书记赵明远，区委副书记、区长钱立新到柳岸镇督查项目建设。在柳岸镇，赵明远、钱立新实地查看了小城镇建设和保障性住房建设情况。",
      expected: [],
      absent: ["保障性住房 : Project", "赵明远 reviews 保障性住房", "钱立新实地查看了小城镇建设 : Project"]),
    // A zone's layout a visit hears of (园区产业规划布局) is no work.
    Case(
      text: "在凤鸣产业小镇，区委书记赵明远认真听取园区产业规划布局、各企业及项目工程建设基本情况的介绍。",
      expected: [],
      absent: ["园区产业规划布局 : Project", "赵明远 reviews 园区产业规划布局"]),
    // What the firm's manager says of another work (乙介绍，B项目…) is no work seen.
    Case(
      text: "区委书记赵明远来到东湖冷链物流中心项目，项目负责人王建国介绍，南岭污水处理厂项目也将于年内开工。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["赵明远 reviews 南岭污水处理厂项目", "赵明远 reviews 南岭污水处理厂"]),
    // The work the visit sees is reviewed; the one asked for after it is not.
    Case(
      text: "区委书记赵明远来到东湖冷链物流中心项目，察看施工进度，要求加快推进南岭污水处理厂项目前期工作。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["赵明远 reviews 南岭污水处理厂项目"]),
  ]

  /// Who goes along, who reports, and 到 that is no visit: no reviews but the leader's.
  static let notLeaders: [Case] = [
    Case(
      text: "区委书记赵明远来到东湖冷链物流中心项目，区长钱立新、副区长孙晓峰陪同。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["钱立新 reviews 东湖冷链物流中心项目", "孙晓峰 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "区长钱立新陪同市委书记赵明远一行考察东湖冷链物流中心项目。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["钱立新 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "区委书记赵明远带领区委常委孙晓峰、王建国等来到东湖冷链物流中心项目，察看施工进度。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["孙晓峰 reviews 东湖冷链物流中心项目", "王建国 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "县政协主席赵明远率县政协视察组视察南岭污水处理厂项目建设情况，县政协副主席孙晓峰参加视察。",
      expected: ["赵明远 reviews 南岭污水处理厂项目"],
      absent: ["孙晓峰 reviews 南岭污水处理厂项目"]),
    Case(
      text: "近日，记者来到东湖冷链物流中心项目施工现场，只见工人们正在紧张施工。",
      expected: ["东湖冷链物流中心项目 : Project"]),
    Case(
      text: "区委书记赵明远察看了东湖冷链物流中心项目施工现场，随后召开座谈会，听取恒达建设集团有限公司汇报项目进展。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["恒达建设集团有限公司 : Project", "赵明远 reviews 恒达建设集团有限公司"]),
    Case(
      text: "区委书记赵明远调研东湖冷链物流中心项目时强调，要加快南岭污水处理厂项目前期工作。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["赵明远 reviews 南岭污水处理厂项目"]),
  ]

  /// A school, a hospital, a service hall or a village called on for their work, not built.
  static let calls: [Case] = [
    Case(
      text: "区委书记赵明远来到凤鸣小学，为师生上了一堂思政课。",
      expected: [], absent: ["凤鸣小学 : Project"]),
    Case(
      text: "区长钱立新走进青山区中医院，看望慰问一线医务人员。",
      expected: [], absent: ["青山区中医院 : Project"]),
    Case(
      text: "区长钱立新到青山区政务服务中心调研，察看窗口服务情况。",
      expected: [], absent: ["青山区政务服务中心 : Project"]),
    Case(
      text: "区长钱立新到东湖镇调研乡村振兴工作。",
      expected: [], absent: ["东湖镇调研乡村振兴工作 : Project"]),
    Case(
      text: "区委书记赵明远来到恒达新材料有限公司，察看企业生产车间，了解企业生产经营情况。",
      expected: [], absent: ["恒达新材料有限公司 : Project"]),
  ]

  @Test("those who go along or report review nothing", arguments: notLeaders)
  func notLeader(_ example: Case) throws { try example.check() }

  @Test("a call on a school, a hospital, a service or a firm reads no work", arguments: calls)
  func call(_ example: Case) throws { try example.check() }

  @Test("no review of a work asked for, or of a visit in a speech's title", arguments: remarks)
  func remark(_ example: Case) throws { try example.check() }

  @Test("a single site after a visit's cue", arguments: single)
  func singleSite(_ example: Case) throws { try example.check() }

  @Test("each station of a tour", arguments: stations)
  func station(_ example: Case) throws { try example.check() }

  @Test("a site framed by where the visit stands", arguments: frames)
  func framedSite(_ example: Case) throws { try example.check() }

  @Test("several sites after one cue", arguments: lists)
  func listedSites(_ example: Case) throws { try example.check() }

  @Test("a work named after a school, a park or a road", arguments: worksNamedAfterSites)
  func workNamedAfterSite(_ example: Case) throws { try example.check() }

  @Test("no work read where the visit calls on a firm or a service", arguments: traps)
  func trap(_ example: Case) throws { try example.check() }
}
