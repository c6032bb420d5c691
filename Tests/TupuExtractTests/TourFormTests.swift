import Testing

/// Tours through project sites, in forms real tour reports use: a delegation from elsewhere that
/// comes to the article's own county (来我县考察), its hosts' bare posts. Invented names.
@Suite("Tours through project sites")
struct TourFormTests {
  typealias Case = ReadingCase

  static let visitorCases: [Case] = [
    // 某县代表团来我县考察: the hosts' bare posts are of the county the article names later.
    Case(
      text: "11月2日，白山市委常委、白溪县委书记林文博，县委副书记、县长高志远率党政代表团来我县考察学习。"
        + "县委书记王建华，县委副书记、县长赵明轩等陪同。代表团先后来到红星电子有限公司、东湖公园等地。"
        + "代表团一致认为，近年来，云岭县经济发展势头强劲。",
      expected: [
        "林文博 affiliated-with 白溪县", "高志远 affiliated-with 白溪县",
        "王建华 affiliated-with 云岭县", "赵明轩 affiliated-with 云岭县",
      ],
      absent: ["王建华 affiliated-with 白溪县", "赵明轩 affiliated-with 白溪县"]),
    // 来岭考察: the host's one-character short form.
    Case(
      text: "白溪县党政代表团来岭考察。县委书记王建华陪同考察。近年来，云岭县产业发展成效明显。",
      expected: ["王建华 affiliated-with 云岭县"],
      absent: ["王建华 affiliated-with 白溪县"]),
    // A city's delegation that comes to the article's own, unnamed city.
    Case(
      text: "3月12日，由云州市委常委、常务副市长林文博带领的考察团一行来我市考察园区建设。"
        + "市委副书记、市长高志远，市委常委、常务副市长赵明轩等陪同。",
      expected: ["林文博 affiliated-with 云州市"],
      absent: ["高志远 affiliated-with 云州市", "赵明轩 affiliated-with 云州市"]),
  ]

  static let visitWrittenAsActivityCases: [Case] = [
    // 参加视察活动, 开展会前集中视察活动: a visit written as an activity names no meeting, and
    // those who take part attend none.
    Case(
      text: "12月4日，市人大代表对我县进行年末集中视察，县委书记林文博、县人大常委会主任高志远以普通代表身份"
        + "参加视察活动。",
      expected: ["林文博 : Official"],
      absent: ["视察活动 : Meeting", "林文博 attends 视察活动"]),
    Case(
      text: "12月25日，市人大代表青溪联系组开展会前集中视察活动，县人大常委会主任高志远参加视察。",
      expected: ["高志远 : Official"],
      absent: ["会前集中视察活动 : Meeting"]),
    // 参加视察或座谈会: two kind words joined by 或 name nothing either.
    Case(
      text: "市人大代表、县人大常委会主任林文博，县委常委高志远等参加视察或座谈会。",
      expected: ["林文博 : Official"],
      absent: ["视察或座谈会 : Meeting", "林文博 attends 视察或座谈会"]),
    // 会议闭幕。会后…开展集中视察活动，甲参加活动: the activity is the visit, not the session.
    Case(
      text: "1月4日，区政协一届五次会议圆满落下帷幕。会后，区政协组织开展集中视察活动。区政协主席林文博、"
        + "副主席高志远参加活动。",
      expected: ["区政协一届五次会议 : Meeting"],
      absent: ["林文博 attends 区政协一届五次会议", "高志远 attends 区政协一届五次会议"]),
    // A ceremony's 参加活动 is the ceremony.
    Case(
      text: "3月1日，白溪县2024年第一批重点项目集中开工仪式在青禾产业园举行。县委书记林文博参加活动并宣布开工。",
      expected: ["林文博 attends 白溪县2024年第一批重点项目集中开工仪式"]),
    // A visit named by its topic is an event all the same.
    Case(
      text: "10月29日上午，白溪镇组织人大代表开展重点项目视察活动。",
      expected: ["重点项目视察活动 : Meeting"]),
  ]

