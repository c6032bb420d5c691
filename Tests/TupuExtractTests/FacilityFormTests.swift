import Testing

/// Round 7 forms of facilities read from new real text, written again with invented names: a
/// facility named by its kind after the place it serves, its new building, one being built, and
/// divisions whose first character is elsewhere a stop word.
@Suite("Facility forms, round 7")
struct FacilityFormTests {
  typealias Case = ReadingCase

  /// 某市文化中心, 某区档案馆, 某村村史馆, 某镇史馆, 某村党建活动室: the place is found and so is
  /// the facility after it, which lies in it (the zones ruling: a facility that stands is a Place).
  static let facilitiesOfPlaces: [Case] = [
    Case(
      text: "11月19日上午，江城市文化中心落成试运行并面向市民免费开放。",
      expected: ["江城市文化中心 : Place", "江城市文化中心 located-in 江城市"]),
    Case(
      text: "近日，柳塘街道花溪村村史馆正式开馆。",
      expected: [
        "花溪村村史馆 : Place", "花溪村村史馆 located-in 花溪村", "花溪村 located-in 柳塘街道",
      ],
      absent: ["花溪村村 : Community"]),
    Case(
      text: "日前，永丰镇史馆正式开放。",
      expected: ["永丰镇 : Street", "永丰镇史馆 : Place", "永丰镇史馆 located-in 永丰镇"]),
    Case(
      text: "走进柳塘乡花溪村村级活动场所，只见崭新的两层建筑。",
      expected: ["花溪村村级活动场所 : Place", "花溪村村级活动场所 located-in 花溪村"]),
    Case(
      text: "青禾镇为民服务中心和青山县文化艺术中心同日启用。",
      expected: ["青禾镇为民服务中心 : Place", "青山县文化艺术中心 : Place"]),
    Case(
      text: "柳溪村党员之家和花溪村农家书屋同时开放。",
      expected: [
        "柳溪村党员之家 : Place", "柳溪村党员之家 located-in 柳溪村", "花溪村农家书屋 : Place",
      ]),
    // Named by the level alone (县体育馆): the facility of the article's county or city. (A
    // library is a public institution, no Place: OrganizationRound15Tests.)
    Case(
      text: "篮球赛在县体育馆正式开赛，选手们还参观了市图书馆。",
      expected: ["县体育馆 : Place"], absent: ["市图书馆 : Place"]),
    // Alone, the kind word says what kind of room or hall, not which.
    Case(
      text: "村里新建了文体活动室，配备便民活动室、妇女儿童之家和一个档案馆。",
      expected: [],
      absent: [
        "文体活动室 : Place", "便民活动室 : Place", "妇女儿童之家 : Place", "档案馆 : Place",
      ]),
  ]

  /// 某区档案馆新馆项目: the new building is named with the facility, and the work with both.
  static let newBuildings: [Case] = [
    Case(
      text: "近日，青山区档案馆新馆项目完工并进入验收阶段。",
      expected: ["青山区档案馆新馆项目 : Project"],
      absent: ["档案馆新馆项目 : Project", "新馆项目 : Project"]),
  ]

  /// The zones ruling: a facility whose construction the sentence tells of is a Project; a list
  /// after 新建 is one of works.
  static let underConstruction: [Case] = [
    Case(
      text: "日前，青山县文化中心正式开工建设。",
      expected: ["青山县文化中心 : Project", "青山县文化中心 located-in 青山县"],
      absent: ["青山县文化中心 : Place"]),
    Case(
      text: "今年新建青山区柳湖公园、红星运动公园两个口袋公园。",
      expected: ["青山区柳湖公园 : Project", "红星运动公园 : Project"]),
    // Opened, it stays a Place.
    Case(
      text: "青山区柳湖公园建成开放。",
      expected: ["青山区柳湖公园 : Place"]),
  ]

  /// 本溪市: a division the country's lists know, whose first character is elsewhere a stop word
  /// (本 of 本报), is read in full after a boundary or a lead (到).
  static let stopInitialDivisions: [Case] = [
    Case(
      text: "7月10日上午，本溪市溪湖区民政局举办了揭牌仪式。",
      expected: ["本溪市 : City", "溪湖区 located-in 本溪市", "溪湖区民政局 : Organization"],
      absent: ["溪市溪湖区民政局 : Organization"]),
    Case(
      text: "市民来到本溪市参观。",
      expected: ["本溪市 : City"]),
  ]

