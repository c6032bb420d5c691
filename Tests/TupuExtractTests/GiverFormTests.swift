import Testing

/// Givers named in a giving frame though no suffix of the lexicon ends their names (round 8,
/// a form of 5 read articles in 3 sets), each with invented names.
@Suite("Giver forms")
struct GiverFormTests {
  typealias Case = ReadingCase

  static let endings: [Case] = [
    // 甲服务中心、乙俱乐部等向某社区送来…: every item of the list gives, a city in full at the
    // head of a name stays an entity of its own.
    Case(
      text: "连日来，明川电子有限公司、青禾市兰溪环境服务中心、青禾晨星篮球俱乐部等向柳荫社区送来口罩等物资。",
      expected: [
        "青禾市兰溪环境服务中心 : Organization", "青禾晨星篮球俱乐部 : Organization",
        "青禾市 : City", "青禾市兰溪环境服务中心 sponsors 柳荫社区",
        "青禾晨星篮球俱乐部 sponsors 柳荫社区", "明川电子有限公司 sponsors 柳荫社区",
      ]),
    // 某某·某某酒店向街道提供物资: a name with a middle dot.
    Case(
      text: "兰溪商会、明川集团、卡洛·青禾大酒店向柳荫社区提供物资支援。",
      expected: ["卡洛·青禾大酒店 : Organization", "卡洛·青禾大酒店 sponsors 柳荫社区"]),
    // 收到…——甲赠予的…、乙服务中心赠予的…
    Case(
      text: "柳荫社区也收到了几份爱心捐助——明川电子有限公司赠予的消毒液、兰溪女子服务中心赠予的喷雾器和消毒液。",
      expected: ["兰溪女子服务中心 : Organization", "兰溪女子服务中心 sponsors 柳荫社区"]),
    // 由某某基金会捐献: a place's short form at the head of the name is no entity.
    Case(
      text: "该笔资金由香港青禾兰溪助学基金会捐献，将支持柳荫小学建设。",
      expected: ["香港青禾兰溪助学基金会 : Organization"],
      absent: ["香港 : City"]),
    // 某某企业投资…建设某项目: an investor written as a firm of no legal form.
    Case(
      text: "本次签约的项目分别是：青禾明川企业投资5亿元建设兰溪新材料产业链项目；禾丰纺织有限公司投资3亿元建设织布项目。",
      expected: [
        "青禾明川企业 : Organization", "青禾明川企业 sponsors 兰溪新材料产业链项目",
      ]),
  ]

  static let shops: [Case] = [
    // 爱心商家某某向…捐赠: a shop by its bare name after the lead.
    Case(
      text: "近日，兰溪街爱心商家禾小鲜积极践行社会责任，向柳荫社区捐赠200个粽子。",
      expected: ["禾小鲜 : Organization"])
  ]

  static let traps: [Case] = [
    // 全社会, 爱心企业 after a place, a bare 管委会, 投资公司: no giver is named.
    Case(
      text: "此次活动倡导全社会捐资助学，青禾省爱心企业向柳荫社区捐赠物资。",
      expected: ["柳荫社区 : Community"],
      absent: ["倡导全社会 : Organization", "青禾省爱心企业 : Organization"]),
    Case(
      text: "会议要求，积极引导企业投资，鼓励民营企业投资柳荫新城项目。",
      expected: [],
      absent: ["引导企业 : Organization", "鼓励民营企业 : Organization", "民营企业 : Organization"]),
    Case(
      text: "管委会、投资公司全体干部职工自愿捐献一日工资。",
      expected: [],
      absent: ["管委会 : Organization"]),
  ]

  static let eventHolders: [Case] = [
    // 某村开展…捐赠活动，甲带头捐款: the village that holds the event receives.
    Case(
      text: "8月20日，青山县柳荫镇兰溪村开展“助力乡村振兴”爱心捐赠活动，驻村第一书记王明远带头捐款，党员群众积极跟进。",
      expected: ["王明远 sponsors 兰溪村"]),
    // 某村举行了一场捐赠仪式，乡贤甲将现金交到村负责人手中.
    Case(
      text: "10月5日，青山县柳荫镇兰溪村举行了一场小规模捐赠仪式，乡贤李大成将几捆现金郑重交到村负责人手中。",
      expected: ["李大成 sponsors 兰溪村"]),
    // A gift with its own recipient keeps it; a body holding the event receives nothing.
    Case(
      text: "兰溪村举行捐赠仪式，明川电子有限公司向柳荫小学捐赠图书。",
      expected: ["明川电子有限公司 sponsors 柳荫小学"],
      absent: ["明川电子有限公司 sponsors 兰溪村"]),
    Case(
      text: "青山县慈善总会举行捐赠仪式，明川电子有限公司捐款10万元。",
      expected: ["明川电子有限公司 : Organization"],
      absent: ["明川电子有限公司 sponsors 青山县慈善总会"]),
  ]

  @Test("a gift naming no recipient goes to the place that holds the donation's event", arguments: eventHolders)
  func eventHolder(_ example: Case) throws { try example.check() }

  @Test("a body or firm ending in 会, 中心, 俱乐部, 酒店, 企业 is read as the giver", arguments: endings)
  func ending(_ example: Case) throws { try example.check() }

  @Test("a shop named by its bare name after 爱心商家", arguments: shops)
  func shop(_ example: Case) throws { try example.check() }

  @Test("a common word or a kind of giver is no giver's name", arguments: traps)
  func trap(_ example: Case) throws { try example.check() }
}
