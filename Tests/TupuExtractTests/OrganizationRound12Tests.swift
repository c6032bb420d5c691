import Testing

/// Organizations and people of southern and western county news (round 12): a private firm's
/// roles written after its bare kind word. Invented names throughout.
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
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
