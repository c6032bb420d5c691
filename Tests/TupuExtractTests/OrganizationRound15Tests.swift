import Testing

/// Organizations of round 15 (causes that recur in at least three of the seven read sets, counted
/// together): how a county named with one character, or a district whose level is 新区, writes
/// the committee and its offices its article leaves bare; the unit a bracketed credit names before
/// its writers; public institutions of culture; the place's standing deputy secretary. Places and
/// people are invented; the 新区 is general knowledge (the national division list).
@Suite("Reading organizations, round 15")
struct OrganizationRound15Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 枫县 + 县委办: a county named with one character writes its committee's office with the
    // level again (枫县县委办), as it writes 枫县县委.
    Case(
      text: "1月8日，枫县县委副书记、县长林青山主持召开会议，县委常委、县委办主任周白石出席。",
      expected: ["枫县县委办 : Organization", "周白石 affiliated-with 枫县县委办"],
      absent: ["枫县委办 : Organization"]),
    // A county named with two characters does not: 白河县委办.
    Case(
      text: "3月2日，白河县召开项目建设推进会。县委常委、县委办主任周白石出席。",
      expected: ["白河县委办 : Organization", "周白石 affiliated-with 白河县委办"],
      absent: ["白河县县委办 : Organization"]),
    // A district whose level is 新区 writes its committee 某新区区委; its government keeps one
    // level word.
    Case(
      text: "3月2日，两江新区召开项目建设推进会。区委副书记、区长林青山代表区委区政府致辞。",
      expected: ["两江新区区委 : Organization", "两江新区政府 : Organization"],
      absent: ["两江新区委 : Organization"]),
    // (某县某局 某某): a credit that names the writers' unit before them makes each writer a
    // person of that unit; a firm's credit too, its writers listed with 、.
    Case(
      text: "7月6日，白河县召开项目推进会。\n（白河县发改局 林青山）",
      expected: ["白河县发改局 : Organization", "林青山 : Person", "林青山 affiliated-with 白河县发改局"]),
    Case(
      text: "3月13日，青禾社区举行党建联建签约仪式。\n（青禾建设公司 林青山、周白石）",
      expected: [
        "青禾建设公司 : Organization", "林青山 affiliated-with 青禾建设公司",
        "周白石 affiliated-with 青禾建设公司",
      ]),
    Case(
      text: "7月6日，区委书记林青山主持召开会议。\n（区委办 周白石）",
      expected: ["周白石 : Person", "周白石 affiliated-with 区委办"]),
    // A library, a culture centre, an arts troupe's theatre or a relic office is a public
    // institution, an Organization as a school is; a theatre that is a venue stays a Place.
    Case(
      // (An institution's new building, 某县文化馆新馆, is a Place: NewBuildingPlaceTests.)
      text: "当天，青石县图书馆、白河县文化馆组织志愿者开展送书下乡活动。",
      expected: ["青石县图书馆 : Organization", "白河县文化馆 : Organization"],
      absent: ["青石县图书馆 : Place"]),
    Case(
      text: "州民委、州文体局、青石州民族艺术剧院等单位的专家对参赛节目进行了审查。",
      expected: ["青石州民族艺术剧院 : Organization"],
      absent: ["青石州民族艺术剧院 : Place"]),
    Case(
      text: "副市长林青山到白河古城遗址、白河古城文管所等地进行了实地查看。",
      expected: ["白河古城文管所 : Organization"],
      absent: ["白河古城文管所 : Place"]),
    Case(
      text: "晚会在白河县影剧院举行，青石大剧院同日开演。",
      expected: ["青石大剧院 : Place"],
      absent: ["白河县影剧院 : Organization", "青石大剧院 : Organization"]),
    // 县委常务副书记, 区委常务副书记: a post of the place's leadership, whose unit is the place,
    // not a deputy secretary of a bare committee.
    Case(
      text: "白河县委书记林青山、县委常务副书记周白石出席开工仪式。",
      expected: ["周白石 title 县委常务副书记", "周白石 affiliated-with 白河县"],
      absent: ["白河县委 : Organization", "周白石 affiliated-with 白河县委"]),
    Case(
      text: "9月9日，青石区委常务副书记周白石主持召开援建项目调度会。",
      expected: ["周白石 affiliated-with 青石区"],
      absent: ["青石区委 : Organization", "周白石 title 副书记"]),
    // Kind words from a general inventory (jieba's dictionary): a task force or inspection team
    // named with its place or level is a body; one named by its task only is a kind of team.
    Case(
      text: "白河县工作专班周白石、省第三督查组组长林青山到青石镇检查。",
      expected: ["白河县工作专班 : Organization", "省第三督查组 : Organization"]),
    Case(
      text: "青石镇成立产业工作专班，区相关部门要成立工作专班，抽调干部组成生产工作督导组。",
      expected: [],
      absent: [
        "产业工作专班 : Organization", "区相关部门要成立工作专班 : Organization",
        "生产工作督导组 : Organization",
      ]),
    // Mass organizations written short, societies and troupes.
    Case(
      text: "白河县科协、县文联联合青石诗词研究会、白河县老年艺术团开展送文化下乡活动。",
      expected: [
        "白河县科协 : Organization", "青石诗词研究会 : Organization", "白河县老年艺术团 : Organization",
      ]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
