import Testing

/// Tours through project sites, round 6b: the tiers of a tour's deputies (省州县三级人大代表) and
/// the words around a tour's list of sites. Invented names.
@Suite("Tours: tiers and site lists")
struct TourTierTests {
  typealias Case = ReadingCase

  static let tierCases: [Case] = [
    // 组织省州县三级人大代表开展集中视察: the tiers are no county, and the county's bodies in the
    // posts after are the article's county's.
    Case(
      text: "12月3日，青禾县人大常委会组织省州县三级人大代表开展集中视察。县政协主席林文博，"
        + "县人民法院院长高志远等参加视察。",
      expected: ["林文博 affiliated-with 青禾县政协", "高志远 : Official"],
      absent: ["省州县 : District", "林文博 affiliated-with 省州县政协"]),
    Case(
      text: "白溪区组织市区两级人大代表视察重点项目，区人大常委会主任赵明轩带队。",
      expected: ["赵明轩 : Official"],
      absent: ["市区 : District"]),
  ]

  @Test("The tiers of government are no division", arguments: tierCases)
  func tiers(_ reading: Case) throws { try reading.check() }
}

extension TourTierTests {
  static let leaderLeadsCases: [Case] = [
    // 甲率某市督导组赴某县: 率 is the leader's verb, no part of the city's name after it.
    Case(
      text: "5月24日，白州市政协副主席林文博率白州市督导组成员赴青禾县开展项目督导。",
      expected: ["白州市 : City", "林文博 title 政协副主席"],
      absent: ["率白州 : City"]),
  ]

  @Test("率 after a leader is the verb that leads a party", arguments: leaderLeadsCases)
  func leaderLeads(_ reading: Case) throws { try reading.check() }
}
