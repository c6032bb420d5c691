import Testing

/// Tours through project sites, round 7: visits made by the unnamed deputies of a session, and
/// the words around a tour's list of sites. Invented names.
@Suite("Tours: round 7 forms")
struct TourRound7Tests {
  typealias Case = ReadingCase

  static let sessionDeputiesCases: [Case] = [
    // 出席某会议的代表们…视察 / 代表们先后到A、B…听取介绍: the deputies make the visit, not the
    // session they attend; unnamed, they review nothing, and who goes before 先后到 is no site.
    Case(
      text: "12月30日下午，出席青禾县十八届人民代表大会第四次会议的人大代表集中视察红星产业园等重点项目。"
        + "县人大常委会主任林文博参加活动。"
        + "人大代表、政协委员们先后到白溪大桥、红星产业园、东湖物流园等重点项目的建设现场，"
        + "通过实地查看、听取项目情况介绍，了解全县发展成绩。",
      expected: ["白溪大桥 : Project", "东湖物流园 : Project", "林文博 : Official"],
      absent: [
        "青禾县十八届人民代表大会第四次会议 reviews 白溪大桥",
        "青禾县十八届人民代表大会第四次会议 reviews 东湖物流园",
        "人大代表 : Project", "政协委员们先后到白溪大桥 : Project",
      ]),
    // The same list after a leader who leads the visit: the leader reviews each site.
    Case(
      text: "县委书记林文博、县长高志远先后到白溪大桥、东湖物流园等项目现场，听取项目情况介绍。",
      expected: ["林文博 reviews 白溪大桥", "高志远 reviews 东湖物流园"]),
    // 前往A、B等地调研: the visit's verb after the last site ends the list, no new one.
    Case(
      text: "3月25日，区委书记林文博带队前往青禾办事处、白溪经济开发区等地调研重点项目建设工作。",
      expected: ["白溪经济开发区 : Place"],
      absent: ["青禾办事处 : Project"]),
  ]

  @Test("A session's deputies make a visit; the session reviews nothing of it",
    arguments: sessionDeputiesCases)
  func sessionDeputies(_ reading: Case) throws { try reading.check() }
}

extension TourRound7Tests {
  static let verbBeforeCountyCases: [Case] = [
    // 配合县委、县政府: the verb before a bare body names no county.
    Case(
      text: "县委书记林文博陪同。他要求相关负责人积极配合县委、县政府做好项目落地前的各项工作。",
      expected: ["县委 : Organization", "县政府 : Organization"],
      absent: ["配合县 : District", "配合县委 : Organization", "林文博 affiliated-with 配合县"]),
    // 关乎县城居民: nor before the county's seat.
    Case(
      text: "县委书记林文博指出，新城区建设关乎县城居民的生活质量。",
      expected: ["林文博 title 县委书记"],
      absent: ["关乎县 : District"]),
    // 感受某县发展: a one-character county after the verb keeps its own name.
    Case(
      text: "代表们实地感受房县经济社会发展的新成果。县人大常委会主任林文博参加活动。",
      expected: ["房县 : District", "林文博 affiliated-with 房县人大常委会"],
      absent: ["感受房县 : District"]),
    // 赴新县开展视察: the one-character counties of the national list.
    Case(
      text: "白溪区人大常委会主任林文博带领代表赴新县开展异地集中视察。",
      expected: ["新县 : District"]),
    // 发展路子: no road.
    Case(
      text: "县长林文博指出，要坚持走差异化的发展路子。",
      expected: ["林文博 : Official"],
      absent: ["发展路 : Road"]),
  ]

  @Test("A verb before a county or a body begins no name; 路子 ends no road",
    arguments: verbBeforeCountyCases)
  func verbBeforeCounty(_ reading: Case) throws { try reading.check() }
}

extension TourRound7Tests {
  static let roadsAsPlacesCases: [Case] = [
    // 先后来到A路、B路等地，…听取关于项目建设情况的汇报: the roads are where the tour went.
    Case(
      text: "县委书记林文博一行先后来到青禾南路、白溪南路、东湖街等地，听取了相关负责人关于项目建设情况的汇报。",
      expected: ["青禾南路 : Road", "白溪南路 : Road", "东湖街 : Road"],
      absent: ["青禾南路 : Project", "林文博 reviews 白溪南路"]),
    // A road the tour sees being built is a work all the same.
    Case(
      text: "县委书记林文博一行先后来到青禾南路、白溪大道等项目施工现场，察看工程进度。",
      expected: ["林文博 reviews 白溪大道"]),
  ]

  @Test("Roads a tour's list calls places (等地) stay roads", arguments: roadsAsPlacesCases)
  func roadsAsPlaces(_ reading: Case) throws { try reading.check() }
}

