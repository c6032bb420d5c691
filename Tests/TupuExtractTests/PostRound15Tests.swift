import Testing

/// Posts in round 15 (causes counted across the seven read sets), each with invented names: a
/// company's post titles its holder when a post in the same company's party committee makes the
/// holder an Official (the rulings: a company's party secretary is an Official).
@Suite("Posts, round 15")
struct PostRound15Tests {
  typealias Case = ReadingCase

  static let companyPostsOfOfficials: [Case] = [
    Case(
      text: "青石集团党委委员、副总经理王志强出席。",
      expected: ["王志强 : Official", "王志强 title 党委委员", "王志强 title 副总经理"]),
    Case(
      text: "民革青石区基层委员会委员、青石食品有限公司董事长李德明说，要做好服务。",
      expected: ["李德明 : Official", "李德明 title 委员"],
      absent: ["李德明 title 董事长"]),
    Case(
      text: "青石食品有限公司董事长陈国华出席。",
      expected: ["陈国华 : Person"],
      absent: ["陈国华 title 董事长"]),
  ]

  @Test("a company's post titles an Official of the same company's party committee", arguments: companyPostsOfOfficials)
  func companyPostOfOfficial(_ example: Case) throws { try example.check() }
}

extension PostRound15Tests {
  static let rolesAfterShortBodies: [Case] = [
    Case(
      text: "青石集团党委副书记、工会主席张青山出席。",
      expected: ["张青山 title 工会主席", "张青山 title 党委副书记"],
      absent: ["张青山 title 主席"]),
    Case(
      text: "州委副书记、州政法委书记李明华宣布项目开工。",
      expected: ["李明华 title 州政法委书记", "李明华 title 州委副书记"],
      absent: ["李明华 title 书记"]),
  ]

  @Test("a role right after a short body read by its kind word is titled with that word", arguments: rolesAfterShortBodies)
  func roleAfterShortBody(_ example: Case) throws { try example.check() }
}

extension PostRound15Tests {
  static let writersOfTheirUnit: [Case] = [
    Case(
      text: "(区委办 陈石峰)",
      expected: ["陈石峰 : Person", "陈石峰 affiliated-with 区委办"]),
    Case(
      text: "（供稿：青石区妇联 编辑：王晓红）",
      expected: [],
      absent: ["王晓红 affiliated-with 青石区妇联"]),
  ]

  @Test("writers in brackets after their one unit are affiliated with it, unless a label parts them", arguments: writersOfTheirUnit)
  func writerOfTheirUnit(_ example: Case) throws { try example.check() }
}

extension PostRound15Tests {
  static let cityPostsAndProvinces: [Case] = [
    Case(
      text: "山东省教育基金会理事长张青山，市政府副市长李明华出席签约仪式。",
      expected: ["李明华 : Official", "李明华 title 副市长"],
      absent: ["李明华 affiliated-with 山东省"]),
  ]

  @Test("a city's post is no province's named earlier in the sentence", arguments: cityPostsAndProvinces)
  func cityPostAndProvince(_ example: Case) throws { try example.check() }
}

