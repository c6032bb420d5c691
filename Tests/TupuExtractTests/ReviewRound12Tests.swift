import Testing

/// Who reviews what on visit news from southern and western counties (round 12, helper h20): the
/// leader's name before 率, 携 or 还 is two characters, not three; fields of work a visit studies
/// (推进A建设、B治理等工作) and works named only as a partner region's help (援疆项目) or a plan's
/// period (“十二五”时期) are no Projects. Invented names.
@Suite("Visits in the south and west: the leader's name and the works seen")
struct ReviewRound12Tests {
  typealias Case = ReadingCase

  /// 某某率调研组…: the visit's verb after a two-character name is no third character of it.
  static let names: [Case] = [
    Case(
      text: "4月7日，区人大常委会主任方青率队赴白沙镇某某牧业公司养殖场建设项目现场督导。",
      expected: ["方青 title 区人大常委会主任"],
      absent: ["方青率 : Official"]),
    Case(
      text: "区人大常委会主任方青率调研组深入白沙镇青石养殖场建设项目现场。",
      expected: ["方青 title 区人大常委会主任", "方青 reviews 白沙镇青石养殖场建设项目"],
      absent: ["方青率 : Official"]),
    Case(
      text: "县长齐亮携县直部门负责人到青石镇调研。",
      expected: ["齐亮 title 县长"],
      absent: ["齐亮携 : Official"]),
    Case(
      text: "县长柯明还来到白沙河综合治理项目现场调研。",
      expected: ["柯明 title 县长"],
      absent: ["柯明还 : Official"]),
    // A three-character name keeps its third character.
    Case(
      text: "县长柯明远率队调研白沙河综合治理项目。",
      expected: ["柯明远 title 县长", "柯明远 reviews 白沙河综合治理项目"]),
  ]

  @Test("a two-character name before 率, 携 or 还", arguments: names)
  func name(_ example: Case) throws { try example.check() }

  /// Fields of work and kinds of works a visit takes up: no work named.
  static let fields: [Case] = [
    Case(
      text: "自治区党委书记张三丰在青石县调研，实地研究推进能源产业发展、高效节水农业建设、历史文化遗产保护和基层社会治理等工作。",
      expected: ["张三丰 title 党委书记"],
      absent: [
        "高效节水农业建设 : Project", "历史文化遗产保护 : Project", "基层社会治理 : Project",
        "张三丰 reviews 高效节水农业建设",
      ]),
    Case(
      text: "副旗长李四海一行到青石苏木，实地调研推进自然资源管理、生态环境治理等重点工作。",
      expected: [],
      absent: ["生态环境治理 : Project", "李四海 reviews 生态环境治理"]),
    // Items whose names say where the work is done stay works.
    Case(
      text: "县长王五岳一行到青石镇，察看了青石河整治、青石公园提升等工作。",
      expected: ["王五岳 reviews 青石河整治", "王五岳 reviews 青石公园提升"]),
    Case(
      text: "在援疆项目建设工地，总指挥张三丰仔细了解项目施工进度。",
      expected: [],
      absent: ["援疆项目 : Project", "张三丰 reviews 援疆项目"]),
    Case(
      text: "3月18日，市委副书记张三丰一行赴青石县实地考察“十二五”时期援藏项目建设运行情况。",
      expected: [],
      absent: ["“十二五”时期援藏项目 : Project", "张三丰 reviews “十二五”时期援藏项目"]),
    Case(
      text: "张三丰一行考察了“十二五”时期重点项目。",
      expected: [],
      absent: ["“十二五” : Project"]),
  ]

  @Test("fields of work and kinds of works name no work", arguments: fields)
  func field(_ example: Case) throws { try example.check() }

  /// Tibetan names have no surname: the leader after the post is read whole, and the visit's
  /// reviews are theirs (not those of a leader of the sentence before).
  static let tibetanNames: [Case] = [
    Case(
      text: "县委书记次仁多吉率队调研青石水库扩建项目。",
      expected: ["次仁多吉 title 县委书记", "次仁多吉 reviews 青石水库扩建项目"]),
    Case(
      text: "县长韦小青调研东关大桥项目。州长格桑卓玛调研西湖隧道工程。",
      expected: ["格桑卓玛 title 州长", "格桑卓玛 reviews 西湖隧道工程"],
      absent: ["韦小青 reviews 西湖隧道工程"]),
    Case(
      text: "5月10日，县委书记次仁多吉，县委副书记、县长扎西平措率队调研青石水库扩建项目，县领导索朗旺姆陪同。",
      expected: [
        "次仁多吉 reviews 青石水库扩建项目", "扎西平措 reviews 青石水库扩建项目",
        "索朗旺姆 : Official",
      ],
      absent: ["索朗旺姆 reviews 青石水库扩建项目"]),
    // A Yi name: a clan name, then the given name.
    Case(
      text: "县委书记吉克伍山调研青石大桥项目。",
      expected: ["吉克伍山 title 县委书记", "吉克伍山 reviews 青石大桥项目"]),
    // A Han name that begins like a clan name keeps its own length.
    Case(
      text: "县长马海军调研白沙水库项目。",
      expected: ["马海军 title 县长", "马海军 reviews 白沙水库项目"]),
    // A known first word and one more name character that ends cleanly.
    Case(
      text: "青石村党支部书记扎西瓦介绍，村里贫困户多。",
      expected: ["扎西瓦 title 村党支部书记"]),
  ]

  @Test("a Tibetan name after a post", arguments: tibetanNames)
  func tibetan(_ example: Case) throws { try example.check() }

