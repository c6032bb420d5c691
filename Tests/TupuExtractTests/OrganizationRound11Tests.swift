import Testing

/// Organizations of real county news read whole: departments whose standard names hold 和, short
/// forms of standard bodies, and sub-bodies named in a chain of posts. Invented names throughout.
@Suite("Reading organizations, round 11")
struct OrganizationRound11Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Standard departments named with 和 are one name each, not cut at the 和.
    Case(
      text: "县委办、县规划建设和住房保障局、县城市管理和综合执法局负责人参加。区卫生和计划生育局、区民族和宗教事务局发文。",
      expected: [
        "县规划建设和住房保障局 : Organization", "县城市管理和综合执法局 : Organization",
        "区卫生和计划生育局 : Organization", "区民族和宗教事务局 : Organization",
      ],
      absent: ["住房保障局 : Organization", "计划生育局 : Organization"]),
    // 纪检委, the short form of a discipline inspection committee, after its level.
    Case(
      text: "县委常委、副县长柳青山，县纪检委副书记石文海一行到县发改局调研。",
      expected: ["县纪检委 : Organization", "石文海 affiliated-with 县纪检委"]),
    // A chain of one holder's posts: the discipline committee and the union of the firm the
    // chain begins with; a 政协 written bare after its own party group is that 政协.
    Case(
      text: "青石建设公司党委副书记、纪委书记、工会主席车其山介绍情况。",
      expected: [
        "青石建设公司纪委 : Organization", "青石建设公司工会 : Organization",
        "车其山 affiliated-with 青石建设公司纪委", "车其山 affiliated-with 青石建设公司工会",
      ],
      absent: ["工会 : Organization"]),
    Case(
      text: "市政协党组副书记、政协副主席毛益山带队视察。",
      expected: ["市政协 : Organization", "毛益山 affiliated-with 市政协"],
      absent: ["政协 : Organization"]),
    // The discipline committee of the street or town whose leader's post begins the chain.
    Case(
      text: "青石街道党工委委员、纪委书记程文强提出要求。白石镇党委副书记、纪委书记郑五山出席。",
      expected: [
        "青石街道纪委 : Organization", "程文强 affiliated-with 青石街道纪委",
        "白石镇纪委 : Organization", "郑五山 affiliated-with 白石镇纪委",
      ]),
    // Institutes named 工程院, a contractor's project department, and schools named only by
    // their part in the story or where they are.
    Case(
      text: "江南省测绘工程院专家莅临。中建九局青石大桥项目部参加。会议对重点项目部署安排。",
      expected: ["江南省测绘工程院 : Organization", "中建九局青石大桥项目部 : Organization"],
      absent: ["重点项目部 : Organization"]),
    Case(
      text: "白石公司向区教育局和受赠学校捐赠设备，用于改善区内学校办学环境。",
      expected: ["区教育局 : Organization"],
      absent: ["受赠学校 : Organization", "区内学校 : Organization"]),
    // Branches written without 党: a village's, a democratic party's; none after anything else,
    // and a branch's formal name still ends in 委员会.
    Case(
      text: "医院收到民进青石总支捐赠的物资。区政协副主席、民建白石区支部主委刘青山出席。九三学社白石区支社参加。",
      expected: [
        "民进青石总支 : Organization", "民建白石区支部 : Organization",
        "刘青山 affiliated-with 民建白石区支部", "九三学社白石区支社 : Organization",
      ],
      absent: ["青石总支 : Organization"]),
    Case(
      text: "公司负责人向柳湾村支部捐赠图书。白石教育集团总支部委员会参加。要成立两个小区党支部，各支部书记参加。",
      expected: ["柳湾村支部 : Organization", "白石教育集团总支部委员会 : Organization"],
      absent: ["小区党支部 : Organization", "支部 : Organization", "白石教育集团 : Organization"]),
    // A verb or adverb before a body's name is no part of it; a slogan's 开新局 is no bureau.
    Case(
      text: "举行代表团会议，审查区人大常委会工作报告。新任县委办主任张三山到岗。另外白石商会捐赠1万元。开展“寻突破、开新局”主题活动。",
      expected: ["区人大常委会 : Organization", "县委办 : Organization", "白石商会 : Organization"],
      absent: [
        "审查区人大常委会 : Organization", "新任县委办 : Organization",
        "另外白石商会 : Organization", "开新局 : Organization",
      ]),
    // 暨 joins two names: the body after it begins after it; a joint meeting stays one name.
    Case(
      text: "县委十四届四次全委(扩大)会议暨县委经济工作会议解读县委十四届四次全委(扩大)会议暨县委经济工作会议召开。",
      expected: ["县委 : Organization"],
      absent: ["会议暨县委 : Organization"]),
    // A town's body written with its level alone is the body of the one town of that level the
    // document names.
    Case(
      text: "青石县白沙乡卫生院召开座谈会。会议邀请了白沙乡党委书记黄军山、乡长刘矿山、乡人大主席周凤山参会。",
      expected: ["白沙乡人大 : Organization", "周凤山 affiliated-with 白沙乡人大"],
      absent: ["乡人大 : Organization"]),
    // A firm's boundary word (经 of 经某某协调) inside a town written in full is the town's.
    Case(
      text: "为两路乡中心小学、思经乡第二小学捐赠图书。大经镇第二小学举行仪式。",
      expected: ["思经乡第二小学 : Organization", "大经镇第二小学 : Organization"],
      absent: ["乡第二小学 : Organization", "镇第二小学 : Organization"]),
    // Standard offices, centres and mass organizations of a county written short, after their
    // level (then named with the county the document names) or place; a mass organization's
    // short form alone is left to the text around it.
    Case(
      text: "县住建委、县巡察办、县机关事务中心、县公共资源交易中心、县供销社负责人参加。白石县老促会、青山市青联、白石派出所和白石县妇幼保健院参加活动。双方签订合作协议。",
      expected: [
        "白石县住建委 : Organization", "白石县巡察办 : Organization",
        "白石县机关事务中心 : Organization", "白石县公共资源交易中心 : Organization",
        "白石县供销社 : Organization",
        "白石县老促会 : Organization", "青山市青联 : Organization", "白石派出所 : Organization",
        "白石县妇幼保健院 : Organization",
      ],
      absent: ["签订合作协 : Organization"]),
    // Two bodies joined by 对口协作 are two; a descriptor before a town is no part of a school's name.
    Case(
      text: "青山县卫计委对口协作白石县卫计局开展帮扶。捐赠给革命老区白沙乡花桥中心小学。",
      expected: [
        "青山县卫计委 : Organization", "白石县卫计局 : Organization",
        "白沙乡花桥中心小学 : Organization",
      ],
      absent: [
        "青山县卫计委对口协作白石县卫计局 : Organization",
        "革命老区白沙乡花桥中心小学 : Organization",
      ]),
    // A visiting county's body written in full names none of the hosts' bodies written bare:
    // where the sentence has the hosts' district, their 县人大常委会 is the hosts'. A bare county
    // post later in the clause that names the visitors' body is the visitors'.
    Case(
      text: """
        青山县党政代表团来石考察
        本网讯 11月4日，江城市市委常委、青山县委书记杨文山率党政代表团来我县考察学习。县委书记余学山，县人大常委会主任邵伟山，县政协主席曹紫山等陪同；青山县人大常委会主任吴峰山、县政协主席黄楚山，县委副书记孙公山等参加考察。
        座谈会上，白石县委书记余学山介绍了白石县经济社会发展情况。
        """,
      expected: [
        "邵伟山 affiliated-with 白石县人大常委会", "吴峰山 affiliated-with 青山县人大常委会",
        "孙公山 affiliated-with 青山县",
      ],
      absent: ["邵伟山 affiliated-with 青山县人大常委会", "孙公山 affiliated-with 白石县"]),
  ]

  @Test("organizations of county news are read whole", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
