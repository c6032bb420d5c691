import Testing

/// Forms of fresh real text on where things lie and who pays for what (round 4), each with
/// invented names: addresses with house numbers, 地址位于, a school named inside its places,
/// 辖区 before a kind word and a list, 由某公司总投资…建设.
@Suite("Address and investment forms")
struct AddressFormTests {
  typealias Case = ReadingCase

  static let addresses: [Case] = [
    // 位于某街道某路9号的某中心: the house number is part of the address; the road holds it.
    Case(
      text: "位于青禾街道兰溪路18号的柳荫社区党群服务中心正式启用。",
      expected: [
        "柳荫社区党群服务中心 located-in 兰溪路", "柳荫社区党群服务中心 located-in 柳荫社区",
        "兰溪路 located-in 青禾街道",
      ]),
    Case(
      text: "芦花社区便民服务中心位于长安路6号院，面积约300平方米。",
      expected: ["芦花社区便民服务中心 located-in 长安路"]),
    // 地址位于: the address of the sentence's subject.
    Case(
      text: "柳荫社区党群服务中心于5月1日正式投入使用，地址位于兰溪路27号。",
      expected: ["柳荫社区党群服务中心 located-in 兰溪路"]),
    // A school named inside its county and town lies where 位于 says, not the town inside its
    // name (a town lies in no village).
    Case(
      text: "此次资助的青禾县青禾镇柳荫学校位于青禾镇柳荫村，现有学生300人。",
      expected: ["青禾县青禾镇柳荫学校 located-in 柳荫村", "柳荫村 located-in 青禾镇"],
      absent: ["青禾镇 located-in 柳荫村"]),
  ]

  static let jurisdictions: [Case] = [
    // 某街道组织辖区爱心企业A、B: the street acting in the clause holds the firms listed.
    Case(
      text: "青禾街道组织辖区爱心企业明川电子有限公司、禾丰建材有限公司为柳荫社区捐赠物资。",
      expected: [
        "明川电子有限公司 located-in 青禾街道", "禾丰建材有限公司 located-in 青禾街道",
        "明川电子有限公司 sponsors 柳荫社区", "禾丰建材有限公司 sponsors 柳荫社区",
      ]),
    // A person before 辖区 holds nothing: 走访辖区企业 says no place.
    Case(
      text: "区委书记王明远走访辖区企业明川电子有限公司。",
      expected: ["明川电子有限公司 : Organization"],
      absent: ["明川电子有限公司 located-in 王明远"]),
  ]

  static let investments: [Case] = [
    // 由某公司总投资…建设: after 由 and its giver, 总投资 is the giver's investment.
    Case(
      text: "其中明川科技项目由青禾明川新能源有限公司总投资约3亿元建设。",
      expected: ["青禾明川新能源有限公司 sponsors 明川科技项目"]),
    // A bare amount still gives nothing: 项目总投资3亿元.
    Case(
      text: "青禾明川新能源有限公司负责的明川科技项目总投资3亿元。",
      expected: ["明川科技项目 : Project"],
      absent: ["青禾明川新能源有限公司 sponsors 明川科技项目"]),
  ]

  static let kindsOfCommunity: [Case] = [
    // Qualities, slogans and prepositions before 社区 say what kind of community, not which.
    Case(
      text: "善款将用于爱心送餐、关爱社区特殊困境人群等民生项目，随着社区人口不断增加，要发挥优秀社区带动作用。",
      expected: [],
      absent: ["关爱社区 : Community", "随着社区 : Community", "优秀社区 : Community"]),
    Case(
      text: "要结合“15分钟社区生活圈”建设，共同构建人人能受益的温暖社区，打造全市首创社区党群服务中心。",
      expected: [],
      absent: [
        "分钟社区 : Community", "温暖社区 : Community", "首创社区 : Community",
        "首创社区党群服务中心 : Place",
      ]),
    // A named community keeps its name.
    Case(
      text: "柳荫社区党群服务中心正式启用。芦花社区举办了活动。",
      expected: ["柳荫社区 : Community", "芦花社区 : Community"]),
  ]

