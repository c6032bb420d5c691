import Testing

/// Organizations and people of southern and western county news (round 12): a private firm's
/// roles, teams and working groups, verbs glued to kind words, an autonomous prefecture's and the
/// nation's bodies, standard bureaus, people introduced without a post. Invented names throughout.
@Suite("Reading organizations and people, round 12")
struct OrganizationRound12Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 该协会会长, 总商会常务副会长兼秘书长, 某商会的副会长: a chamber's or an association's head is
    // a Person (the Official or Person ruling), the role carried on through 兼 too.
    Case(
      text: "该协会会长林青山表示，将继续捐助。",
      expected: ["林青山 : Person"], absent: ["林青山 : Official"]),
    Case(
      text: "考察团受到总商会常务副会长兼秘书长石文海的热情接待。",
      expected: ["石文海 : Person"], absent: ["石文海 : Official"]),
    Case(
      text: "青石市湖山商会的副会长柳青河表示，回报家乡是责任。",
      expected: ["柳青河 : Person"], absent: ["柳青河 : Official"]),
    // A mass organization's head stays an Official; a firm's party secretary too.
    Case(
      text: "县工商联主席车其山、公司党委书记柳青河出席。",
      expected: ["车其山 : Official", "柳青河 : Official"]),
    // Working groups, volunteer teams named with their place, a chamber's or institute's
    // branch, credit unions and promotion societies are Organizations.
    Case(
      text: "青石市援疆工作组向白河县捐赠物资，青山县银龄志愿服务队参加。",
      expected: ["青石市援疆工作组 : Organization", "青山县银龄志愿服务队 : Organization"]),
    Case(
      text: "湖光市青石商会照明分会、某某设计院青山分院、青石县联社和白河信用社负责人出席。",
      expected: [
        "湖光市青石商会照明分会 : Organization", "某某设计院青山分院 : Organization",
        "青石县联社 : Organization", "白河信用社 : Organization",
      ]),
    // A team named by what it does is a kind of team; 队伍 (ranks) and 分会场 (a meeting's
    // sub-venue) hold no team and no branch.
    Case(
      text: "社区成立有党员志愿服务队、老年娱乐志愿服务队，加强志愿服务队伍建设，青石县分会场同步收看。",
      expected: [],
      absent: [
        "党员志愿服务队 : Organization", "老年娱乐志愿服务队 : Organization",
        "加强志愿服务队 : Organization", "青石县分会 : Organization",
      ]),
    // 感谢 (thanks) begins no body's name.
    Case(
      text: "感谢青石市援疆工作组的帮助。",
      expected: ["青石市援疆工作组 : Organization"],
      absent: ["感谢青石市援疆工作组 : Organization"]),
    // Clause words and verbs glued to a school's or firm's kind word name nothing; the name
    // begins after them.
    Case(
      text: "要协助学校做好防控，农户按照公司的要求种植，还计划验收青溪小学教学楼，主任林青山率白河信用社主任到村。",
      expected: ["青溪小学 : Organization", "白河信用社 : Organization"],
      absent: [
        "协助学校 : Organization", "农户按照公司 : Organization", "验收青溪小学 : Organization",
        "率白河信用社 : Organization",
      ]),
    // The place or body that sends a stationed team, written before 驻, begins its name; a
    // working group named by its task only is none; after 各 no body is named.
    Case(
      text: "青石区驻白河县帮扶工作组、青石县卫健委驻湖光村工作队到村，验收工作组和各工作组办公室负责人参加。",
      expected: [
        "青石区驻白河县帮扶工作组 : Organization", "青石县卫健委驻湖光村工作队 : Organization",
      ],
      absent: ["验收工作组 : Organization", "办公室 : Organization"]),
    // A firm's party post stays an Official's, written after the firm's bare kind word too.
    Case(
      text: "集团党委委员、副总经理柳青河介绍情况。",
      expected: ["柳青河 : Official"], absent: ["柳青河 : Person"]),
    // An honorific after a full name (先生, 女士) ends the name and makes it a person's; 生 of
    // 先生 that begins a word (生平) is no honorific.
    Case(
      text: "乡贤、商会党支部书记林青山先生慷慨解囊，爱心人士石文海先生、柳青女士参加，并参观邓青先生平陈列馆。",
      expected: ["林青山 : Official", "柳青 : Person"],
      absent: ["林青山先 : Official", "邓青 : Person"]),
    // A province's short name before 县 (县域, 县促会) names no county; the article's own county
    // qualifies its bodies.
    Case(
      text: "广西县促会协助爱心人士赴青石县捐赠。青石县委常委、统战部长柳青河、县教育局领导陪同。",
      expected: ["青石县 : District"],
      absent: ["广西县 : District", "广西县教育局 : Organization"]),
    // An autonomous prefecture's bodies (州委, 州政府, 州政协) as a city's; 州政府 before its
    // leader's post is the post's; a one-character short name (巴州) keeps its 州.
    Case(
      text: "中共青山州委召开会议。州委常委、州政府常务副州长柳青河出席。州委将逐条梳理。",
      expected: ["青山州委 : Organization", "柳青河 : Official"],
      absent: ["州政府 : Organization"]),
    Case(
      text: "巴州工商联联合巴州公安局援助物资。",
      expected: ["巴州工商联 : Organization"], absent: ["州工商联 : Organization"]),
    // Standard bureaus whose field is a kind word (旅游, 乡村振兴) or holds a stop word (投资促进,
    // 审批服务, 城乡建设, 更新改造), after their place or level word (the county's, qualified with
    // it); 县级旅游局 is a grade.
    Case(
      text: "青石县乡村振兴局、县旅游局、县投资促进局、县行政审批服务局、县城乡建设局和白河区城市更新改造局负责人参加，县级旅游局不在其列。",
      expected: [
        "青石县乡村振兴局 : Organization", "青石县旅游局 : Organization",
        "青石县投资促进局 : Organization", "青石县行政审批服务局 : Organization",
        "青石县城乡建设局 : Organization", "白河区城市更新改造局 : Organization",
      ],
      absent: ["县级旅游局 : Organization", "青石县级旅游局 : Organization"]),
    // More standard bodies: 林业和草原局, 纪委监委, a town's stations and service centres.
    Case(
      text: "青石县林业和草原局、青石县纪委监委、青石镇农业服务中心、青石镇畜牧站负责人参加。",
      expected: [
        "青石县林业和草原局 : Organization", "青石县纪委监委 : Organization",
        "青石镇农业服务中心 : Organization", "青石镇畜牧站 : Organization",
      ]),
    // A village's collective economic cooperative: 经 of 经济 ends no firm's name.
    Case(
      text: "青石镇湖光村股份经济合作社成立，青石县个体私营经济协会参加。",
      expected: [
        "青石镇湖光村股份经济合作社 : Organization", "青石县个体私营经济协会 : Organization",
      ]),
    // People introduced by who they are (贫困户, 网格员, 村医) and credits for words and pictures
    // (文/图) are Persons; 贫困户生产生活 names nobody.
    Case(
      text: "贫困户林青山介绍，网格员石文海、村医柳青河参加。了解贫困户生产生活情况。文/图 车其山",
      expected: [
        "林青山 : Person", "石文海 : Person", "柳青河 : Person", "车其山 : Person",
      ],
      absent: ["生产 : Person"]),
    // The nation's departments, ministries and mass organizations are bodies as written, two in a
    // list; 教育部门 (departments) and 部署 (deploy) name no ministry.
    Case(
      text: "由中宣部、中央文明办等部门联合开展，农业农村部、全国妇联参与，县教育部门和财政部门配合，商务部署了工作。",
      expected: [
        "中宣部 : Organization", "中央文明办 : Organization", "农业农村部 : Organization",
        "全国妇联 : Organization",
      ],
      absent: ["教育部 : Organization", "财政部 : Organization", "商务部 : Organization"]),
    // A school whose name begins with a character that is elsewhere a boundary (将台) right after
    // its county; 在校中学生 names no school.
    Case(
      text: "仪式在革命老区青石县将山中学隆重举行，青石县在校中学生参加。",
      expected: ["青石县将山中学 : Organization"],
      absent: ["青石县在校中学 : Organization"]),
    // A leading group or headquarters of a kind-word field after its level word (县扶贫领导小组).
    Case(
      text: "通过县扶贫领导小组牵头，成立了县扶贫指挥部，各级领导小组参加。",
      expected: ["县扶贫领导小组 : Organization", "县扶贫指挥部 : Organization"],
      absent: ["各级领导小组 : Organization", "级领导小组 : Organization"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
