import Testing

/// Round 6 forms of places and gifts read from fresh real text, written again with invented names
/// (the country's divisions are general knowledge, so they appear as the lists name them).
@Suite("Place forms, round 6")
struct PlaceKnownNameTests {
  typealias Case = ReadingCase

  /// A division the country's lists know in full is read though its last characters look like
  /// a compound that is no suffix (兴市, 门市, 都市, 兴区), and a province before it is too.
  static let knownDivisions: [Case] = [
    Case(
      text: "近日，浙江省嘉兴市南湖区青柳镇代表团来到柳溪村。",
      expected: [
        "嘉兴市 : City", "南湖区 located-in 嘉兴市", "青柳镇 located-in 南湖区",
      ]),
    Case(
      text: "一笔善款由某市慈善总会转至福建省厦门市同安区。",
      expected: ["福建省 : City", "厦门市 : City", "同安区 located-in 厦门市"]),
    Case(
      text: "他先后在江苏省宜兴市和北京市大兴区工作。",
      expected: ["宜兴市 : District", "大兴区 : District", "大兴区 located-in 北京市"]),
    // 兴县: a county of one character after a verb of two (实施), though 兴县 of 产业兴县 is none.
    Case(
      text: "会议同意启动实施兴县铝型材项目，坚持产业兴县，推动振兴县域经济。",
      expected: ["兴县 : District"],
      absent: ["业兴县 : District", "振兴县 : District"]),
    // 磁县, 单县 after a preposition (向, 为, 对) that a gift or a word of thanks glues to them.
    Case(
      text: "江北省东山商会向磁县捐赠教学设备，为单县教育事业注入动力，她对磁县商会表示感谢。",
      expected: ["磁县 : District", "单县 : District", "江北省东山商会 sponsors 磁县"]),
    // A firm's capacity work keeps the province written in full at its head.
    Case(
      text: "会议审议了湖北省青禾再生资源有限公司年产300万条集装袋项目。",
      expected: ["湖北省 : City", "湖北省青禾再生资源有限公司年产300万条集装袋项目 : Project"]),
    // 山区 is mountain country; the districts in 山区 are read by their full names.
    Case(
      text: "华安县湖林小学是所山区寄宿制学校，他在深圳市南山区工作。",
      expected: ["南山区 : District", "南山区 located-in 深圳市"],
      absent: ["华安山区 : District", "所山区 : District"]),
    // The compounds themselves stay no places.
    Case(
      text: "推动乡村振兴区域协调发展，坚持产业兴市，形成都市农业格局。",
      expected: [],
      absent: ["振兴区 : District", "成都市 : City", "兴市 : City"]),
  ]

  /// A work named after a chain of places (某县某镇…项目) lies in the innermost, and a list of
  /// works after 开工的 begins with the first work's name, not with 的.
  static let nestedWorks: [Case] = [
    Case(
      text: "当天集中开工的青山县城关镇莲池小学建设项目、青山县平泉镇果品气调库建设项目等14个项目。",
      expected: [
        "青山县城关镇莲池小学建设项目 : Project", "青山县城关镇莲池小学建设项目 located-in 城关镇",
        "青山县平泉镇果品气调库建设项目 located-in 平泉镇", "平泉镇 located-in 青山县",
      ],
      absent: [
        "的青山县城关镇莲池小学建设项目 : Project",
        "青山县平泉镇果品气调库建设项目 located-in 青山县",
      ]),
  ]

  /// Gifts whose giver or recipient is written through another word: a pronoun (他捐资), a
  /// reference that runs on into a name (向该镇中心卫生院), 由 and the words that say who gives
  /// (由乡贤某某), the places and a verb of building after 给 (捐赠给某县新建某幼儿园).
  static let gifts: [Case] = [
    Case(
      text: "麻石镇中心卫生院负责人介绍。乡贤王立群向该镇中心卫生院捐赠救护车一辆。",
      expected: ["王立群 sponsors 麻石镇中心卫生院"],
      absent: ["王立群 sponsors 麻石镇"]),
    Case(
      text: "兰溪建设有限公司拿出120万元，捐赠给柳河县新建柳河乡幼儿园。",
      expected: ["兰溪建设有限公司 sponsors 柳河乡幼儿园"],
      absent: ["兰溪建设有限公司 sponsors 柳河县", "新建柳河乡幼儿园 : Organization"]),
    Case(
      text: "柳塘村文化礼堂由乡贤王立群捐资30万元建成。",
      expected: ["柳塘村文化礼堂 : Place", "王立群 sponsors 柳塘村文化礼堂"]),
    // A lane's paving named by its kind (水泥硬底化巷道工程) is no project by name (round 18's
    // ruling on generic works), so the gift reaches no work.
    Case(
      text: "柳塘村村民王立群经商致富后热心家乡建设，2013年11月，他捐资15万元用于该村水泥硬底化巷道工程。",
      expected: ["柳塘村 : Community", "王立群 : Person"],
      absent: ["村水泥硬底化巷道工程 : Project", "水泥硬底化巷道工程 : Project"]),
    Case(
      text: "青山度假村项目由兰溪旅游有限公司投资5亿元建设。",
      expected: ["兰溪旅游有限公司 sponsors 青山度假村项目"],
      absent: ["青山度假村 : Community"]),
    Case(
      text: "青山花园是由兰溪房地产开发有限公司投资开发的房地产项目。",
      expected: ["兰溪房地产开发有限公司 sponsors 青山花园"]),
    // An investment reaches no work past its own clause.
    Case(
      text: "青山新苑是由兰溪房地产开发有限公司投资开发的房地产项目，拟建设柳塘花园小区和商务酒店。",
      expected: [],
      absent: ["兰溪房地产开发有限公司 sponsors 柳塘花园小区"]),
    // A place that only begins a body's name receives nothing; 他们 names no giver.
    Case(
      text: "北京市兰溪区卫健委捐献对口支援柳河县卫健局下属单位青山卫生院价值12万元的救护车一辆。他们捐资5万元用于柳塘村道路建设。",
      expected: ["兰溪区 located-in 北京市"],
      absent: ["兰溪区卫健委 sponsors 柳河县"]),
    Case(
      text: "兰溪集团董事长王立群捐资100万元，为家乡柳塘村修建了一条水泥路。",
      expected: ["王立群 sponsors 柳塘村"],
      absent: ["家乡柳塘村 : Community"]),
  ]