  static let givenSchools: [Case] = [
    // 捐资建设某县某镇某学校: the verb of giving is no part of the school's name; 该镇 refers.
    Case(
      text: "兰台教育基金会捐资建设青禾县青禾镇柳荫学校新教学楼。签约仪式在该镇柳荫学校举行。",
      expected: ["青禾县青禾镇柳荫学校 : Organization", "兰台教育基金会 : Organization"],
      absent: ["捐资建设青禾县青禾镇柳荫学校 : Organization", "该镇柳荫学校 : Organization"]),
  ]

  static let residents: [Case] = [
    // 某社区居民: the community is named before its residents; 广大社区居民 names none.
    Case(
      text: "芦花社区居民前来参观，广大社区居民纷纷点赞。",
      expected: ["芦花社区 : Community"],
      absent: ["广大社区 : Community"]),
  ]

  @Test("a community is named before its residents", arguments: residents)
  func resident(_ example: Case) throws { try example.check() }

  @Test("a quality or slogan before 社区 names no community", arguments: kindsOfCommunity)
  func kindOfCommunity(_ example: Case) throws { try example.check() }

  @Test("a verb of giving before a school stays out of its name", arguments: givenSchools)
  func givenSchool(_ example: Case) throws { try example.check() }

  static let borders: [Case] = [
    // 东临某村, 西接某村: neighbours, no part of a name and no container.
    Case(
      text: "兰溪村东临柳荫村，西接大柳村。",
      expected: ["柳荫村 : Community", "大柳村 : Community"],
      absent: ["东临柳荫村 : Community", "东临柳荫村 located-in 兰溪村"]),
    // On the border of two places, in neither; north of the county seat, not in it.
    Case(
      text: "兰溪村地处青禾县与云川县交界处。",
      expected: ["兰溪村 : Community"],
      absent: ["兰溪村 located-in 青禾县", "兰溪村 located-in 云川县"]),
    Case(
      text: "柳荫小区地处兰溪街道和长安街道交界，由兰台物业管理。",
      expected: ["柳荫小区 : Place"],
      absent: ["柳荫小区 located-in 兰溪街道"]),
    Case(
      text: "兰溪产业园地处青禾县城以北5公里。",
      expected: [],
      absent: ["兰溪产业园 located-in 青禾县"]),
    // At a crossing, both roads hold it (a border word is no crossing).
    Case(
      text: "柳荫小区位于兰溪路与长安大道交会处。",
      expected: ["柳荫小区 located-in 兰溪路", "柳荫小区 located-in 长安大道"]),
  ]

  static let partsOf: [Case] = [
    // 某村是某镇的一个行政村: the village lies in the town.
    Case(
      text: "兰溪村是青禾镇的一个行政村。",
      expected: ["兰溪村 located-in 青禾镇"]),
    Case(
      text: "柳荫社区是兰溪街道下辖的社区，辖区面积2平方公里。",
      expected: ["柳荫社区 located-in 兰溪街道"]),
    // A quality before the kind word; 农业大镇 is no town of its own.
    Case(
      text: "青禾镇是云川县的农业大镇。",
      expected: ["青禾镇 located-in 云川县"],
      absent: ["农业大镇 : Street"]),
    // What the village is for the town, not which division it is part of.
    Case(
      text: "兰溪村是青禾镇的先进集体。",
      expected: [],
      absent: ["兰溪村 located-in 青禾镇"]),
  ]

  static let growingBases: [Case] = [
    // 某村马铃薯种植基地: 种植 is a trade's word inside the base's name, not the measure word 种
    // that ends names; the base is named with its village and lies in it.
    Case(
      text: "赵刚一行来到石门村马铃薯种植基地实地查看。",
      expected: ["石门村马铃薯种植基地 : Place", "石门村马铃薯种植基地 located-in 石门村"],
      absent: ["石门村 : Person"]),
    Case(
      text: "王强一行深入青禾乡无公害柑橘种植示范基地视察。",
      expected: ["青禾乡无公害柑橘种植示范基地 located-in 青禾乡"]),
  ]

