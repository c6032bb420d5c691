import Testing

/// Entities of round 14 (causes that recur across the read sets and the raw derive text): the
/// country's autonomous regions written in full and their bodies, zones at the head of a work's
/// name. Places, people, firms and works are invented; the regions are general knowledge (the
/// national division list).
@Suite("Reading entities, round 14")
struct EntityRound14Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 现场仪式: the kind said with where it happens names no event; a named 现场会 still does.
    Case(
      text: "100余人参加了现场仪式。5月8日，白石县召开全县项目建设现场会。",
      expected: ["全县项目建设现场会 : Meeting"], absent: ["现场仪式 : Meeting"]),
    // 获评 before a centre's name and 签订 after a person's are no part of either name.
    Case(
      text: "获评省级示范党群服务中心的是青石社区党群服务中心。县长周青山与公司董事长柯德平签订捐资协议。",
      expected: ["柯德平 : Person", "青石社区党群服务中心 : Place"],
      absent: ["获评省级示范党群服务中心 : Place", "柯德 : Person"]),
    // 作了简要说明: 简 is a surname, 简要 a common word.
    Case(
      text: "会上，县委办主任方立作了简要说明。",
      expected: ["方立 : Official"], absent: ["简要 : Person"]),
    // 高质量建设项目: how works are built, said of all of them, names none.
    Case(
      text: "白石县着力实施重点项目攻坚行动，高起点推动项目、高质量建设项目、高水平服务项目。",
      expected: [], absent: ["高质量建设项目 : Project"]),
    // 谋项目、争项目, 新一轮招项目、上项目: the slogan's verbs before a bare 项目 name no work.
    Case(
      text: "白石县坚持项目为王，千方百计谋项目、争项目、建项目，迅速掀起新一轮招项目、上项目的热潮。",
      expected: [],
      absent: ["千方百计谋项目 : Project", "迅速掀起新一轮招项目 : Project", "争项目 : Project"]),
    // 大会战: a campaign, no meeting 大会.
    Case(
      text: "今年以来，白石县上下持续打响项目建设大会战，全力以赴抓项目。",
      expected: [], absent: ["白石县上下持续打响项目建设大会 : Meeting", "项目建设大会 : Meeting"]),
    // 县人大常委会三楼会议室: the body's meeting room; its name runs on from the body's, but
    // a 会议 followed by 室 is the room, never a meeting.
    Case(
      text: "发布时间：2024-04-27\n4月26日，白石县第十四届人大常委会第二十七次会议在县人大常委会三楼会议室召开。",
      expected: ["白石县第十四届人大常委会第二十七次会议 : Meeting", "白石县第十四届人大常委会第二十七次会议 held-on 2024-04-26"],
      absent: ["县人大常委会三楼会议 : Meeting", "县人大常委会会议 : Meeting"]),
    // An autonomous region written in full is one City: the people's name before 自治区 is part
    // of it, no region of its own (壮族自治区), and its short form (广西) is no entity here.
    Case(
      text: "2月17日，广西壮族自治区青石市白河区举行招商引资项目签约仪式。",
      expected: ["广西壮族自治区 : City", "青石市 : City", "白河区 : District"],
      absent: ["壮族自治区 : City", "广西 : City"]),
    // A region's bodies are written with its level word 自治区 as a province's are with 省:
    // 自治区政协 is one body (not a bare 政协), its chairman's unit.
    Case(
      text: "11月6日，自治区政协主席张青山带领部分自治区政协委员赴白河县调研。",
      expected: ["自治区政协 : Organization", "张青山 affiliated-with 自治区政协"],
      absent: ["政协 : Organization"]),
    // The region in full before its party committee's department: one body, not a region cut
    // after the people's name.
    Case(
      text: "3月2日，宁夏回族自治区党委组织部驻村工作队来到青石村。",
      expected: ["青石村 : Community"],
      absent: ["回族自治区 : City", "回族自治区党委组织部驻村工作队 : Organization"]),
    // A zone written in full (开发区, 工业园区, 度假区) at the very head of a work's name is an
    // entity too, and the work lies in it (Rulings: places inside names).
    Case(
      text: "县长张青山察看了青石工业园区玉米加工项目。随后来到白河经济开发区标准厂房建设项目。",
      expected: [
        "青石工业园区 : Place", "白河经济开发区 : Place",
        "青石工业园区玉米加工项目 : Project",
        "青石工业园区玉米加工项目 located-in 青石工业园区",
      ]),
    Case(
      text: "县长张青山察看了青石度假区雪场扩建工程。",
      expected: ["青石度假区 : Place", "青石度假区雪场扩建工程 : Project"]),
    // 日 and 月 begin or continue a place's or a village's name (日月泊, 月亮湾, 月形村) unless a
    // numeral or a time word makes them a date's (5日, 三月, 次日, 每月).
    Case(
      text: "3月5日，县长张青山来到月亮湾公园，结合日月潭湿地公园，随后来到月桂村调研。次日青山公园开园。",
      expected: ["月亮湾公园 : Place", "日月潭湿地公园 : Place", "月桂村 : Community", "青山公园 : Place"],
      absent: ["亮湾公园 : Place", "次日青山公园 : Place", "5日 : Place"]),
    // A park, square or scenic area named by its place and what it is for runs up to eight
    // characters before its kind word.
    Case(
      text: "县长张青山来到青石山山体休闲公园，随后察看了白河镇柳溪洋红色旅游景区。",
      expected: ["青石山山体休闲公园 : Place", "白河镇柳溪洋红色旅游景区 located-in 白河镇"]),
    // A road at the head of a work's name stays part of it (the gold's convention: a road named
    // only inside a work's name is no node).
    Case(
      text: "县长张青山察看了白河大道改造工程建设情况。",
      expected: ["白河大道改造工程 : Project"],
      absent: ["白河大道 : Road"]),
    // 建设, 指导 and 代表 end names elsewhere, but inside a committee's name after its place or
    // body they are its field: the committee is named in full, with what it is written after.
    Case(
      text: "青石省精神文明建设指导委员会办公室授予白河县称号。青石县城乡建设委员会主任张青山出席。",
      expected: [
        "青石省精神文明建设指导委员会办公室 : Organization", "青石县城乡建设委员会 : Organization",
        "张青山 affiliated-with 青石县城乡建设委员会",
      ],
      absent: ["委员会 : Organization", "办公室 : Organization"]),
    Case(
      text: "会议审议通过区人大常委会代表资格审查委员会关于个别代表的代表资格的报告。",
      expected: ["区人大常委会代表资格审查委员会 : Organization"],
      absent: ["资格审查委员会 : Organization"]),
    // A road's code (S21, G316) right before a work's name is part of the name: the name neither
    // begins after it nor inside it (at its digits).
    Case(
      text: "视察组在S21青石至白河高速公路工程路段调研。S207青白线甲岗至乙山段升级改造工程开工。",
      expected: [
        "S21青石至白河高速公路工程 : Project", "S207青白线甲岗至乙山段升级改造工程 : Project",
      ],
      absent: ["青石至白河高速公路工程 : Project", "207青白线甲岗至乙山段升级改造工程 : Project"]),
    // 等 closes a list of events: the event named before it is the meeting, and 等重大活动 or
    // 等活动 names none.
    Case(
      text: "我县成功举办第九届青石茶文化节、2014“白河杯”全国艺术体操锦标赛等重大活动。街道开展招商推介等活动。",
      expected: [
        "第九届青石茶文化节 : Meeting", "2014“白河杯”全国艺术体操锦标赛 : Meeting",
      ],
      absent: [
        "2014“白河杯”全国艺术体操锦标赛等重大活动 : Meeting", "招商推介等活动 : Meeting",
      ]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