extension TourRound7Tests {
  static let leagueCases: [Case] = [
    // 盟委副书记、盟长某某; 州委副书记、州长某某: the posts of a league's or prefecture's leaders.
    Case(
      text: "1月20日，盟委副书记、盟长林文博深入我旗调研，旗委副书记、政府旗长王建华参加调研。"
        + "州委副书记、州长李国华一同调研。",
      expected: [
        "林文博 title 盟长", "林文博 title 盟委副书记", "王建华 title 旗长", "李国华 title 州长",
      ],
      absent: ["盟委副书记 : Project"]),
    // 旗领导甲、乙: a banner's leaders named without their posts are officials all the same.
    Case(
      text: "10月29日，旗政协开展委员集体视察活动。旗领导林文博、王建华、李娟参加视察活动。",
      expected: ["林文博 : Official", "王建华 : Official", "李娟 : Official"],
      absent: ["委员集体视察活动 : Meeting", "林文博 attends 委员集体视察活动"]),
  ]

  @Test("Leagues', prefectures' and banners' leaders", arguments: leagueCases)
  func leagues(_ reading: Case) throws { try reading.check() }
}

extension TourRound7Tests {
  static let rareSurnameCases: [Case] = [
    // 甲、乙、畅某某、丁等县领导一同调研: a rare surname between list commas of leaders' names.
    Case(
      text: "李国华、王建华、畅印松、赵明轩等县领导一同调研。",
      expected: ["畅印松 : Official", "李国华 : Official", "赵明轩 : Official"]),
    // Without two names the lexicon knows, nothing says the items are names.
    Case(
      text: "东湖、畅印松等县领导一同调研。",
      expected: [],
      absent: ["畅印松 : Official"]),
  ]

  @Test("A leaders' list keeps a name of a rare surname", arguments: rareSurnameCases)
  func rareSurnames(_ reading: Case) throws { try reading.check() }
}

extension TourRound7Tests {
  static let genericWorkCases: [Case] = [
    // 途中车观道路提质改造项目建设情况: what is done to roads names no work.
    Case(
      text: "委员们视察了青禾产业园等重点项目，途中车观道路提质改造项目建设情况。",
      expected: ["青禾产业园 : Project"],
      absent: ["道路提质改造项目 : Project"]),
  ]

  @Test("Upgrading roads (提质改造) names no work", arguments: genericWorkCases)
  func genericWorks(_ reading: Case) throws { try reading.check() }
}

extension TourRound7Tests {
  static let phaseCases: [Case] = [
    // 先后深入到某公园二期: a park's phase is a work being built, which the leader reviews.
    Case(
      text: "区人大常委会主任林文博带领代表先后深入到青禾露营公园二期、白溪干部学院三期项目等地视察。",
      expected: ["青禾露营公园二期 : Project", "林文博 reviews 青禾露营公园二期"],
      absent: ["青禾露营公园 : Place"]),
    // A park alone stays a place.
    Case(
      text: "林文博来到青禾露营公园，了解园区运营情况。",
      expected: ["青禾露营公园 : Place"]),
  ]

  @Test("A place's phase (某公园二期) is a work", arguments: phaseCases)
  func phases(_ reading: Case) throws { try reading.check() }
}

extension TourRound7Tests {
  static let unreadHolderCases: [Case] = [
    // 盟委副书记、盟长奇某某…就…共建项目推进情况进行调研: the leader of a Mongolian clan name, and
    // no post taken for a work of the list.
    Case(
      text: "1月20日，盟委副书记、盟长奇林图深入我旗就种业发展情况及白溪共建项目推进情况进行调研。",
      expected: ["奇林图 : Official", "奇林图 title 盟长"],
      absent: ["盟委副书记 : Project"]),
    // 深入多个领域、多个现场: fields of work are no places.
    Case(
      text: "县政协委员林文博说，本次视察我们深入多个领域、多个现场，感受到了发展变化。",
      expected: ["林文博 : Official"],
      absent: ["多个领域 : Place"]),
  ]

  @Test("A post is no work; a field is no place", arguments: unreadHolderCases)
  func unreadHolders(_ reading: Case) throws { try reading.check() }
}

extension TourRound7Tests {
  static let firmsWorkCases: [Case] = [
    // 察看了某有限公司电动汽车项目: one work, named with its firm.
    Case(
      text: "市长林文博察看了青禾新能源汽车有限公司电动汽车项目，详细了解项目进展。",
      expected: [
        "青禾新能源汽车有限公司电动汽车项目 : Project", "林文博 reviews 青禾新能源汽车有限公司电动汽车项目",
      ],
      absent: ["电动汽车项目 : Project"]),
  ]

  @Test("A firm's work named with the firm is one work", arguments: firmsWorkCases)
  func firmsWorks(_ reading: Case) throws { try reading.check() }
}
