import Testing

/// Where a name starts and ends on real pages: verbs written right before a division, a body or
/// a bare kind word, and words after a post that only look like a name. Invented names.
@Suite("Names' edges on real pages")
struct NameEdgeTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 来 before a street: the visit's verb, not the street's first character.
    Case(
      text: "10月9日，市妇联副主席赵雅琴一行来青石街道调研。",
      expected: ["青石街道 : Street", "赵雅琴 title 副主席"],
      absent: ["来青石街道 : Street"]),
    // 观看 before a bare 街道: what they watched, no street.
    Case(
      text: "钱立新一行来到青石街道便民服务中心，通过观看街道宣传片了解情况。",
      expected: ["青石街道便民服务中心 : Place"],
      absent: ["观看街道 : Street"]),
    // 受 before the conference's formal name: the body starts at 政协.
    Case(
      text: "受政协青山县第九届委员会常务委员会委托，县政协副主席孙晓峰作提案工作报告。",
      expected: ["孙晓峰 title 县政协副主席"],
      absent: ["受政协 : Organization", "受政协青山县第九届委员会常务委员会 : Organization"]),
    // 率部分政协常委: the leader takes some members along; 率部分 names no body.
    Case(
      text: "区政协主席钱立新率部分政协常委就青石街道发展情况进行调研。",
      expected: ["钱立新 title 区政协主席", "青石街道 : Street"],
      absent: ["率部分政协 : Organization"]),
    // 应邀 after a post: the invitation, not a name (应 is also a surname).
    Case(
      text: "区政协一级巡视员，区法院相关领导，各街道联络委主任应邀出席。",
      expected: ["区法院 : Organization"],
      absent: ["应邀 : Official", "应邀 : Person"]),
    // 县长吴海宏应邀出席: the name ends before 应邀.
    Case(
      text: "县委书记王建华，县长吴海宏应邀出席会议。",
      expected: ["吴海宏 : Official", "吴海宏 title 县长"],
      absent: ["吴海宏应 : Official"]),
    // 秘书长名单: a list of candidates for the post, no person 名单.
    Case(
      text: "会议协商通过了县政协九届二次会议主席团、秘书长名单。",
      expected: ["县政协九届二次会议 : Meeting"],
      absent: ["名单 : Official", "名单 title 秘书长"]),
    // 祝贺大会召开: congratulating the congress names no meeting 祝贺大会.
    Case(
      text: "县委书记王建华应邀出席并在主席台就座，祝贺大会召开。",
      expected: ["王建华 title 县委书记"],
      absent: ["祝贺大会 : Meeting", "王建华 attends 祝贺大会"]),
    // 县委党校: the party school is a body of its own, its head's unit.
    Case(
      text: "青山县召开理论学习会议。县委副书记、县委党校校长甘晓东出席会议。",
      expected: ["青山县委党校 : Organization", "甘晓东 affiliated-with 青山县委党校"],
      absent: ["甘晓东 affiliated-with 青山县委"]),
    // 新闻办 and 老干部服务中心 among the bodies a report lists or a post names.
    Case(
      text: "县委宣传部、县财政局、县新闻办等单位负责人参加座谈。市老干部服务中心主任罗文昌陪同。",
      expected: ["罗文昌 affiliated-with 市老干部服务中心", "县新闻办 : Organization"]),
    // 一同参加: what the named do together; 卫 is a surname, but the name is 甘晓卫.
    Case(
      text: "区长罗文昌，高新区管委会主任甘晓卫一同参加。",
      expected: ["甘晓卫 : Official", "甘晓卫 affiliated-with 高新区管委会"],
      absent: ["甘晓 : Official"]),
    // 在职副县以上领导: a rank, no county named 职副县.
    Case(
      text: "区在职副县以上领导巡查了青山五小、青山二中等18个项目。",
      expected: ["青山五小 : Project"],
      absent: ["职副县 : District"]),
    // 市委、市政府对各县项目建设: the preposition starts a clause; no project spans it.
    Case(
      text: "罗文昌强调，全市重点项目观摩是市委、市政府对各县(市、区)项目建设工作的一次检阅。",
      expected: ["市政府 : Organization", "市委 : Organization"],
      absent: ["市政府对各县(市、区)项目 : Project"]),
    // 企业家来某县投资: 来 leads to the county, no person 来某某 after the role word.
    Case(
      text: "他代表县委、县政府对各位企业家来青禾县投资兴业表示欢迎。",
      expected: ["青禾县 : District"],
      absent: ["来青禾 : Person"]),
    // 某某作了发言: the name ends before 作了.
    Case(
      text: "签约企业代表安平瑞丰科技有限公司总经理甘伟作了发言。",
      expected: ["甘伟 : Person"],
      absent: ["甘伟作 : Person"]),
    // 某某企业管理有限公司: 企业 begins the firm's line of business, not a boundary.
    Case(
      text: "爱心企业青禾市瑞丰企业管理有限公司代表出席活动。",
      expected: ["青禾市瑞丰企业管理有限公司 : Organization"],
      absent: ["管理有限公司 : Organization"]),
    // 向服务队成员授旗: handing over a flag, no banner (旗) named 队成员授旗.
    Case(
      text: "仪式上，街道、社区及共建单位代表向服务队成员授旗。",
      expected: [],
      absent: ["队成员授旗 : District"]),
    // 农业农村和社会事业局: one bureau, 和 inside its name.
    Case(
      text: "本次活动由青禾街道农业农村和社会事业局主办。",
      expected: ["青禾街道农业农村和社会事业局 : Organization"],
      absent: ["社会事业局 : Organization"]),
    // 区十五届人大常委会主任、大会主席团常务主席某某: no name 会主任 inside the posts.
    Case(
      text: "区委书记罗文昌，区十五届人大常委会主任、大会主席团常务主席甘晓东出席。",
      expected: ["甘晓东 : Official"],
      absent: ["会主任 : Official"]),
    // 居民志愿者齐聚某处: the crowd gathers, no person 齐聚.
    Case(
      text: "二十余名党员、居民志愿者齐聚青禾社区党群服务中心。",
      expected: ["青禾社区党群服务中心 : Place"],
      absent: ["齐聚 : Person"]),
    // 政府县长某某: the government before its head's post, no county named 政府县.
    Case(
      text: "县委书记罗文昌主持开工仪式，政府县长甘晓东介绍项目情况。",
      expected: ["甘晓东 title 县长"],
      absent: ["政府县 : District", "甘晓东 affiliated-with 政府县"]),
    // 常务副区长某某通报区十五届人大五次会议: the report's verb ends the session's name.
    Case(
      text: "会上，区委常委、常务副区长甘晓东通报区十五届人大五次会议情况。",
      expected: ["甘晓东 : Official", "区十五届人大五次会议 : Meeting", "甘晓东 title 常务副区长"],
      absent: ["常务副区长甘晓东通报区十五届人大五次会议 : Meeting"]),
    // 区辖中省市直单位: central and provincial units, no province 区辖中省.
    Case(
      text: "区政府各部门、七星镇和区辖中省市直单位负责人出席了会议。",
      expected: ["七星镇 : Street"],
      absent: ["区辖中省 : City"]),
    // 景县 and 澧县: counties named with one character, read after punctuation or a preposition;
    // 健康县城 and 现代县域 name no 康县 or 代县; 某县县委 keeps 县 twice.
    Case(
      text: "2月27日，景县在产业园组织开展活动。县委书记罗文昌主持，推进现代县域经济。",
      expected: ["景县 : District", "罗文昌 affiliated-with 景县"],
      absent: ["代县 : District"]),
    Case(
      text: "临县县委召开常委会议。",
      expected: ["临县县委 : Organization"],
      absent: ["临县委 : Organization"]),
    // A particle-like third character before a comma or 同志 is the name's (局长甘晓让，);
    // before a verb it is still the particle (甘晓东让大家…).
    Case(
      text: "市交通局局长甘晓让，镇党委书记罗文让同志出席。副县长钱立新让大家放心。",
      expected: ["甘晓让 title 局长", "罗文让 title 镇党委书记", "钱立新 title 副县长"],
      absent: ["甘晓 : Official", "罗文 : Official"]),
    // 宣读, 颁发, 偕同 and 作动员讲话 end the name before them.
    Case(
      text: "县长罗文昌作动员讲话，县委副书记甘晓生宣读表彰决定，副县长钱立伟颁发证书，副局长孙晓峰偕同专家参加。",
      expected: ["罗文昌 title 县长", "甘晓生 title 县委副书记", "钱立伟 title 副县长", "孙晓峰 title 副局长"],
      absent: ["罗文 : Official", "甘晓 : Official", "钱立伟颁 : Official", "孙晓峰偕 : Official"]),
    // After a word for the crowd, no name begins with a verb that leads somewhere or with 区 of
    // 居民区; 居民钱立新说 and 企业家甘晓东捐建 still read.
    Case(
      text: "欢迎企业家来青石投资。居民区党总支书记钱立伟出席。居民钱立新说，企业家甘晓东捐建了活动中心。",
      expected: ["钱立新 : Person", "甘晓东 : Person", "钱立伟 : Official"],
      absent: ["来青石 : Person", "来青 : Person", "区党总 : Person", "甘晓东捐 : Person"]),
    // 牵头, 一致, 余名 and 物业 after a post or a count: no officials.
    Case(
      text: "活动由区领导牵头。两地政协委员都一致表示支持。130余名人大代表参加。居民委员会、物业管理公司参与。",
      expected: [],
      absent: ["牵头 : Official", "都一致 : Official", "余名 : Official", "物业 : Official"]),
    // A firm's line of business that begins with a boundary word (经 of 经贸 and 经销) and a
    // Project Hope fund (希望 of 希望工程) keep it: the name runs back to the list comma or 由.
    Case(
      text: "青石酒业有限公司、白河兴旺农产品经贸有限责任公司捐赠物资，由东坡石化经销有限公司董事长林青山捐资援建。",
      expected: [
        "白河兴旺农产品经贸有限责任公司 : Organization", "东坡石化经销有限公司 : Organization",
      ],
      absent: ["贸有限责任公司 : Organization", "销有限公司 : Organization"]),
    Case(
      text: "这笔资金由澳门青石希望工程基金捐赠，支持白河县东坡小学建设。",
      expected: ["澳门青石希望工程基金 : Organization"],
      absent: ["工程基金 : Organization"]),
    // 中等职业学校: 等 inside 中等职业 ends no school's name; a verb of delivering (送至) does, and
    // after a school's short name with a numeral 等 ends a list (二中等学校).
    Case(
      text: "爱心图书当天已送至白河县中等职业学校，县一中、二中等学校负责人参加。",
      expected: ["白河县中等职业学校 : Organization"],
      absent: ["职业学校 : Organization", "当天已送至白河县中等职业学校 : Organization",
        "二中等学校 : Organization"]),
    // A zone's party committee in its post: 党工委委员 after a development zone, 工委书记 after an
    // industrial park of the service trade (服务 of 服务业 cuts nothing); the zone stays a place, a
    // town's 党委委员 stays the town's post.
    Case(
      text: "区委常委、组织部部长，白河经济开发区党工委委员、组织部部长林青山出席。区委书记、市白鹭现代服务业产业园工委书记周白石讲话。青石镇党委委员车其山参加。",
      expected: [
        "白河经济开发区党工委 : Organization", "林青山 affiliated-with 白河经济开发区党工委",
        "市白鹭现代服务业产业园工委 : Organization", "周白石 affiliated-with 市白鹭现代服务业产业园工委",
        "市白鹭现代服务业产业园 : Place", "白河经济开发区 : Place",
      ],
      absent: ["业产业园工委 : Organization", "市白鹭现代服务业产业园 : Project", "青石镇党委 : Organization"]),
  ]

  @Test("verbs and look-alike words stay out of names", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
