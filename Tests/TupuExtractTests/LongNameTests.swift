import Testing

/// Mongolian, Tibetan and Yi names of four or five characters written without a middle dot right
/// after their post, and the phrases after a post that only look like such a name. Invented names.
@Suite("Long names after a post")
struct LongNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Four characters after a surname ending at a leader's verb; three characters holding 日 (a
    // stop word of dates) ending at a comma before the next post.
    Case(
      text: "县委副书记、县长龙吉泽旺带领县委常委、统战部部长拉日才，副县长钱立新深入青石乡调研。",
      expected: [
        "龙吉泽旺 : Official", "龙吉泽旺 title 县长", "拉日才 title 县委常委", "钱立新 title 副县长",
      ],
      absent: ["龙吉泽 : Official"]),
    // Five characters with no surname first, four before 及 and before a list comma.
    Case(
      text: "市人大常委会副主任敖日格楞带领调研组到青山旗调研。民族委员会主任格桑多杰及有关负责人，旗人大副主任新巴图尔、副旗长钱立新参加。",
      expected: [
        "敖日格楞 title 市人大常委会副主任", "格桑多杰 title 主任", "新巴图尔 title 旗人大副主任",
        "钱立新 title 副旗长",
      ],
      absent: ["敖日格 : Official"]),
    // 致欢迎辞 and 作政府工作报告 after a two-character name: the speech, not a third character.
    Case(
      text: "州委书记罗文致欢迎辞。县长甘晓作政府工作报告。县长王致远致欢迎辞。",
      expected: ["罗文 title 州委书记", "甘晓 title 县长", "王致远 title 县长"],
      absent: ["罗文致 : Official", "甘晓作 : Official"]),
    // A member's phrase before a comma or a full stop, a word before a usual name, 女士 and a
    // contact point: none is a long name.
    Case(
      text: "州政协委员满怀豪情，陆续步入会场。总经理助理钱立新和专家参加。区人大代表民情联络点、爱心协会会长罗文芳女士、区人大代表履职尽责。",
      expected: ["罗文芳 : Person"],
      absent: [
        "满怀豪情 : Official", "助理钱立新 : Person", "民情联络点 : Official", "罗文芳女士 : Person",
        "履职尽责 : Official",
      ]),
  ]

  @Test("long names end where the usual ones cannot", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// A government written with its place right before its leader's post (青山市政府副市长某某): the
/// government is part of the post, its place the post's unit. Invented names.
@Suite("A place's government before its leader's post")
struct GovernmentBeforeLeaderTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "5月1日，广东青山市政府副市长钱立新到东区调研。青石县政府副县长甘晓东陪同。",
      expected: [
        "青山市 : City", "钱立新 title 副市长", "钱立新 affiliated-with 青山市",
        "甘晓东 title 副县长", "甘晓东 affiliated-with 青石县",
      ],
      absent: ["青山市政府 : Organization"]),
  ]

  @Test("the government's place is the post's unit", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// A role after two characters that end like a body's name (民委主任) is no post of the body an
/// earlier item of the list named; written on from that body it is a part of it. Invented names.
@Suite("Unread bodies in a list of posts")
struct UnreadBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青山省人大常委会副主任程映萱、青山省民委主任王承才出席会议。县残联理事长刘国龙，专家委员姚中德参加。民建青山市委会社会服务处处长曾立新应邀参加。",
      expected: [
        "程映萱 affiliated-with 青山省人大常委会", "王承才 title 主任",
        "姚中德 affiliated-with 县残联", "曾立新 affiliated-with 民建青山市委会",
      ],
      absent: ["王承才 affiliated-with 青山省人大常委会"]),
  ]

  @Test("an unread body takes no earlier body", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// A role written right after a town or a community that names no body of its own (组织委员,
/// 宣传委员, 副主任) is a post of that place. Invented names.
@Suite("Roles of a town or a community")
struct PlaceRoleTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "5月1日，青石镇组织委员姚中德、青石镇纪委书记张立环参加。青石社区副主任钱立新陪同。",
      expected: [
        "姚中德 title 组织委员", "姚中德 affiliated-with 青石镇", "张立环 affiliated-with 青石镇纪委",
        "钱立新 affiliated-with 青石社区",
      ]),
  ]

  @Test("the place is the role's unit", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// The bodies of an autonomous prefecture and of a league (州委, 州政府, 盟委, 盟行署), read as the
/// bodies of a county are; a department after a 州委常委 post is the 州委's. Invented names.
@Suite("Bodies of a prefecture and a league")
struct PrefectureBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "5月1日，州委、州政府召开会议。州委常委、宣传部部长钱立新，州委常委、纪委书记甘晓东，盟委委员、盟行署副盟长罗文昌出席。",
      expected: [
        "州委 : Organization", "州政府 : Organization", "钱立新 affiliated-with 州委宣传部",
        "甘晓东 affiliated-with 州纪委", "罗文昌 affiliated-with 盟委", "盟行署 : Organization",
      ]),
  ]

  @Test("a prefecture's bodies are bodies", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// 在某某的陪同下来某地: 的 after a two-character name is no third character of it, and 陪同下
/// ends before the verb that leads on (来), which begins no body. Invented names.
@Suite("Names before 的陪同下")
struct AccompaniedByTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "省政协钱立新副主席率调研组一行在市政协副主席黄杰的陪同下来青山县调研。",
      expected: [
        "黄杰 title 市政协副主席", "黄杰 affiliated-with 市政协", "钱立新 affiliated-with 省政协",
      ],
      absent: ["黄杰的 : Official", "下来省政协 : Organization"]),
  ]

  @Test("the name and the body end cleanly", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// 我县…某集团某某县循环农业项目: a county of the country's list written inside a project's name
/// is an entity and the article's county, so its leaders' posts are its own. (茶陵县 stands for a
/// county of the list; the people and the project are invented.)
@Suite("A county named inside a project's name")
struct CountyInsideWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "9月28日，我县成功签约两大项目。县委副书记、县长钱立新出席。其中青石集团茶陵县循环农业生态园项目投资20亿元。副县长甘晓东代表县政府签约。",
      expected: [
        "茶陵县 : District", "钱立新 affiliated-with 茶陵县", "甘晓东 affiliated-with 茶陵县",
      ],
      absent: ["青石集团茶陵县循环农业生态园项目 located-in 茶陵县"]),
  ]

  @Test("the county inside the work's name is the article's", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// 县人民政府副县长某某 where no county is named: the government written in full is the post's
/// unit. 选举某某为镇长: the frame's 为 ends a two-character name (李大为 elsewhere keeps its 为).
/// Invented names.
@Suite("Governments and elections")
struct GovernmentAndElectionTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "会议决定任命甘晓东为县人民政府副县长。县人民政府副县长钱立新出席。",
      expected: [
        "甘晓东 affiliated-with 县人民政府", "钱立新 title 副县长", "钱立新 affiliated-with 县人民政府",
      ]),
    Case(
      text: "大会选举出穆兴科同志为青石镇人大主席。会议选举李玮为镇长。副县长李大为主持会议。",
      expected: [
        "穆兴科 title 人大主席", "穆兴科 affiliated-with 青石镇人大", "李玮 title 镇长", "李玮 : Official", "李大为 title 副县长",
      ],
      absent: ["李玮 : Person", "李大 : Official"]),
  ]

  @Test("the post and the name are read", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// 县乡村振兴局局长某某: the bureau of rural revitalization is one body (乡村 starts no town and no
/// village inside it), its head's post 局长. Invented names.
@Suite("The bureau of rural revitalization")
struct RuralBureauTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "5月1日，县乡村振兴局局长钱立新，市乡村振兴局副局长甘晓东出席。县乡村振兴局、县财政局负责人参加。",
      expected: [
        "县乡村振兴局 : Organization", "钱立新 title 局长", "钱立新 affiliated-with 县乡村振兴局",
        "甘晓东 affiliated-with 市乡村振兴局",
      ],
      absent: ["县乡村振兴局局 : Organization"]),
  ]

  @Test("one bureau", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// 县委副书记、县长候选人某某: the candidate holds the posts before the one he stands for, as with
/// 提名人选; a candidate alone holds none (a Person). Invented names.
@Suite("Candidates in a chain of posts")
struct CandidateChainTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "5月1日，青山县委副书记、县长候选人钱立新出席。副县长候选人甘晓东以及县教育局负责人出席。",
      expected: [
        "钱立新 : Official", "钱立新 title 县委副书记", "钱立新 affiliated-with 青山县", "甘晓东 : Person",
      ],
      absent: ["钱立新 title 县长", "甘晓东 title 副县长"]),
  ]

  @Test("the posts before the candidacy are held", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