  @Test("gifts written through a pronoun, a reference or 由", arguments: gifts)
  func gift(_ example: Case) throws { try example.check() }

  /// 某社区的“某驿站”: a place in quotes after 的 lies in the place before.
  static let possessives: [Case] = [
    Case(
      text: "记者来到青禾街道柳塘社区的“睦邻驿站”。",
      expected: ["睦邻驿站 located-in 柳塘社区", "柳塘社区 located-in 青禾街道"]),
    Case(
      text: "柳塘社区的“文博广场”、“百姓舞台”占地不到2亩。",
      expected: ["文博广场 located-in 柳塘社区"]),
  ]

  /// A count of works or places names none (两宗大型项目, 3个文化广场); a facility named by
  /// its kind inside an estate keeps the estate's name (某小区口袋公园).
  static let namedInside: [Case] = [
    Case(
      text: "近日，两宗大型项目落户青禾镇。",
      expected: ["青禾镇 : Street"],
      absent: ["两宗大型项目 : Project", "两宗大型项目 located-in 青禾镇"]),
    Case(
      text: "青禾镇规划建设了3个文化广场。兰溪花园小区口袋公园已建成投用。",
      expected: ["兰溪花园小区口袋公园 : Place", "兰溪花园小区口袋公园 located-in 兰溪花园小区"],
      absent: ["口袋公园 : Place", "文化广场 : Place"]),
  ]

  @Test(
    "a count names no work or place, a kind of facility keeps its estate's name",
    arguments: namedInside)
  func namedInsidePlace(_ example: Case) throws { try example.check() }

  /// A stretch of road between two villages lies along the road, and no village in a road.
  static let routes: [Case] = [
    // A dash of two (——) leads on to what is named; it joins no route's ends.
    Case(
      text: "代表团来到东西部协作帮扶结对点——青山州柳河县青禾乡，捐赠120万元资金。",
      expected: ["柳河县 located-in 青山州", "青禾乡 located-in 柳河县"]),
    Case(
      text: "青禾镇—石桥镇公路改建工程开工。",
      expected: [],
      absent: ["石桥镇 located-in 青禾镇"]),
    Case(
      text: "兰溪电子工业园项目选址于东坡大道深沥村至义合村段，占地30万平方米。",
      expected: ["兰溪电子工业园项目 located-in 东坡大道"],
      absent: ["兰溪电子工业园项目 located-in 深沥村", "深沥村 located-in 东坡大道"]),
  ]

  /// 某村委会, 某自然村: the village itself; 修路 builds a road, it names none.
  static let villages: [Case] = [
    Case(
      text: "青禾镇新圩村委会鹤田自然村村民王立群捐资修路。",
      expected: [
        "新圩村 : Community", "鹤田村 : Community", "新圩村 located-in 青禾镇",
        "鹤田村 located-in 新圩村",
      ],
      absent: ["捐资修路 : Road", "修路 : Road"]),
    Case(
      text: "青禾镇柳塘村委会主任王立群介绍。",
      expected: ["王立群 affiliated-with 柳塘村", "柳塘村 located-in 青禾镇"]),
  ]

  /// 某镇人民政府, 某乡政府: the place at the head of a body's name is an entity, inside the
  /// division before it; the body lies nowhere by its name.
  static let bodies: [Case] = [
    Case(
      text: "柳河县青禾镇人民政府组织开展活动，今年镇政府提交市政府的报告，青禾乡政府派员参加。",
      expected: [
        "青禾镇 : Street", "青禾镇 located-in 柳河县", "青禾乡 : Street",
        "青禾镇人民政府 : Organization",
      ],
      absent: ["青禾镇人民政府 located-in 青禾镇", "今年镇 : Street", "提交市 : City"]),
  ]

  @Test("a place at the head of a body's name is an entity", arguments: bodies)
  func body(_ example: Case) throws { try example.check() }

  @Test("a village committee and a natural village are the village", arguments: villages)
  func village(_ example: Case) throws { try example.check() }

  @Test("a stretch between places lies along its road", arguments: routes)
  func route(_ example: Case) throws { try example.check() }

  @Test("a place in quotes after 的 lies in the place before it", arguments: possessives)
  func possessive(_ example: Case) throws { try example.check() }

  @Test("a work named after a chain of places lies in the innermost", arguments: nestedWorks)
  func nestedWork(_ example: Case) throws { try example.check() }

  @Test("divisions the country's lists know are read in full", arguments: knownDivisions)
  func knownDivision(_ example: Case) throws { try example.check() }
}