  @Test("a growing base named with its village or town lies in it", arguments: growingBases)
  func growingBase(_ example: Case) throws { try example.check() }

  static let heldLists: [Case] = [
    // 某镇甲村党群服务中心、乙村党群服务中心: each village of the list lies in the town.
    Case(
      text: "兰溪镇柳荫村党群服务中心、大柳村党群服务中心已投入使用。",
      expected: ["柳荫村 located-in 兰溪镇", "大柳村 located-in 兰溪镇"]),
    // 某镇辖甲村、乙村; 某镇共有甲村、乙村等12个行政村.
    Case(
      text: "兰溪镇辖柳荫村、大柳村等12个行政村，青禾镇共有芦花村、石门村等8个行政村。",
      expected: [
        "柳荫村 located-in 兰溪镇", "大柳村 located-in 兰溪镇", "芦花村 located-in 青禾镇",
        "石门村 located-in 青禾镇",
      ],
      absent: ["辖柳荫村 : Community"]),
  ]

  @Test("a town before a list, 辖 or 共有, holds each village of it", arguments: heldLists)
  func heldList(_ example: Case) throws { try example.check() }

  @Test("a border, a neighbour or a direction holds nothing", arguments: borders)
  func border(_ example: Case) throws { try example.check() }

  @Test("某村是某镇的一个行政村 locates the village", arguments: partsOf)
  func partOf(_ example: Case) throws { try example.check() }

  static let bracketedFirms: [Case] = [
    // 某某(山东)科技有限公司, 某某（集团）有限公司: the bracket is part of the firm's name.
    Case(
      text: "青禾街道组织辖区爱心企业明川(山东)文化科技有限公司为柳荫社区捐赠物资。",
      expected: [
        "明川(山东)文化科技有限公司 : Organization",
        "明川(山东)文化科技有限公司 located-in 青禾街道",
        "明川(山东)文化科技有限公司 sponsors 柳荫社区",
      ],
      absent: ["文化科技有限公司 : Organization", "山东 : City"]),
    Case(
      text: "兰台（集团）有限公司向芦花社区捐赠10万元。",
      expected: ["兰台（集团）有限公司 sponsors 芦花社区"],
      absent: ["有限公司 : Organization"]),
    // A note in brackets after the name is no part of it.
    Case(
      text: "兰台科技有限公司（以下简称兰台公司）向芦花社区捐赠物资。",
      expected: ["兰台科技有限公司 : Organization"],
      absent: ["兰台科技有限公司（以下简称兰台公司 : Organization"]),
  ]

  @Test("a place or 集团 in brackets stays inside a firm's name", arguments: bracketedFirms)
  func bracketedFirm(_ example: Case) throws { try example.check() }

  static let pairings: [Case] = [
    // 对接帮扶某镇, 结对某村: the verbs of pairing lead to the place, no part of its name.
    Case(
      text: "物资已发往对接帮扶的兰溪镇，青禾街道结对帮扶柳荫村。",
      expected: ["兰溪镇 : Street", "柳荫村 : Community"],
      absent: ["对接帮扶的兰溪镇 : Street", "帮扶柳荫村 : Community"]),
    Case(
      text: "物资捐赠发往对接帮扶青禾县兰溪镇。",
      expected: ["兰溪镇 : Street", "兰溪镇 located-in 青禾县"]),
  ]

  static let countyShortForms: [Case] = [
    // 沂水诸葛镇, 兴化兴东镇: a county's short form before a town is no part of the town's name
    // (the country's lists have 沂水县 and 兴化市); 发往 leads to the place.
    Case(
      text: "物资发往沂水诸葛镇。泰州市兴化兴东镇组织人大代表视察。",
      expected: ["诸葛镇 : Street", "兴东镇 : Street"],
      absent: ["沂水诸葛镇 : Street", "兴化兴东镇 : Street", "兴化兴东镇 located-in 泰州市"]),
    // A town whose own name is long, with no county's short form, keeps it.
    Case(
      text: "青禾县柳荫河口镇组织活动。",
      expected: ["柳荫河口镇 : Street", "柳荫河口镇 located-in 青禾县"]),
  ]

