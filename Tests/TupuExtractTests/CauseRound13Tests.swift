import Testing

/// Round 13: general causes of entity errors on text nobody tuned on, each written as the kind of
/// sentence it serves. Invented names throughout.
@Suite("Round 13: general causes of entity errors")
struct CauseRound13Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A firm's party posts are a party's (the Official or Person ruling): a member of a group's
    // party committee who is also its deputy manager is an Official, with the party post as title
    // and, as the read sets' gold has it (round 15), the company's post too.
    Case(
      text: "青石镇召开座谈会。云帆控股集团党委委员、副总经理柳如烟，东湖实业有限公司党委委员何清风参加。",
      expected: ["柳如烟 : Official", "柳如烟 title 党委委员", "何清风 : Official", "柳如烟 title 副总经理"],
      absent: ["柳如烟 : Person", "何清风 : Person"]),
    // A verb that takes a place as its object is no part of the place's name: what is left is a
    // bare kind word or a slogan, no name (知道社区, 突出某乡特色, 发掘镇村, 把握城市).
    Case(
      text: "她知道社区工作人员很辛苦。要突出荷乡特色，发掘镇村资源，正确把握城市发展方向，全面推开文明实践站建设。",
      expected: [],
      absent: [
        "知道社区 : Community", "突出荷乡 : Street", "发掘镇 : Street", "握城市 : City",
        "推开文明实践站 : Place",
      ]),
    // A kind word inside a common word ends no name: 局部 (part of), 工程技术 (engineering), 工程管理
    // (managing a work).
    Case(
      text: "会议传达了全市河湖和水利工程管理范围划定工作精神。市领导察看了青石线甲至乙段局部线路改建工程，考察了国家某某工程技术研究中心。",
      expected: [],
      absent: [
        "河湖和水利工程 : Project", "青石线甲至乙段局 : Organization", "部线路改建工程 : Project",
        "国家某某工程 : Project",
      ]),
    // A unit of a body written between the body and its head's post is a body of its own, and
    // the post is that unit's.
    Case(
      text: "市政协文史委主任柳青山，省文明办宣教处处长石小川出席。",
      expected: [
        "市政协文史委 : Organization", "柳青山 affiliated-with 市政协文史委", "省文明办宣教处 : Organization",
        "石小川 affiliated-with 省文明办宣教处", "石小川 title 处长",
      ],
      absent: ["文史委 : Official"]),
    // A school or a party school named only as the owner of the hall or room a meeting is held
    // in is no mention of it (a room is no entity either).
    Case(
      text: "青禾县第八届人民代表大会第五次会议在县委党校一楼报告厅开幕。捐赠仪式在东湖中学实验学校六楼会议室举行。",
      expected: ["青禾县第八届人民代表大会第五次会议 : Meeting"],
      absent: ["青禾县委党校 : Organization", "县委党校 : Organization", "东湖中学实验学校 : Organization"]),
    // A province's short form opening an item of a list of works is part of the work's name, no
    // place of its own, and the work lies in no place by it.
    Case(
      text: "视察组一行先后来到青禾县水源连通工程、宁夏青峰年产5万吨复合板项目等地。",
      expected: ["宁夏青峰年产5万吨复合板项目 : Project"],
      absent: ["宁夏 : City", "宁夏青峰年产5万吨复合板项目 located-in 宁夏"]),
    // 镇域 (the town's area) after a town's name is no second town: the work lies in the town.
    Case(
      text: "3个项目包括：青禾镇镇域自来水管道修复工程项目、东湖苑二期项目。",
      expected: ["青禾镇 : Street", "青禾镇镇域自来水管道修复工程项目 located-in 青禾镇"],
      absent: ["青禾镇镇 : Street"]),
    // 夫妇 after a name is a couple, the husband unnamed: the name ends before it.
    Case(
      text: "前日，东湖社区收到居民柳如夫妇捐赠的50件饮品。",
      expected: ["柳如 : Person"],
      absent: ["柳如夫 : Person"]),
    // The elected named before 当选 hold the posts after it; with 分别, each the post in its place.
    Case(
      text: "会议选举产生了新一届领导。柳青山、石小川两名同志分别以全票当选为青石镇人民政府镇长和镇人大主席团主席。何清风当选为青石镇人大副主席。",
      expected: [
        "柳青山 : Official", "柳青山 title 镇长", "石小川 : Official", "石小川 title 主席团主席",
        "石小川 affiliated-with 青石镇人大主席团", "何清风 : Official", "何清风 title 人大副主席",
      ],
      absent: ["柳青山 : Person", "石小川 : Person", "柳青山 title 主席团主席", "石小川 title 镇长"]),
    // 应急 (emergency) begins a unit's name, not a person surnamed 应.
    Case(
      text: "省委党校经济管理教研部主任柳青山、应急管理培训部主任石小川、应名远副主任出席。",
      expected: ["柳青山 : Official", "石小川 : Official", "应名远 : Official"],
      absent: ["应急 : Official", "应急 : Person"]),
    // Two sites joined by 及 inside an earlier item of a tour's list, each named with its own kind
    // word, are two; one work's name that holds 及 stays one.
    Case(
      text: "调研组一行先后到青石镇东湖水库及石砚生产加工基地、青禾县污水处理厂及配套管网工程等地调研。",
      expected: ["青禾县污水处理厂及配套管网工程 : Project"],
      absent: ["青石镇东湖水库及石砚生产加工基地 : Project", "青石镇东湖水库及石砚生产加工基地 : Place"]),
    // Slogans: a place built on something (文化立市) and warming a community (情暖社区) name no place.
    Case(
      text: "这是增强“工业立市”发展战略的具体行动。爱心捐赠，情暖社区。",
      expected: [],
      absent: ["工业立市 : City", "情暖社区 : Community"]),
    // Meetings joined by 和, 及 or 、 before one 精神 are all meetings spoken of.
    Case(
      text: "这是我县全面贯彻省委全体会议和市第九次党代会精神的生动实践。会议学习贯彻了全省农村工作会议、全市招商工作会议精神。",
      expected: [
        "省委全体会议 : Meeting", "市第九次党代会 : Meeting", "全省农村工作会议 : Meeting",
        "全市招商工作会议 : Meeting",
      ],
      absent: ["省委 : Organization"]),
    // A meeting named only by its kind and what it is for (见面座谈会, 欢迎仪式) names nothing; with
    // a year it is named.
    Case(
      text: "15日上午，调研组一行在我县召开见面座谈会。县里举行欢迎仪式。青禾县召开2024年见面座谈会。",
      expected: ["2024年见面座谈会 : Meeting"],
      absent: ["见面座谈会 : Meeting", "欢迎仪式 : Meeting"]),
    // A work with a bracketed phase whose name runs past the reader's length limit inside a
    // place's name begins where the place does, and lies in the zone it begins with.
    Case(
      text: "全省第二期“三个一批”活动暨青禾县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动。",
      expected: [
        "青禾县产业集聚区电子电器元器件专业园(二期)项目 : Project",
        "青禾县产业集聚区电子电器元器件专业园(二期)项目 located-in 青禾县产业集聚区",
      ],
      absent: ["县产业集聚区电子电器元器件专业园(二期)项目 : Project"]),
  ]

  @Test("short articles give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