  /// Kind words alone (口袋公园, 文化广场, 经济开发区) name no park, square or zone; an estate after
  /// a district has a name of its own; 该村史馆 refers to the museum, not to the village; 沿着 and
  /// 又称 begin no name.
  static let kindsAndEstates: [Case] = [
    Case(
      text: "点缀在街角的口袋公园，又称袖珍公园，让市民沿着青柳公园走到湖边。",
      expected: ["青柳公园 : Place"],
      absent: ["口袋公园 : Place", "称袖珍公园 : Place", "沿着青柳公园 : Place"]),
    // A kind word of the suffix table alone (经济 + 开发区) names no zone; a short name before it does.
    Case(
      text: "县直各单位、经济开发区主要负责人参加了大会，青山经济开发区作了发言。",
      expected: ["青山经济开发区 : Place"],
      absent: ["经济开发区 : Place"]),
    Case(
      text: "家住青山区柳岸小区的居民在文化广场跳舞。",
      expected: ["柳岸小区 : Place", "柳岸小区 located-in 青山区"],
      absent: ["青山区柳岸小区 : Place", "文化广场 : Place"]),
    // 座落, the older way to write 坐落, says where a place lies too.
    Case(
      text: "青山公园座落在柳溪镇。",
      expected: ["青山公园 located-in 柳溪镇"]),
    Case(
      text: "花溪村村史馆正式开馆。该村史馆位于花溪村党群服务中心内。",
      expected: ["花溪村村史馆 located-in 花溪村党群服务中心"],
      absent: ["花溪村 located-in 花溪村党群服务中心"]),
  ]

  @Test("kind words alone, estates and references to facilities", arguments: kindsAndEstates)
  func kindOrEstate(_ example: Case) throws { try example.check() }

  /// Words run into a one-character county (美丽眉县) name no county; 西侧路 (the road on the
  /// west side) and 街角 (a street corner) name no road or street.
  static let noDivisions: [Case] = [
    Case(
      text: "建设美丽眉县、幸福眉县，眉县县委召开会议。",
      expected: ["眉县县委 : Organization"],
      absent: ["美丽眉县 : District", "幸福眉县 : District"]),
    // A two-character county that merely ends in a one-character one (青沙县 beside 沙县).
    Case(text: "青沙县召开安全生产工作会议。", expected: ["青沙县 : District"]),
    // 社区党员 is a donor's role only where no name runs into it.
    Case(
      text: "柳溪社区党员之家开放。",
      expected: ["柳溪社区党员之家 : Place", "柳溪社区党员之家 located-in 柳溪社区"]),
    // 合并成 and 兴建 begin no town's or hospital's name.
    Case(
      text: "两乡合并成柳溪镇，于是在马桥路兴建新柳溪卫生院大楼。",
      expected: ["柳溪镇 : Street", "马桥路 : Road"],
      absent: ["成柳溪镇 : Street", "马桥路兴建新柳溪卫生院 : Organization"]),
    Case(
      text: "改造夏雨小区西侧路、长青路，点缀在城市街角。",
      expected: ["长青路 : Road"],
      absent: ["西侧路 : Road", "城市街 : Street"]),
  ]

  @Test("slogans, sides and corners name no division or road", arguments: noDivisions)
  func noDivision(_ example: Case) throws { try example.check() }

  /// A zone written in full with its county at the head of a listed work's name is an entity
  /// too, and the work lies in it (Rulings: places inside names).
  static let zonesInWorks: [Case] = [
    Case(
      text: "会议审议了青山县金龙工业集中区污水处理厂二期项目、青山县柳溪镇自来水厂项目。",
      expected: [
        "青山县金龙工业集中区 : Place", "青山县金龙工业集中区 located-in 青山县",
        "青山县金龙工业集中区污水处理厂二期项目 located-in 青山县金龙工业集中区",
      ],
      absent: ["青山县金龙工业集中区污水处理厂二期项目 located-in 青山县"]),
  ]

