import Testing

/// The forms of a county's mixed news: visits to firms, people's congress and CPPCC sessions and
/// visits, town and street news, portal pages with their furniture. Invented names throughout.
@Suite("Reading a county's mixed news")
struct MixedNewsFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A bulleted link to another article (- 上一篇：…) states nothing about this one.
    Case(
      text: """
        青禾区召开安全生产会议
        9月3日，青禾区召开安全生产会议。区长蒋立平出席。
        - 上一篇: 区委常委、区委办主任顾长川带队赴外地参加展会
        - 下一篇: 区委书记白启明到石门镇调研重点工作
        """,
      expected: ["蒋立平 : Official"],
      absent: ["顾长川 : Official", "白启明 : Official", "石门镇 : Street"]),
    // The leaders seated on the rostrum, named after 的领导有：, are Officials.
    Case(
      text: "1月9日，青禾县政协九届二次会议开幕。在主席台就座的领导有：纪远航、孟如松、齐海岚。",
      expected: ["纪远航 : Official", "孟如松 : Official", "齐海岚 : Official"],
      absent: ["纪远航 : Person"]),
    Case(
      text: "出席会议的领导还有：卢光耀、柏文清。会议在区委的领导下圆满完成各项议程。",
      expected: ["卢光耀 : Official", "柏文清 : Official"],
      absent: ["区委的领导 : Organization"]),
    // 选举甲某同志为…, 选举乙某、丙某四位同志为…, 选举丁某等40人为…: the elected hold the post.
    Case(
      text: """
        大会选举石向东同志为县政协第九届委员会主席，选举晏小梅、祁连生两位同志为副主席，\
        选举柯文博、焦一鸣等38人为县政协第九届委员会常务委员。
        """,
      expected: [
        "石向东 : Official", "石向东 title 主席", "晏小梅 : Official", "晏小梅 title 副主席",
        "祁连生 title 副主席", "柯文博 : Official", "柯文博 title 常务委员", "焦一鸣 title 常务委员",
      ],
      absent: ["晏小梅 : Person"]),
    // Firms listed by short names before 等企业 or a count of 家 and what they are.
    Case(
      text: "区长韦成林带队走访青松机械、蓝田环保以及金禾门窗等企业，调研生产经营情况。",
      expected: [
        "青松机械 : Organization", "蓝田环保 : Organization", "金禾门窗 : Organization",
      ],
      absent: ["带队走访青松机械 : Organization"]),
    Case(
      text: "调研组先后走访了宏达锻造、安澜阀门2家台资企业和远航精工、碧水科技等5家委员企业。",
      expected: [
        "宏达锻造 : Organization", "安澜阀门 : Organization", "远航精工 : Organization",
        "碧水科技 : Organization",
      ]),
    // 企业家 are people: the names before 等企业家代表 are Persons, not firms.
    Case(
      text: "座谈会上，钱守义、蒋庆和等企业家代表对镇里的工作给予认可。",
      expected: ["钱守义 : Person", "蒋庆和 : Person"],
      absent: ["钱守义 : Organization", "蒋庆和 : Organization"]),
    // A list of towns before 等 and a clause about firms is no list of firms.
    Case(
      text: "县领导深入城关镇、白沙镇等企业集中的乡镇调研。",
      expected: ["城关镇 : Street", "白沙镇 : Street"],
      absent: ["城关镇 : Organization"]),
    // 一年来镇党委…: 来 ends the time phrase; the body is the town's own 镇党委, no town 来镇.
    Case(
      text: "柳河镇召开企业家座谈会。企业家们对一年来镇党委政府的工作给予认可。",
      expected: ["柳河镇 : Street"],
      absent: ["来镇党委 : Organization", "来镇 : Street"]),
    // Offices written short (县府办, 县人大办, 县委台办) and the mass organizations (县侨联) are
    // bodies; the names after their posts are their holders.
    Case(
      text: "县委台办主任尤国栋、县侨联主席管秀梅参加活动。县委办、县人大办、县府办负责人出席。",
      expected: [
        "县委台办 : Organization", "尤国栋 affiliated-with 县委台办", "县侨联 : Organization",
        "管秀梅 affiliated-with 县侨联", "县人大办 : Organization", "县府办 : Organization",
      ],
      absent: ["县侨联 : Official"]),
    // 汇报 after a name is what the named did; 和与会, 和人才 and 关切 are no names.
    Case(
      text: "镇人大主席龚立汇报了工作情况。在全体委员和与会同志的努力下，会议回应了企业家关切。",
      expected: ["龚立 : Official", "龚立 title 镇人大主席"],
      absent: ["龚立汇 : Official", "和与会 : Official", "关切 : Person"]),
    // Deputies to a congress and CPPCC members named after their seat are Officials; a facility
    // named after the deputies (人大代表联络站) names no deputy.
    Case(
      text: "市人大代表柴文秀、卓远明就秸秆禁烧提出建议。代表们参观了柳湾镇人大代表联络站和湖畔政协委员会客厅。",
      expected: [
        "柴文秀 : Official", "柴文秀 title 市人大代表", "卓远明 title 市人大代表",
      ],
      absent: ["联络站 : Official", "联络站 title 镇人大代表", "会客厅 : Official"]),
    // Firms' names that begin with a boundary word (现, 企业) or run long with a branch:
    // one name each; 建议 opens what is advised; counts and kinds of firms name none.
    Case(
      text: """
        青禾县丰源现代农业有限公司投资300万元。\
        镇企业家慈善协会积极捐款。调研组走访了华通(福建)能源有限公司南平分公司。\
        会议建议水务局邀请专家。与两家公司负责人座谈，异地商会会长、人民政协委员出席。
        """,
      expected: [
        "青禾县丰源现代农业有限公司 : Organization",
        "镇企业家慈善协会 : Organization", "华通(福建)能源有限公司南平分公司 : Organization",
        "水务局 : Organization",
      ],
      absent: [
        "代农业有限公司 : Organization",
        "家慈善协会 : Organization", "会议建议水务局 : Organization", "两家公司 : Organization",
        "异地商会 : Organization", "人民政协 : Organization",
      ]),
    // 县乡人大, 乡镇人大, 县、乡人大: two level words speak of all such bodies, none in particular.
    Case(
      text: "调研组调研县乡人大工作，乡镇人大主席参加座谈。县、乡人大要组织好代表活动。柳河镇人大主席龚立汇报了工作。",
      expected: ["柳河镇人大 : Organization"],
      absent: ["乡人大 : Organization", "镇人大 : Organization"]),
    // 主任委员 and 常务主席 are whole titles, not the 委员 or 主席 they end with.
    Case(
      text: "市规委会副主任委员邬建新、大会主席团常务主席祁向阳出席会议。",
      expected: ["邬建新 title 副主任委员", "祁向阳 title 常务主席"],
      absent: ["邬建新 title 委员", "祁向阳 title 主席"]),
    // A CPPCC named with its term (县政协第九届委员会) is the county's CPPCC.
    Case(
      text: "青禾县召开政协会议。大会选举石向东同志为县政协第九届委员会主席。",
      expected: ["石向东 affiliated-with 青禾县政协", "青禾县政协 : Organization"],
      absent: ["县政协第九届委员会 : Organization", "青禾县政协第九届委员会 : Organization"]),
    // Firms whose works are what is heard (三家企业技改项目) are left to the agenda's reading.
    Case(
      text: "会议听取了青松鞋业、蓝田实业两家企业技改项目推进情况汇报。",
      expected: [],
      absent: ["青松鞋业 : Organization", "蓝田实业 : Organization"]),
    // 审核人：某某 is a credit; a candidate for a post holds none yet (Person); 组长 heads a team.
    Case(
      text: """
        县委副书记江海波，副县长候选人米秀兰出席。省委巡视组组长聂国梁应邀出席典礼。
        编辑：罗晓燕 审核人：汤启明
        """,
      expected: [
        "米秀兰 : Person", "汤启明 : Person", "聂国梁 : Official", "聂国梁 title 组长",
      ],
      absent: ["米秀兰 title 副县长"]),
    // Verbs and time words glued to a body (提交, 近期, 履行); 集中学习 names no school, 第一集团
    // no group of firms.
    Case(
      text: "议题提交市委常委会审议。近期市政府将出台政策。组织委员开展集中学习，力争进入全省第一集团。",
      expected: ["市委常委会 : Organization", "市政府 : Organization"],
      absent: [
        "提交市委常委会 : Organization", "近期市政府 : Organization", "集中学 : Organization",
        "全省第一集团 : Organization",
      ]),
    // A surname or 和 before a role is a form of address or a conjunction, no name.
    Case(
      text: "与会主任、副主任和常委发表了意见。王主任说，要抓好落实。县长庞建国主持会议。",
      expected: ["庞建国 : Official"],
      absent: ["和常委 : Official", "王主任 : Person", "王主任 : Official"]),
    // Kinds and grades of schools and hospitals name none (中小学幼儿园, 三级医院).
    Case(
      text: "检查养老院、中小学幼儿园等重点场所。县人民医院要打造三级医院。青禾县第二中学参加。",
      expected: ["县人民医院 : Organization", "青禾县第二中学 : Organization"],
      absent: ["中小学幼儿园 : Organization", "三级医院 : Organization"]),
    // A role alone opening a new sentence takes no body from an earlier sentence.
    Case(
      text: "调研组走访了青松科技有限公司。驻村第一书记邬小军介绍了村里的情况。",
      expected: ["青松科技有限公司 : Organization", "邬小军 : Official"],
      absent: ["邬小军 affiliated-with 青松科技有限公司"]),
    // 委员 alone opening a sentence is a member of some body, not surely of the last one named.
    Case(
      text: "青山区政协召开委员工作座谈会。牵头委员罗小明介绍了委员工作室的情况。",
      expected: ["罗小明 : Official", "罗小明 title 委员"],
      absent: ["罗小明 affiliated-with 青山区政协"]),
  ]

  @Test("short articles give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