  /// A post whose holder's name the lexicon cannot read (a rare surname, a name without one)
  /// still names the visit's maker: the leader of the sentence before does not review its works;
  /// and those who 参与 a visit go along.
  static let unreadHolders: [Case] = [
    Case(
      text: "4月5日，县委书记王小明调研东湖学校迁建项目。4月6日，县长庹新华调研南山隧道工程。",
      expected: ["王小明 reviews 东湖学校迁建项目"],
      absent: ["王小明 reviews 南山隧道工程"]),
    Case(
      text: "6月5日，县委书记王上明调研青石广场项目。6月6日，县长岩温调研白沙医院迁建项目。",
      expected: ["王上明 reviews 青石广场项目"],
      absent: ["王上明 reviews 白沙医院迁建项目"]),
    // A post followed by no name (县长一行) hands the visit on.
    Case(
      text: "县长王中明调研青石广场项目。随后，县长一行来到白沙医院迁建项目。",
      expected: ["王中明 reviews 青石广场项目", "王中明 reviews 白沙医院迁建项目"]),
    Case(
      text: "县长王大明调研白沙大桥项目，县委书记吴七星，副县长郑八方等参与调研。",
      expected: ["王大明 reviews 白沙大桥项目"],
      absent: ["吴七星 reviews 白沙大桥项目", "郑八方 reviews 白沙大桥项目"]),
    Case(
      text: "区委书记王大明与区长李小龙一同调研青石大桥项目。",
      expected: ["王大明 reviews 青石大桥项目", "李小龙 reviews 青石大桥项目"]),
  ]

  @Test("a post's unread holder makes the visit; 参与 goes along", arguments: unreadHolders)
  func unreadHolder(_ example: Case) throws { try example.check() }

  /// What is no work in an agenda or a list: a document's kind left over from an item
  /// (A工程实施方案), kinds of services counted by 类, fields (民生领域).
  static let noWorks: [Case] = [
    Case(
      text: "3月1日，县长王一平主持召开县人民政府第十五次常务会议，研究审议了青石水库扩建工程实施方案、白沙大桥建设项目等事项。",
      expected: [
        "县人民政府第十五次常务会议 reviews 青石水库扩建工程",
        "县人民政府第十五次常务会议 reviews 白沙大桥建设项目",
      ],
      absent: ["方案 : Project", "县人民政府第十五次常务会议 reviews 方案"]),
    Case(
      text: "“志愿服务集市”涵盖义诊、义剪、法治宣传等10余类项目。",
      expected: [],
      absent: ["义诊 : Project", "法治宣传 : Project"]),
    Case(
      text: "市领导王大明详细了解民生领域、农业产业、招商引资等项目规划和建设进展情况。",
      expected: [],
      absent: ["民生领域 : Project", "王大明 reviews 民生领域"]),
    // An item cut from the end of a name read whole (中心 of 某镇政务服务中心) is no work.
    Case(
      text: "县长李四海先后到白沙镇政务服务中心、东湖学校等项目现场调研。",
      expected: ["李四海 reviews 东湖学校"],
      absent: ["中心 : Project", "李四海 reviews 中心"]),
    // A count of works still lists works.
    Case(
      text: "县长王一平察看了青石大桥、白沙公园等3个项目。",
      expected: ["王一平 reviews 青石大桥", "王一平 reviews 白沙公园"]),
  ]

  @Test("documents, kinds and fields are no works", arguments: noWorks)
  func noWork(_ example: Case) throws { try example.check() }

  /// 赴 reaches a visit's site as 到 and 前往 do; a zone and a community in it are places, no
  /// site of works.
  static let sites: [Case] = [
    Case(
      text: "4月7日，区长王大明率队赴白沙镇青石养殖场建设项目现场，督导项目进展。",
      expected: ["王大明 reviews 白沙镇青石养殖场建设项目"]),
    Case(
      text: "区长王大明赴青石产业园、白沙物流园调研。",
      expected: ["王大明 reviews 青石产业园", "王大明 reviews 白沙物流园"]),
    Case(
      text: "区长王大明率队赴上海、深圳等地考察学习。",
      expected: [],
      absent: ["上海 : Project", "深圳 : Project"]),
    Case(
      text: "县长王大明到东湖开发区青山社区调研。",
      expected: ["青山社区 : Community"],
      absent: ["东湖开发区青山社区 : Project", "王大明 reviews 东湖开发区青山社区"]),
  ]

  @Test("赴 reaches a site; a zone's community is no work", arguments: sites)
  func site(_ example: Case) throws { try example.check() }

  /// A headquarters' heads (总指挥, 副指挥) hold posts: the visit's two leaders both review; a
  /// speech after a name (致开幕词) is no part of it.
  static let headquarters: [Case] = [
    Case(
      text: "3月18日，市委副书记、青石援藏指挥部总指挥马新亮，市委常委、青石援藏指挥部副指挥洪家明一行赴白沙县实地考察白沙大桥项目。",
      expected: [
        "马新亮 title 总指挥", "洪家明 title 副指挥",
        "马新亮 reviews 白沙大桥项目", "洪家明 reviews 白沙大桥项目",
      ]),
    Case(
      text: "县委常委、宣传部部长、全域旅游指挥部总指挥庞青致开幕词。",
      expected: ["庞青 title 总指挥"],
      absent: ["庞青致 : Official"]),
    Case(
      text: "州委书记李青致辞。",
      expected: ["李青 title 州委书记"],
      absent: ["李青致 : Official"]),
  ]

  @Test("a headquarters' heads; a speech after a name", arguments: headquarters)
  func headquarter(_ example: Case) throws { try example.check() }
}
