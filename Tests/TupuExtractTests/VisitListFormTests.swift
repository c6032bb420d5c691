import Testing

/// Lists of sites on real tours, in forms fresh articles use: the leader's posts written with
/// 、 before the name and the list after the cue; a site ended by 工地 inside the list; what a
/// visit asks about (等工作推进情况) listed after its sites. Invented names.
@Suite("Lists of sites a visit sees")
struct VisitListFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 县委常委、副县长甲先后到A、B等项目: the posts before the name are no list item.
    Case(
      text: "县委常委、副县长周文斌先后到青禾智能装备、白鹭湾生态修复等项目现场，询问施工进度。",
      expected: [
        "青禾智能装备 : Project", "周文斌 reviews 青禾智能装备", "周文斌 reviews 白鹭湾生态修复",
      ],
      absent: ["县委常委 : Project", "周文斌 reviews 县委常委"]),
    Case(
      text: "5月9日，县委书记吴海峰，县委副书记、县长郑立群先后到青禾充电桩项目、白鹭湾智慧物流项目"
        + "等项目现场，询问施工进度。",
      expected: ["郑立群 reviews 青禾充电桩项目", "吴海峰 reviews 白鹭湾智慧物流项目"],
      absent: ["县委副书记 : Project", "吴海峰 reviews 县委副书记"]),
    // The same with a cue no list reads as one (深入): the name ends the posts' list.
    Case(
      text: "9月4日上午，县委副书记、县长郑立群深入县农机厂烘干设备技改升级、南塘富硒食品加工标准化厂房"
        + "等项目施工现场，了解工程进度。",
      expected: [
        "县农机厂烘干设备技改升级 : Project", "郑立群 reviews 县农机厂烘干设备技改升级",
        "郑立群 reviews 南塘富硒食品加工标准化厂房",
      ],
      absent: ["县委副书记 : Project", "郑立群 reviews 县委副书记"]),
    // No conjunction follows a list comma: 、和某 begins a name.
    Case(
      text: "在青禾智能家居三期、白鹭湾卫生用品、和顺达纸品包装等项目现场，区委书记周文斌详细了解施工进度。",
      expected: ["和顺达纸品包装 : Project", "周文斌 reviews 和顺达纸品包装"],
      absent: ["顺达纸品包装 : Project"]),
    // A street (某街) a tour of works sees is one being built.
    Case(
      text: "11月4日，区长郑立群先后到青禾国际酒店、白鹭街实地查看项目施工进度。",
      expected: ["白鹭街 : Project", "郑立群 reviews 白鹭街"],
      absent: ["白鹭街 : Street"]),
    // A项目及B项目、C项目: two works joined inside an earlier item; a name with Latin letters.
    Case(
      text: "区委书记周文斌先后来到青禾智能装备项目及白鹭湾冷链物流项目、南塘污水处理厂项目。",
      expected: ["周文斌 reviews 青禾智能装备项目", "周文斌 reviews 白鹭湾冷链物流项目"],
      absent: ["青禾智能装备项目及白鹭湾冷链物流项目 : Project"]),
    Case(
      text: "区委书记周文斌来到青禾5G智能制造项目，了解项目建设情况。",
      expected: ["周文斌 reviews 青禾5G智能制造项目"]),
    // A建设工地、B、C等建设项目施工现场: 工地 ends the first site's name.
    Case(
      text: "区长钱立新一行先后到东湖冷链物流项目建设工地、嘉禾城市广场、南岭果蔬等建设项目施工现场进行调研。",
      expected: ["东湖冷链物流项目 : Project", "钱立新 reviews 东湖冷链物流项目", "钱立新 reviews 南岭果蔬"],
      absent: ["东湖冷链物流项目建设工地 : Project"]),
    Case(
      text: "调研组先后视察了青山县莲花广场、南门商城、新客运站建设工地、金禾皮业等项目现场。",
      expected: ["新客运站 : Project"],
      absent: ["新客运站建设工地 : Project"]),
    // 察看A、B等工作推进情况 after the sites: tasks the visit asks about, not works.
    Case(
      text: "区委书记赵明远先后到东湖冷链物流中心项目、南岭湿地游园等地，实地察看项目建设进度、"
        + "施工扬尘管控、沿线亮化美化等工作推进情况。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 南岭湿地游园"],
      absent: ["施工扬尘管控 : Project", "沿线亮化美化 : Project"]),
    // An agenda's 等工作 may list works: they stay works.
    Case(
      text: "会上，区长钱立新就城西工业园二期低效用地整治、北岭村违建整治、东湖公园改造等工作作了安排部署。",
      expected: ["城西工业园二期低效用地整治 : Project", "东湖公园改造 : Project"]),
  ]

  /// A tour's works named after the set they form (此次观摩的三个项目分别是A、B、C), in the
  /// sentence after the one that names the tour's leaders; the zone the tour goes into is where
  /// the works lie, not one of them.
  static let named: [Case] = [
    Case(
      text: "2月9日，市委书记周文斌、市长郑立群带领市直单位负责同志，深入到青山经济示范区开展重点项目"
        + "观摩活动。此次观摩的三个项目分别是青禾实验学校新校区、白鹭湾冷链仓储、南塘生态公园。",
      expected: [
        "青禾实验学校新校区 : Project", "南塘生态公园 : Project", "周文斌 reviews 白鹭湾冷链仓储",
        "郑立群 reviews 南塘生态公园",
      ],
      absent: ["青山经济示范区 : Project", "周文斌 reviews 青山经济示范区"]),
    // A work's other name in brackets after it (某校区(某中学)) is no part of its name.
    Case(
      text: "市长郑立群带队观摩重点项目。此次观摩的三个项目分别是青禾一中白鹭湾校区(白鹭湾实验高级中学)、"
        + "南塘生态公园、青禾文旅小镇。",
      expected: [
        "青禾一中白鹭湾校区 : Project", "郑立群 reviews 青禾一中白鹭湾校区",
        "白鹭湾实验高级中学 : Organization",
      ],
      absent: ["青禾一中白鹭湾校区(白鹭湾实验高级中学) : Project"]),
    Case(
      text: "县长郑立群调研重点项目建设。此次调研的项目包括青禾智能装备、白鹭湾冷链仓储和南塘食品加工。",
      expected: ["郑立群 reviews 青禾智能装备", "郑立群 reviews 南塘食品加工"]),
    // Members of a set that is no set of works stay unread (三个村分别是…).
    Case(
      text: "县长郑立群走访了三个村。这三个村分别是青禾村、白鹭湾村、南塘村。",
      expected: ["青禾村 : Community"],
      absent: ["青禾村 : Project"]),
  ]

  /// Two teams, each led by its own leader (甲带队…，及乙带队…分别考察), tour the same sites: both
  /// leaders review them; those who 陪同 do not.
  static let teams: [Case] = [
    Case(
      text: "3月2日，由东平县委书记、县长周文斌带队，东平县四个班子领导组成的东平考察团，及西岭县委书记、"
        + "县长郑立群带队，西岭县四个班子领导组成的西岭考察团分别对南塘县进行了考察调研。南塘县领导"
        + "孙晓峰等陪同。考察团先后深入白鹭湾生态治理项目、南塘河治理工程等地参观考察，了解了项目建设情况。",
      expected: [
        "周文斌 reviews 白鹭湾生态治理项目", "郑立群 reviews 白鹭湾生态治理项目",
        "郑立群 reviews 南塘河治理工程",
      ],
      absent: ["孙晓峰 reviews 白鹭湾生态治理项目"]),
  ]

  /// A kind of work named by its sector only (文旅项目, 乡村振兴示范项目) is no work of its own.
  static let sectors: [Case] = [
    Case(
      text: "区长郑立群先后来到白鹭湾湿地公园、南塘村，察看文旅项目建设情况。",
      expected: [], absent: ["文旅项目 : Project", "郑立群 reviews 文旅项目"]),
    Case(
      text: "区委书记周文斌一行先后到青禾镇白鹭湾村、南塘村，察看乡村振兴示范项目建设。",
      expected: ["白鹭湾村 : Community"],
      absent: ["乡村振兴示范项目 : Project", "周文斌 reviews 乡村振兴示范项目"]),
    Case(
      text: "座谈会上，区委书记周文斌听取了各镇街推进项目进展情况。",
      expected: [], absent: ["各镇街推进项目 : Project"]),
    Case(
      text: "在白鹭湾食品二期项目施工现场，区委书记周文斌实地察看冷库和生产车间项目施工情况。",
      expected: ["周文斌 reviews 白鹭湾食品二期项目"], absent: ["生产车间项目 : Project"]),
    Case(
      text: "区长郑立群表示，年内新招引落地高端产业项目10个以上。",
      expected: [], absent: ["高端产业项目 : Project"]),
    Case(
      text: "区长郑立群来到白鹭湾村，察看老旧小区改造项目和技改项目建设情况。",
      expected: [], absent: ["老旧小区改造项目 : Project", "技改项目 : Project"]),
    // A name with a place or brand of its own stays a work.
    Case(
      text: "区长郑立群来到白鹭湾文旅康养项目，察看施工进度。",
      expected: ["郑立群 reviews 白鹭湾文旅康养项目"]),
  ]

  @Test("a sector's works named by the sector only are no work", arguments: sectors)
  func sectorWorks(_ example: Case) throws { try example.check() }

  /// At a site's frame, the host who tells of the work (在A，区委书记甲介绍了…) is no visitor:
  /// the visit's leader reviews it.
  static let hosts: [Case] = [
    Case(
      text: "市委书记王海涛来我区调研。在青禾智能装备项目，区委书记周文斌介绍了项目建设情况。",
      expected: ["王海涛 reviews 青禾智能装备项目"],
      absent: ["周文斌 reviews 青禾智能装备项目"]),
    Case(
      text: "市委书记王海涛来我区调研。在青禾智能装备项目，区委书记周文斌察看了施工进度。",
      expected: ["周文斌 reviews 青禾智能装备项目"]),
  ]

  /// A work named as what the visit is about (就A建设进行专题调研, 对A进行现场督办, 围绕A开展调研),
  /// or said before it to be built (来到正在建设中的A); a topic so named is no work.
  static let topics: [Case] = [
    Case(
      text: "区委书记周文斌就青禾智能装备项目建设进行专题调研。",
      expected: ["青禾智能装备项目 : Project", "周文斌 reviews 青禾智能装备项目"]),
    Case(
      text: "区委书记周文斌围绕白鹭湾冷链物流项目建设开展调研。",
      expected: ["周文斌 reviews 白鹭湾冷链物流项目"]),
    // 就A、B等项目建设情况开展调研: the list's closer is no part of the last work's name.
    Case(
      text: "县委书记周文斌就青禾水库扩容、白鹭湾河堤加固等项目建设情况开展实地调研。",
      expected: [
        "白鹭湾河堤加固 : Project", "周文斌 reviews 青禾水库扩容", "周文斌 reviews 白鹭湾河堤加固",
      ],
      absent: ["白鹭湾河堤加固等项目 : Project"]),
    Case(
      text: "区长郑立群就青禾大桥、白鹭湾隧道等工程建设进展开展调研。",
      expected: ["白鹭湾隧道 : Project", "郑立群 reviews 白鹭湾隧道"],
      absent: ["白鹭湾隧道等工程 : Project"]),
    Case(
      text: "区长郑立群对白鹭湾河道整治进行现场督办。",
      expected: ["郑立群 reviews 白鹭湾河道整治"]),
    Case(
      text: "区委书记周文斌实地踏看了青禾智能装备项目选址地块。",
      expected: ["周文斌 reviews 青禾智能装备项目"]),
    Case(
      text: "区委书记周文斌来到正在建设中的白鹭湾体育中心，察看工程进展。",
      expected: ["白鹭湾体育中心 : Project", "周文斌 reviews 白鹭湾体育中心"]),
    Case(
      text: "区长郑立群对城区交通秩序进行专题调研，察看项目建设。",
      expected: [], absent: ["城区交通秩序 : Project"]),
    Case(
      text: "区长郑立群就优化营商环境工作进行调研。",
      expected: [], absent: ["优化营商环境工作 : Project"]),
  ]

  /// A park its suffix reads as a work (某产业园) is a Place where the visit sees it running
  /// (运营情况, 生产经营); a work where the visit sees it built.
  static let parks: [Case] = [
    Case(
      text: "县委书记周文斌一行来到白鹭湾数字经济产业园，了解园区运营情况。",
      expected: ["白鹭湾数字经济产业园 : Place"],
      absent: ["白鹭湾数字经济产业园 : Project", "周文斌 reviews 白鹭湾数字经济产业园"]),
    Case(
      text: "县委书记周文斌一行来到白鹭湾数字经济产业园，察看项目施工进度。",
      expected: ["白鹭湾数字经济产业园 : Project", "周文斌 reviews 白鹭湾数字经济产业园"]),
  ]

  @Test("a park seen running is a place", arguments: parks)
  func runningParks(_ example: Case) throws { try example.check() }

  /// A sentence that opens on the work and names the leader who looks into it later
  /// (A项目现场，机器轰鸣，甲详细询问了项目进度); a work only described is seen by no one.
  static let openings: [Case] = [
    Case(
      text: "区委书记周文斌调研重点项目。青禾智能装备项目现场，机器轰鸣，周文斌详细询问了项目进度。",
      expected: ["周文斌 reviews 青禾智能装备项目"]),
    Case(
      text: "区委书记周文斌来到青禾智能装备项目。白鹭湾冷链物流项目总投资5亿元，预计年底投产，周文斌要求加快进度。",
      expected: ["周文斌 reviews 青禾智能装备项目"],
      absent: ["周文斌 reviews 白鹭湾冷链物流项目"]),
  ]

  @Test("a work the sentence opens on, looked into by a leader named later", arguments: openings)
  func openingWorks(_ example: Case) throws { try example.check() }

  /// What of a work the visit sees, written after its name (主体施工, 征迁, 地块), is no part of it.
  static let aspects: [Case] = [
    Case(
      text: "区长郑立群来到白鹭湾冷链物流项目主体施工现场，察看进度。",
      expected: ["郑立群 reviews 白鹭湾冷链物流项目"],
      absent: ["白鹭湾冷链物流项目主体施工 : Project"]),
    Case(
      text: "区长郑立群先后察看了白鹭湾冷链物流项目征迁、青禾智能装备项目二期建设。",
      expected: ["郑立群 reviews 白鹭湾冷链物流项目", "郑立群 reviews 青禾智能装备项目二期"]),
    Case(
      text: "区长郑立群来到白鹭湾冷链物流项目地块，了解项目规划。",
      expected: ["郑立群 reviews 白鹭湾冷链物流项目"]),
  ]

  /// The work where a ceremony's venue stands (在主会场某项目参加开工仪式) is a work; attending
  /// the ceremony there reviews nothing.
  static let venues: [Case] = [
    Case(
      text: "2月9日，全市春季集中开工仪式举行，区委书记周文斌在主会场青禾碳纤维连接器项目参加开工仪式并发言。",
      expected: ["青禾碳纤维连接器项目 : Project"],
      absent: ["周文斌 reviews 青禾碳纤维连接器项目"]),
  ]

  /// A visit's verb is no part of the school or firm it sees (察看某中学新校区建设项目).
  static let verbsBeforeNames: [Case] = [
    Case(
      text: "区长郑立群来到白鹭湾村，察看青禾中学新校区建设项目。",
      expected: ["青禾中学新校区建设项目 : Project", "郑立群 reviews 青禾中学新校区建设项目"],
      absent: ["察看青禾中学新校区建设项目 : Project", "察看青禾中学 : Organization"]),
    Case(
      text: "区长郑立群视察青禾电子有限公司，了解企业生产经营情况。",
      expected: ["青禾电子有限公司 : Organization"],
      absent: ["视察青禾电子有限公司 : Organization"]),
  ]

  @Test("a visit's verb is no part of the name it sees", arguments: verbsBeforeNames)
  func visitVerbBeforeName(_ example: Case) throws { try example.check() }

  @Test("the work at a ceremony's venue", arguments: venues)
  func venueWorks(_ example: Case) throws { try example.check() }

  @Test("what of a work is seen is no part of its name", arguments: aspects)
  func workAspects(_ example: Case) throws { try example.check() }

  @Test("a work the visit is about", arguments: topics)
  func visitTopics(_ example: Case) throws { try example.check() }

  @Test("a host who tells of the work is no visitor", arguments: hosts)
  func hostAtSite(_ example: Case) throws { try example.check() }

  @Test("each team's leader reviews what the teams see", arguments: teams)
  func teamLeaders(_ example: Case) throws { try example.check() }

  @Test("works named after the set they form", arguments: named)
  func namedSet(_ example: Case) throws { try example.check() }

  @Test("a list of sites after a visit's cue", arguments: cases)
  func listOfSites(_ example: Case) throws { try example.check() }
}
