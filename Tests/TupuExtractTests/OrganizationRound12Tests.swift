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
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