  static let siteListCases: [Case] = [
    // A、B、C、D四处重点项目: the count after the last site is no part of its name.
    Case(
      text: "视察组实地视察了青禾商贸综合体、白鹭湾机械制造扩建工程、南塘陶瓷博览中心四处重点项目。",
      expected: ["南塘陶瓷博览中心 : Project"],
      absent: ["南塘陶瓷博览中心四处 : Project"]),
    // A list comma inside quotation marks is the name's; a product of two figures (2×30万千瓦).
    Case(
      text: "主任林文博带领视察组先后到青石镇白杨村“千只土鸡、万尾鲜鱼”养殖中心、南塘电厂2×30万千瓦机组扩建、"
        + "青石镇敬老院等5个重点项目现场进行了实地调研。",
      expected: [
        "青石镇白杨村千只土鸡、万尾鲜鱼养殖中心 : Project",
        "南塘电厂2×30万千瓦机组扩建 : Project",
        "林文博 reviews 南塘电厂2×30万千瓦机组扩建",
      ],
      absent: ["万尾鲜鱼”养殖中心 : Project", "30万千瓦机组扩建 : Project"]),
    // 先后到和平路某桥: 和 right after the cue begins the first site's name.
    Case(
      text: "代表们先后到和顺路跨河大桥、青禾路、白杨镇石桥村、南塘河整修工程等工程现场视察。",
      expected: ["和顺路跨河大桥 : Project", "石桥村 : Community", "石桥村 located-in 白杨镇"],
      absent: ["顺路跨河大桥 : Project", "白杨镇石桥村 : Project"]),
    // A village named as a work (某民俗村, 某古镇) stays one in the list.
    Case(
      text: "视察组一行实地察看了青山印象民俗村、青山文化产业基地、南山印象渔村等项目。",
      expected: ["青山印象民俗村 : Project", "南山印象渔村 : Project"]),
    // 听取施工安排、工程进度等汇报: what a visit hears of works is no work.
    Case(
      text: "区委书记林文博深入青禾产业园、白鹭湾示范园等项目现场进行调研，认真听取施工安排、工程进度等相关汇报。",
      expected: ["林文博 reviews 青禾产业园"],
      absent: ["施工安排 : Project", "林文博 reviews 施工安排"]),
    // 先后来到A有限公司、B工程等地: a firm named in full among the sites a tour sees stays the
    // firm; one the list calls a work (等项目现场, 等重点项目) is one of its works (firms listed
    // as key projects), and one it calls a firm (等企业) stays the firm.
    Case(
      text: "观摩组先后来到白杨乡扶贫产业园、青禾输变电工程、南塘庆丰生物科技有限公司等地。",
      expected: ["南塘庆丰生物科技有限公司 : Organization", "青禾输变电工程 : Project"],
      absent: ["南塘庆丰生物科技有限公司 : Project"]),
    Case(
      text: "县长林文博先后察看了青禾输变电工程、县白杨烟草公司、南塘幼儿园等城市建设重点项目。",
      expected: ["县白杨烟草公司 : Project", "林文博 reviews 县白杨烟草公司"],
      absent: ["县白杨烟草公司 : Organization"]),
    Case(
      text: "观摩组先后来到白杨乡扶贫产业园、南塘庆丰生物科技有限公司等项目现场。",
      expected: ["南塘庆丰生物科技有限公司 : Project"],
      absent: ["南塘庆丰生物科技有限公司 : Organization"]),
    // 先后到A、B等企业，了解项目建设进展: short names only 等企业 calls firms, on a tour of works
    // (the rest of the sentence says so), are the works toured, and the tour's leaders review them;
    // the same list on a call about running the firms stays firms.
    Case(
      text: "县委书记林文博、县长高志远一行先后到青禾光电、南塘电器、白鹭科技等企业，详细了解项目建设进展情况。",
      expected: [
        "青禾光电 : Project", "白鹭科技 : Project", "林文博 reviews 南塘电器", "高志远 reviews 白鹭科技",
      ],
      absent: ["青禾光电 : Organization", "南塘电器 : Organization"]),
    Case(
      text: "林文博一行先后到青禾光电、南塘电器等企业，了解企业生产经营情况。",
      expected: ["青禾光电 : Organization", "南塘电器 : Organization"],
      absent: ["青禾光电 : Project", "林文博 reviews 青禾光电"]),
    // A、B以及C项目等地: 以及 joins two sites; its 以 is no part of the site before it.
    Case(
      text: "县长林文博先后来到青禾物流集散中心、白云影城以及翠湾花园项目等地，实地察看项目建设进度。",
      expected: ["白云影城 : Project", "翠湾花园项目 : Project", "林文博 reviews 白云影城"],
      absent: ["白云影城以 : Project", "白云影城以及翠湾花园项目 : Project"]),
    Case(
      text: "白石县政府分别同青禾研究院、南塘地热开发公司等企业项目进行了集中签约。",
      expected: ["南塘地热开发公司 : Organization"],
      absent: ["南塘地热开发公司 : Project"]),
    // 某街道某灌区: an irrigation district is land worked, no District.
    Case(
      text: "代表们实地察看了青石镇白杨芦笋园高效节水工程、南塘河截渗沟、北岭街道丰收灌区。",
      expected: ["北岭街道 : Street"],
      absent: ["丰收灌区 : District", "北岭街道丰收灌区 : District"]),
    // 察看阵地建设, 文旅综合体: what kind a work is names none; 某商贸综合体 does.
    Case(
      text: "林文博一行来到白杨街道党群服务中心，实地察看阵地建设，又到青禾商贸综合体、文旅综合体等项目现场。",
      expected: ["青禾商贸综合体 : Project"],
      absent: ["阵地建设 : Project", "文旅综合体 : Project"]),
  ]

