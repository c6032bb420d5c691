import Testing

/// Divisions in round 12 (south and west), each with invented names.
@Suite("Divisions, round 12")
struct DivisionRound12Tests {
  typealias Case = ReadingCase

  static let shortNamesWithStops: [Case] = [
    Case(
      text: "走进青山县永和镇石和村，道路整洁。",
      expected: [
        "永和镇 : Street", "石和村 : Community", "永和镇 located-in 青山县",
        "石和村 located-in 永和镇",
      ],
      absent: ["镇石和村 : Community"]),
    Case(
      text: "调研组先后到柳溪乡三柳村、丰有镇青溪水库等地。",
      expected: ["丰有镇 : Street"]),
    Case(
      text: "三和村委会柳塘村莲藕种植基地建设中。",
      expected: ["三和村 : Community", "柳塘村 located-in 三和村"]),
    Case(
      text: "白云镇和东风村联合举办活动。",
      expected: ["白云镇 : Street", "东风村 : Community"],
      absent: ["和东风村 : Community"]),
    Case(
      text: "干部和村民一起在镇和村两级开展工作。",
      expected: [],
      absent: ["干部和村 : Community", "镇和村 : Community"]),
  ]

  @Test("a two-character town or village ending in 和 or 有 is read whole", arguments: shortNamesWithStops)
  func shortNameWithStop(_ example: Case) throws { try example.check() }
}

extension DivisionRound12Tests {
  static let gluedBeforeKnownNames: [Case] = [
    Case(
      text: "青石镇党政代表团来柳岸街道考察交流。青石镇将借鉴柳岸街道的有效做法。",
      expected: ["柳岸街道 : Street", "青石镇 : Street"],
      absent: ["借鉴柳岸街道 : Street", "团来柳岸街道 : Street"]),
    // A place's praise name, "the land of X" (“某某之乡”, 享有“某某乡”美誉), is no township; a
    // town in quotes after a place's cue (来到“某乡”) still is.
    Case(
      text: "享有“天下梨乡”美誉的青溪县,今天在“书香之乡”举行活动。调研组来到“柳河乡”。",
      expected: ["柳河乡 : Street"],
      absent: ["天下梨乡 : Street", "书香之乡 : Street"]),
    // Verbs and adverbs of serving as, speeding up and what comes next begin no division's
    // name (当好街居, 提速镇街, 接下来镇人大).
    Case(
      text: "代表们要当好街居的“参谋”。全市提速镇街菜市场建设。接下来镇人大将开展视察。",
      expected: [],
      absent: ["当好街 : Street", "提速镇街 : Street", "接下来镇 : Street"]),
    Case(
      text: "老柳溪村距大安乡政府驻地13公里。大安乡党委带领群众搬迁。",
      expected: ["大安乡 : Street"],
      absent: ["距大安乡 : Street"]),
  ]

  @Test("characters glued before a town the text names on its own are no part of it", arguments: gluedBeforeKnownNames)
  func gluedBeforeKnownName(_ example: Case) throws { try example.check() }
}

extension DivisionRound12Tests {
  static let bareNamesThatAreNoDistrict: [Case] = [
    Case(
      text: "区委书记王青山率调研组到昭化镇调研。昭化镇党委书记汇报了工作。要推动昭化高质量发展，助力昭化加快实现振兴。",
      expected: ["昭化镇 : Street"],
      absent: ["昭化区 : District"]),
    Case(
      text: "区委书记王青山调研农业农村工作。他强调，全区上下要打好乡村振兴主动仗，推动乡村振兴和农业现代化。",
      expected: [],
      absent: ["振兴区 : District"]),
  ]

  @Test("a bare name that is a town's short form or a common word names no district", arguments: bareNamesThatAreNoDistrict)
  func bareNameThatIsNoDistrict(_ example: Case) throws { try example.check() }
}

extension DivisionRound12Tests {
  static let gluedBeforeKnownCounties: [Case] = [
    Case(
      text: "市人大常委会主任王青山到工作联系点昭化区青石镇调研督导。",
      expected: ["昭化区 : District", "青石镇 located-in 昭化区"],
      absent: ["点昭化区 : District"]),
  ]

  @Test("characters glued before a county of the national list are no part of it", arguments: gluedBeforeKnownCounties)
  func gluedBeforeKnownCounty(_ example: Case) throws { try example.check() }
}

extension DivisionRound12Tests {
  static let villageKindsAndVerbs: [Case] = [
    Case(
      text: "要借鉴先进发达村的经验，持续形成文明乡风。",
      expected: [],
      absent: ["发达村 : Community", "先进发达村 : Community", "形成文明乡 : Street"]),
    Case(
      text: "柳溪村是全县的典型村和维稳村。",
      expected: ["柳溪村 : Community"],
      absent: ["典型村 : Community", "维稳村 : Community"]),
    Case(
      text: "完善村内基础设施，增加村集体经济收入。",
      expected: [],
      absent: ["增加村 : Community"]),
  ]

  @Test("a village named by how it is seen, or a verb glued to 村, names no village", arguments: villageKindsAndVerbs)
  func villageKindOrVerb(_ example: Case) throws { try example.check() }
}

extension DivisionRound12Tests {
  static let stationedInVillages: [Case] = [
    Case(
      text: "局党组成员、柳溪村原第一书记王青山同志与新一轮驻村第一书记和已收队驻村工作队一同走村入户。",
      expected: ["柳溪村 : Community"],
      absent: ["新一轮驻村 : Community", "收队驻村 : Community", "一同走村 : Community"]),
    Case(
      text: "青石街道推进城市社区和健康社区建设，帮扶省定贫困村。",
      expected: ["青石街道 : Street"],
      absent: ["城市社区 : Community", "健康社区 : Community", "省定贫困村 : Community"]),
    Case(
      text: "青石商会会员回乡创业，返乡人员在柳溪村办起了农家乐。",
      expected: ["柳溪村 : Community"],
      absent: ["会员回乡 : Street", "青石商会会员回乡 : Street"]),
  ]

  @Test("驻村 and 走村 name no village; kinds of community name none", arguments: stationedInVillages)
  func stationedInVillage(_ example: Case) throws { try example.check() }
}

extension DivisionRound12Tests {
  static let ethnicTownships: [Case] = [
    Case(
      text: "调研组先后到青石土家族乡柳溪村、白沙布依族苗族乡大坪村调研。",
      expected: [
        "青石土家族乡 : Street", "柳溪村 located-in 青石土家族乡", "白沙布依族苗族乡 : Street",
        "大坪村 located-in 白沙布依族苗族乡",
      ]),
    Case(
      text: "全县各民族乡镇干部参加培训。",
      expected: [],
      absent: ["各民族乡 : Street"]),
  ]

  @Test("an ethnic township names its peoples before 乡 and is read whole", arguments: ethnicTownships)
  func ethnicTownship(_ example: Case) throws { try example.check() }
}

extension DivisionRound12Tests {
  static let bareCountyBeforeTown: [Case] = [
    Case(
      text: "九龙坡区大力推进乡村振兴。在九龙坡柳河乡龙泉村，甜瓜喜获丰收。",
      expected: ["柳河乡 : Street", "龙泉村 located-in 柳河乡"],
      absent: ["九龙坡柳河乡 : Street"]),
    Case(
      text: "全县推进乡村振兴，季节性缺水村得到治理。",
      expected: [],
      absent: ["性缺水村 : Community"]),
  ]

  @Test("the article's county written bare before its town says whose town it is", arguments: bareCountyBeforeTown)
  func bareCountyBeforeTown(_ example: Case) throws { try example.check() }
}
