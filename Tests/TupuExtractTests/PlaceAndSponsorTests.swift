import Testing

/// Where things lie, places inside names and who sponsors what, one short text at a time. The
/// names are invented.
@Suite("Places and sponsors")
struct PlaceAndSponsorTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Places at the head of a ceremony's name are entities, nested as written.
    Case(
      text: "8月2日，河西省江城市柳县青石镇冷链物流园项目开工仪式隆重举行。",
      expected: [
        "柳县 : District", "柳县 located-in 江城市", "青石镇 : Street", "青石镇 located-in 柳县",
        "冷链物流园项目 : Project", "冷链物流园项目 located-in 青石镇",
      ]),
    Case(
      text: "上午，河西区大桥街道综合服务楼工程开工仪式举行。",
      expected: ["大桥街道 : Street", "大桥街道 located-in 河西区"]),
    // One character and 县 after a city name a county; 各县 does not.
    Case(
      text: "江城市柳县人民医院新院区正式启用，江城市各县负责人参加。",
      expected: ["柳县 : District", "柳县 located-in 江城市", "江城市柳县人民医院 : Organization"],
      absent: ["各县 : District", "柳县人民医院 located-in 柳县"]),
    // A zone at the head of its bodies' names is a Place of its own.
    Case(
      text: "青石经济开发区党工委书记、管委会主任林振华列席会议。",
      expected: ["青石经济开发区 : Place", "林振华 affiliated-with 青石经济开发区党工委"]),
    // 该幼儿园位于…: the thing named before lies there.
    Case(
      text: "明德爱心幼儿园竣工典礼在青石村举行。该幼儿园位于柳县白马镇青石村，由江城市恒泰集团出资捐建。",
      expected: ["明德爱心幼儿园 located-in 青石村"]),
    // 向学校捐赠: the school the article named.
    Case(
      text: "江城恒泰建材有限公司负责人来到柳县青石中学开展捐赠活动。江城恒泰建材有限公司向学校捐赠办公桌椅20套。",
      expected: ["江城恒泰建材有限公司 sponsors 柳县青石中学"]),
    // A cue word inside a name gives nothing; an investment sponsors the work, not the place.
    Case(
      text: "县投资促进局局长王立群出席。江城恒泰集团投资5亿元，在青石镇建设恒泰新材料产业园。",
      expected: ["江城恒泰集团 sponsors 恒泰新材料产业园"],
      absent: ["江城恒泰集团 sponsors 青石镇"]),
    // The school whose name begins with a town receives, not the town.
    Case(
      text: "在外创业的企业家林志远个人出资5万元，捐助青石镇中心小学改善办学条件。",
      expected: ["林志远 sponsors 青石镇中心小学"],
      absent: ["林志远 sponsors 青石镇"]),
    // A village's facility keeps the village in its name and lies in it; an estate does not.
    Case(
      text: "会议还审议了青石村移民安置点遗留问题。柳岸社区新华小区完成改造。",
      expected: [
        "青石村移民安置点 : Place", "青石村移民安置点 located-in 青石村", "新华小区 : Place",
      ],
      absent: ["柳岸社区新华小区 : Place"]),
    // A facility named after a town lies in it, though read from a list.
    Case(
      text: "白马镇组织人大代表开展视察。视察组先后视察了青石村党群服务中心、白马镇人大代表联络站等现场。",
      expected: ["白马镇人大代表联络站 located-in 白马镇"]),
    // 驻 in a body's name: the body lies in the place it is stationed in; the place that sends
    // it, written before 驻, begins its name (round 12, as the gold's 某市某镇组团驻…工作队).
    Case(
      text: "白马镇召开会议。江城市驻白马镇帮扶工作队介绍了情况。",
      expected: ["江城市驻白马镇帮扶工作队 located-in 白马镇"]),
    // 境内 before a list, like 辖区.
    Case(
      text: "青山区境内的青石村、白马村完成改造。",
      expected: ["青石村 located-in 青山区", "白马村 located-in 青山区"]),
    // 捐建的: what was built receives.
    Case(
      text: "江城恒泰建材有限公司捐建的青石镇中心小学正式启用。",
      expected: ["江城恒泰建材有限公司 sponsors 青石镇中心小学"]),
    // A facility named by its kind or rank alone names nothing; with a place before it, it does.
    Case(
      text: "公园顺利通过国家级湿地公园评估，副县长林振华共同为实践中心揭牌。青山区新时代文明实践中心投入使用。",
      expected: ["青山区新时代文明实践中心 : Place"],
      absent: ["国家级湿地公园 : Place", "实践中心 : Place"]),
    // 隶属 states containment; 下辖 before a list locates every item.
    Case(
      text: "柳岸社区隶属东湖街道。白马镇下辖的青石村、桃园村完成改造。",
      expected: [
        "柳岸社区 located-in 东湖街道", "青石村 located-in 白马镇", "桃园村 located-in 白马镇",
      ]),
    // 某村村民, 某村村委会: the village ends before the word of its kind; 下村村 is a village.
    Case(
      text: "白马镇青石村村民林振华说，下村村的基地已建成。",
      expected: [
        "青石村 : Community", "青石村 located-in 白马镇", "林振华 : Person", "下村村 : Community",
      ],
      absent: ["青石村村 : Community"]),
    // 在Y建设X: the work lies in the innermost place after 在, though words stand between.
    Case(
      text: "恒泰集团计划在白马镇青石村建设年产5万吨的恒泰新材料产业园。",
      expected: ["恒泰新材料产业园 located-in 青石村"],
      absent: ["恒泰新材料产业园 located-in 白马镇"]),
    // A cue that only qualifies a kind word (捐赠仪式, 捐赠证书) gives nothing.
    Case(
      text: "区委书记林振华出席捐赠仪式并讲话，希望白马镇用好物资。青山区慈善总会向恒泰公司颁发了捐赠证书。",
      expected: [],
      absent: ["林振华 sponsors 白马镇", "青山区慈善总会 sponsors 恒泰公司"]),
    // 该项目…，由某公司投资建设，位于…: the project named before, not the company. Its name is
    // the fullest the text gives (某产业园项目, as the gold writes a work named with 项目).
    Case(
      text: "恒泰新材料产业园项目开工。据了解，该项目总投资5亿元，由江城城投公司投资建设，位于白马镇青石村。",
      expected: [
        "江城城投公司 sponsors 恒泰新材料产业园项目", "恒泰新材料产业园项目 located-in 青石村",
      ],
      absent: ["江城城投公司 located-in 青石村"]),
    // 总投资, 投资额, 重点投资项目: amounts and kinds, no one's act of giving.
    Case(
      text: "由江城城投公司建设的恒泰新材料产业园总投资5亿元，白马镇青石村物流园投资额2亿元。",
      expected: [],
      absent: ["江城城投公司 sponsors 青石村物流园", "江城城投公司 sponsors 恒泰新材料产业园"]),
    // 计划投资…建设某产业园: the sentence's subject invests in the named work; 捐资 gives.
    Case(
      text: "江城恒泰集团与青山区政府签订投资协议，计划投资10亿元建设恒泰新材料产业园。江城恒泰集团捐资200万元，用于青石村道路建设。",
      expected: ["江城恒泰集团 sponsors 恒泰新材料产业园", "江城恒泰集团 sponsors 青石村"],
      absent: ["青山区政府 sponsors 恒泰新材料产业园"]),
    // 县开发区: the county's zone, named by its level.
    Case(
      text: "会议听取了县开发区重点工作情况汇报。",
      expected: ["县开发区 : Place"],
      absent: ["县开发区重点工作 : Project"]),
  ]

  @Test("short texts give the expected places and sponsors and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