  static let countedAndNamedSiteCases: [Case] = [
    // 观摩了A、B、C三个项目: the count after the last site read by the visit ends its name.
    Case(
      text: "观摩团一行先后观摩了青禾智能装备产业园、白鹭湾冷链物流中心、南塘污水处理厂三个项目。",
      expected: ["南塘污水处理厂 : Project"],
      absent: ["南塘污水处理厂三个项目 : Project"]),
    // A、B和C4个项目列为…: a count in digits right after the last item, of works.
    Case(
      text: "其中，青禾科技文化创意中心、白鹭湾装备制造基地二期扩建项目和北岭陶瓷博览中心3个项目列为市级"
        + "领导分包重大项目。",
      expected: ["青禾科技文化创意中心 : Project", "北岭陶瓷博览中心 : Project"]),
    // 观摩的项目有：A、B、C: the set named before a colon says its members are works.
    Case(
      text: "本次观摩的项目有：青禾智能装备产业园、白鹭湾冷链物流中心、南塘污水处理厂。",
      expected: ["白鹭湾冷链物流中心 : Project"]),
  ]

  @Test("Sites counted or named as a set", arguments: countedAndNamedSiteCases)
  func countedAndNamedSites(_ reading: Case) throws { try reading.check() }

  static let partyCases: [Case] = [
    // 甲，乙一行…督查。甲一行先后深入A、B: the party is the visit of both leaders.
    Case(
      text: "7月9日，市委副书记、市长林文博，市委常委、常务副市长高志远一行，对我县重大项目建设情况进行了集中"
        + "督查。林文博一行先后深入青禾棉纺二期生产线、白鹭湾文旅综合体项目等项目现场，实地查看项目进展。",
      expected: [
        "林文博 reviews 白鹭湾文旅综合体项目", "高志远 reviews 白鹭湾文旅综合体项目",
        "高志远 reviews 青禾棉纺二期生产线",
      ]),
    // Those who go along are no part of the party.
    Case(
      text: "市长林文博一行对我县项目建设进行督查，县长高志远陪同。林文博一行先后深入白鹭湾文旅综合体项目现场。",
      expected: ["林文博 reviews 白鹭湾文旅综合体项目"],
      absent: ["高志远 reviews 白鹭湾文旅综合体项目"]),
  ]

  @Test("A leader's party is the visit named before", arguments: partyCases)
  func party(_ reading: Case) throws { try reading.check() }

  @Test("The sites a tour lists", arguments: siteListCases)
  func siteLists(_ reading: Case) throws { try reading.check() }

  @Test("A visit written as an activity is no meeting", arguments: visitWrittenAsActivityCases)
  func visitWrittenAsActivity(_ reading: Case) throws { try reading.check() }

  static let levelCases: [Case] = [
    // 县委书记某某率队到某区考察: the county's leader visits a district; his post is not its.
    Case(
      text: "9月16日，县委书记林文博率队到青山区考察。青山区委副书记高志远，青山区副区长赵明轩等陪同考察。",
      expected: ["高志远 affiliated-with 青山区", "林文博 title 县委书记"],
      absent: ["林文博 affiliated-with 青山区"]),
  ]

  static let levelInSentenceCases: [Case] = [
    // 我县与某区…，县委书记某某率队到某区考察: the district named earlier in the sentence either.
    Case(
      text: "为深化我县与青山区的合作，9月16日，县委书记林文博率队到青山区考察。",
      expected: ["林文博 title 县委书记"],
      absent: ["林文博 affiliated-with 青山区"]),
  ]

  @Test("A post of one level is no place of another's, named in its sentence",
    arguments: levelInSentenceCases)
  func levelsInSentence(_ reading: Case) throws { try reading.check() }

  @Test("A post of one level is no place of another's", arguments: levelCases)
  func levels(_ reading: Case) throws { try reading.check() }

  @Test("A delegation's own place is not the article's", arguments: visitorCases)
  func visitors(_ reading: Case) throws { try reading.check() }
}
