import Testing

/// Divisions in round 15 (causes counted across the seven read sets), each with invented names:
/// a verb written right before a division's kind word begins no division's name.
@Suite("Divisions, round 15")
struct DivisionRound15Tests {
  typealias Case = ReadingCase

  static let verbsBeforeKindWords: [Case] = [
    Case(
      text: "近年来青石区高度重视社区建设，居民生活日益便利。",
      expected: ["青石区 : District"],
      absent: ["高度重视社区 : Community", "重视社区 : Community"]),
    Case(
      text: "安置点配套设置社区卫生室、警务室。",
      expected: [],
      absent: ["配套设置社区 : Community", "设置社区 : Community"]),
    Case(
      text: "起初不少居民不爱惜社区卫生。",
      expected: [],
      absent: ["不爱惜社区 : Community"]),
    Case(
      text: "活动当天，居民们纷纷涌入街道。",
      expected: [],
      absent: ["纷纷涌入街道 : Street", "涌入街道 : Street"]),
    Case(
      text: "为民服务是贯穿街道工作的一项理念。",
      expected: [],
      absent: ["贯穿街道 : Street"]),
    Case(
      text: "青石县委宣传部主管县委报道组主办。",
      expected: [],
      absent: ["主管县 : District"]),
    // A verb of going back or of upholding, or a time word, glued to the kind word (round 24).
    Case(
      text: "上午刚开完会，人还没走回社区，新的任务又来了。",
      expected: [],
      absent: ["走回社区 : Community", "没走回社区 : Community"]),
    Case(
      text: "居民们共同维护社区环境整洁。",
      expected: [],
      absent: ["维护社区 : Community", "共同维护社区 : Community"]),
    Case(
      text: "村民说：“以前老村委会只有两间平房。”",
      expected: [],
      absent: ["前老村 : Community", "以前老村 : Community"]),
  ]

  @Test("a verb right before a division's kind word begins no division's name", arguments: verbsBeforeKindWords)
  func verbBeforeKindWord(_ example: Case) throws { try example.check() }
}

extension DivisionRound15Tests {
  static let provincesAtBodiesHead: [Case] = [
    Case(
      text: "传达学习湖南省委召开的座谈会精神。",
      expected: ["湖南省委 : Organization", "湖南省 : City"]),
    Case(
      text: "天津市委社会工作部副部长张青山出席。",
      expected: ["天津市 : City", "张青山 : Official"]),
    Case(
      text: "白云省委召开座谈会。",
      expected: [],
      absent: ["白云省 : City"]),
  ]

  @Test("a province or a municipality written in full at the head of its party committee is a City",
    arguments: provincesAtBodiesHead)
  func provinceAtBodysHead(_ example: Case) throws { try example.check() }
}

extension DivisionRound15Tests {
  static let postsOfTheNamedCity: [Case] = [
    Case(
      text: "白云市青河区举行项目签约仪式。市委常委、常务副市长张青山出席签约仪式。",
      expected: ["张青山 affiliated-with 白云市", "张青山 title 常务副市长"],
      absent: ["张青山 affiliated-with 市委"]),
    Case(
      text: "市委书记张青山出席签约仪式。另据报道，白云市召开会议。",
      expected: ["张青山 title 市委书记"],
      absent: ["张青山 affiliated-with 白云市"]),
  ]

  @Test("a city-level party post is of the one city the text names by then", arguments: postsOfTheNamedCity)
  func postOfTheNamedCity(_ example: Case) throws { try example.check() }
}

extension DivisionRound15Tests {
  static let villagesInsideListedWorks: [Case] = [
    Case(
      text: "代表们先后到青石医院、柳溪体育公园、城中村改造金湾村和南岗村还迁房项目等地视察。",
      expected: [
        "城中村改造金湾村和南岗村还迁房项目 : Project", "金湾村 : Community", "南岗村 : Community",
      ],
      absent: ["城中村改造金湾村和南岗村还迁房项目 located-in 金湾村"]),
  ]

  @Test("a village written in full inside a listed work's name is an entity, holding nothing", arguments: villagesInsideListedWorks)
  func villageInsideListedWork(_ example: Case) throws { try example.check() }
}