  @Test("a county's short form before a town stays out of its name", arguments: countyShortForms)
  func countyShortForm(_ example: Case) throws { try example.check() }

  @Test("verbs of pairing stay out of the place helped", arguments: pairings)
  func pairing(_ example: Case) throws { try example.check() }

  static let notPlaces: [Case] = [
    // 集市 is a market, no city; a 商业广场 on floors 1-2 is a use, not a named place.
    Case(
      text: "其中，“公益集市”汇聚多方力量，大厦1-2层为商业广场。",
      expected: [],
      absent: ["公益集市 : City", "商业广场 : Place"]),
    Case(
      text: "柳荫村打造近3000平方米的综合广场，一楼设有一站式便民服务大厅。",
      expected: ["柳荫村 : Community"],
      absent: ["综合广场 : Place", "一站式便民服务大厅 : Place"]),
    // 据某村…介绍, 因某村…: a preposition is no part of the village's name.
    Case(
      text: "据兰溪村党总支书记陈明介绍，因柳荫村村民委员会场地老旧，新建了服务中心。",
      expected: ["兰溪村 : Community", "柳荫村 : Community"],
      absent: ["据兰溪村 : Community", "因柳荫村 : Community"]),
    // A named square keeps its name.
    Case(
      text: "兰台商业广场位于兰溪路8号。",
      expected: ["兰台商业广场 : Place", "兰台商业广场 located-in 兰溪路"]),
  ]

  @Test("a market or a use names no place", arguments: notPlaces)
  func notPlace(_ example: Case) throws { try example.check() }

  static let builtInstitutions: [Case] = [
    // 在某镇新建某中学: the school begins after the verb and lies where it is built.
    Case(
      text: "青禾县在兰溪镇新建柳荫中学，总投资8000万元。",
      expected: ["柳荫中学 : Organization", "柳荫中学 located-in 兰溪镇"],
      absent: ["兰溪镇新建柳荫中学 : Organization"]),
    Case(
      text: "在青禾镇建设兰溪医院。",
      expected: ["兰溪医院 located-in 青禾镇"],
      absent: ["青禾镇建设兰溪医院 : Organization"]),
    // A road named 建设路 and a firm's trade word 建设 stay in the names.
    Case(
      text: "青禾县建设北路小学与青禾县建设工程有限公司结对共建。",
      expected: ["青禾县建设北路小学 : Organization", "青禾县建设工程有限公司 : Organization"]),
  ]

  static let funds: [Case] = [
    // 某某教育基金捐资…, 某某基金向某校捐赠: a fund that gives is a body.
    Case(
      text: "兰台烛光教育基金捐资建设柳荫小学新教学楼。",
      expected: ["兰台烛光教育基金 : Organization", "兰台烛光教育基金 sponsors 柳荫小学"]),
    Case(
      text: "兰台公益基金向柳荫小学捐赠图书。",
      expected: ["兰台公益基金 sponsors 柳荫小学"]),
    // A fund set up or drawn on is money, no body.
    Case(
      text: "青禾镇设立教育发展基金，用于奖励优秀教师。",
      expected: [],
      absent: ["青禾镇设立教育发展基金 : Organization", "教育发展基金 : Organization"]),
  ]

  static let donorsNamed: [Case] = [
    // 某某希望小学 由 某某LP28爱心团队 捐资建设: a Project Hope school (named in full with its
    // town, the fullest form the text gives) and a donor team with Latin letters in its name.
    Case(
      text: "昨日，青禾镇兰溪希望小学举行竣工典礼。兰溪希望小学是由云川展能AB28爱心团队捐资建设。",
      expected: [
        "青禾镇兰溪希望小学 : Organization", "云川展能AB28爱心团队 : Organization",
        "云川展能AB28爱心团队 sponsors 青禾镇兰溪希望小学",
      ],
      absent: ["28爱心团队 : Organization", "小学 : Organization"]),
    Case(
      text: "TCL兰台科技集团向柳荫小学捐赠电脑。",
      expected: ["TCL兰台科技集团 sponsors 柳荫小学"]),
  ]