  /// A park of firms that hosts an event or holds things stands (a Place) wherever else it is
  /// read as a work; listed with works it stays a Project; its phase (2期) is a work of its own.
  static let standingZones: [Case] = [
    Case(
      text: "2月27日，青山县在柳溪物流装备产业园组织开展项目集中开工活动。"
        + "柳溪物流装备产业园2期、青禾公司铸件项目同时开工。",
      expected: [
        "柳溪物流装备产业园 : Place", "柳溪物流装备产业园2期 : Project",
      ],
      absent: ["柳溪物流装备产业园 : Project"]),
    Case(
      text: "甲某一行就静水产业园道路建设情况进行调研，来到静水产业园内实地查看。",
      expected: ["静水产业园 : Place"],
      absent: ["静水产业园 : Project"]),
    Case(
      text: "会议听取了柳溪健康产业园、红星科技产业园等14个项目情况。",
      expected: ["柳溪健康产业园 : Project", "红星科技产业园 : Project"]),
  ]

  /// 某中心建设现已全面启动, 某幼儿园竣工, 某学校建设中, 某客运站建设现场: the words right after
  /// a facility say its building is under way or done, so it is a work (the zones ruling), though
  /// its name reads a body (a school, a kindergarten, a service centre); how a body is built up
  /// (某医院建设情况) says nothing of a building.
  static let buildingsUnderWay: [Case] = [
    Case(
      text: "松岭新区政务服务中心建设现已全面启动，县政务服务中心正与相关部门密切配合。",
      expected: ["松岭新区政务服务中心 : Project"],
      absent: ["松岭新区政务服务中心 : Organization"]),
    Case(
      text: "青禾县明德爱心幼儿园竣工",
      expected: ["青禾县明德爱心幼儿园 : Project"],
      absent: ["青禾县明德爱心幼儿园 : Organization"]),
    Case(
      text: "远星村全寄宿学校建设中，预计明年秋季招生。",
      expected: ["远星村全寄宿学校 : Project"],
      absent: ["远星村全寄宿学校 : Organization"]),
    Case(
      text: "县长甲某先后检查了青禾包装、远星材料等项目和松林客运站建设现场，了解项目建设进展情况。",
      expected: ["松林客运站 : Project"],
      absent: ["松林客运站 : Place"]),
    Case(
      text: "甲某向省卫健委汇报了青山县人民医院建设情况。",
      expected: ["青山县人民医院 : Organization"],
      absent: ["青山县人民医院 : Project"]),
  ]

  /// 某博物馆 beside 某博物馆项目, 某机场 beside 某机场建设项目 in one article: the facility is the
  /// work named bare (the zones ruling: reported on as a work); one that opens stays a Place.
  static let facilitiesNamedAsWorks: [Case] = [
    Case(
      text: "青禾博物馆位于松林县七星河口东侧，占地面积53亩。\n6月23日，青禾博物馆项目、远星胶合板项目集中开工。",
      expected: ["青禾博物馆 : Project", "青禾博物馆 located-in 松林县"],
      absent: ["青禾博物馆 : Place"]),
    Case(
      text: "县长甲某检查了远星机场。她要求远星机场建设项目要抓紧工期，保证质量。",
      expected: ["远星机场 : Project"],
      absent: ["远星机场 : Place"]),
    Case(
      text: "10月1日，青禾湿地公园正式开园。\n青禾湿地公园项目总投资2亿元，由县城投公司建设。",
      expected: ["青禾湿地公园 : Place"],
      absent: ["青禾湿地公园 : Project"]),
  ]

  @Test("a zone that hosts or holds stands, one listed with works is a work",
    arguments: standingZones)
  func standingZone(_ example: Case) throws { try example.check() }

  @Test("a zone at the head of a listed work's name holds it", arguments: zonesInWorks)
  func zoneInWork(_ example: Case) throws { try example.check() }

  @Test(
    "a facility named by its kind after a place is a Place in it", arguments: facilitiesOfPlaces)
  func facilityOfPlace(_ example: Case) throws { try example.check() }

  @Test("a facility's new building is named with it", arguments: newBuildings)
  func newBuilding(_ example: Case) throws { try example.check() }

  @Test("a facility being built is a Project", arguments: underConstruction)
  func building(_ example: Case) throws { try example.check() }

  @Test("a facility whose building is under way or done is a Project", arguments: buildingsUnderWay)
  func buildingUnderWay(_ example: Case) throws { try example.check() }

  @Test("a facility the article also names as a work is that work", arguments: facilitiesNamedAsWorks)
  func facilityNamedAsWork(_ example: Case) throws { try example.check() }

  @Test("a known division beginning with a stop character is read", arguments: stopInitialDivisions)
  func stopInitial(_ example: Case) throws { try example.check() }
}