  @Test("donor teams, Project Hope schools and firms with Latin letters", arguments: donorsNamed)
  func donorNamed(_ example: Case) throws { try example.check() }

  static let giftsInCeremonies: [Case] = [
    // A ceremony named by the gift it marks still states the gift (the school named elsewhere
    // in the article is an entity there too).
    Case(
      text: """
        8月30日，兰台烛光教育基金捐资建设青禾县柳荫镇兰溪学校新教学楼及操场签约仪式在该镇兰溪学校举行。\
        此次捐助的青禾县柳荫镇兰溪学校位于柳荫镇兰溪村。
        """,
      expected: ["兰台烛光教育基金 sponsors 青禾县柳荫镇兰溪学校"]),
    // A ceremony named only by its kind of gift names no giver.
    Case(
      text: "兰台科技有限公司负责人出席爱心助学捐赠仪式。",
      expected: [],
      absent: ["兰台科技有限公司 sponsors 爱心助学捐赠仪式"]),
  ]

  @Test("a ceremony named by a gift states the gift", arguments: giftsInCeremonies)
  func giftInCeremony(_ example: Case) throws { try example.check() }

  @Test("a fund that gives is a body, a fund set up is money", arguments: funds)
  func fund(_ example: Case) throws { try example.check() }

  @Test("a school or hospital built in a place begins after the verb", arguments: builtInstitutions)
  func builtInstitution(_ example: Case) throws { try example.check() }

  @Test("an address with a house number locates its subject", arguments: addresses)
  func address(_ example: Case) throws { try example.check() }

  @Test("辖区 before a kind word and a list locates every item", arguments: jurisdictions)
  func jurisdiction(_ example: Case) throws { try example.check() }

  static let schoolsGiven: [Case] = [
    // 援建某小学, 资助某学校20万元: the school right after a gift's cue receives it.
    Case(
      text: "兰台科技有限公司援建柳荫小学。",
      expected: ["兰台科技有限公司 sponsors 柳荫小学"]),
    Case(
      text: "兰台教育基金会捐资50万元援建柳荫小学。",
      expected: ["兰台教育基金会 sponsors 柳荫小学"]),
    // 某小学由某协会援建 / 是由…捐资建设: the school named before 由.
    Case(
      text: "柳荫小学是由兰台爱心协会捐资建设，总投资120余万元。",
      expected: ["兰台爱心协会 sponsors 柳荫小学"]),
    // An investment's firm is a partner, not a recipient.
    Case(
      text: "兰台科技有限公司投资建设禾丰物流有限公司。",
      expected: [],
      absent: ["兰台科技有限公司 sponsors 禾丰物流有限公司"]),
  ]

  static let giftsFrom: [Case] = [
    // 来自某公司的物资送达某街道: the gift is written as where it came from.
    Case(
      text: "100余箱来自兰台科技有限公司的食品物资顺利送达硚口区青禾街道。",
      expected: ["兰台科技有限公司 sponsors 青禾街道"]),
    Case(
      text: "来自云川县慈善总会的善款已发放到芦花社区。",
      expected: ["云川县慈善总会 sponsors 芦花社区"]),
    // People from a firm who come to a place give nothing.
    Case(
      text: "来自兰台科技有限公司的志愿者来到芦花社区。",
      expected: [],
      absent: ["兰台科技有限公司 sponsors 芦花社区"]),
  ]

  @Test("a school after a gift's cue, or before 由, receives the gift", arguments: schoolsGiven)
  func schoolGiven(_ example: Case) throws { try example.check() }

  @Test("来自某公司的物资送达某处 sponsors the place it reaches", arguments: giftsFrom)
  func giftFrom(_ example: Case) throws { try example.check() }

  @Test("由某公司总投资…建设 sponsors the work named before", arguments: investments)
  func investment(_ example: Case) throws { try example.check() }
}
