import Testing

/// How far a gift reaches (round 10), each with invented names: a gift written without 向 or 给
/// goes to a place in its own clause, or in the clauses after it that say what it is for or
/// bought (…，购买了树木，栽种在某社区); a ceremony is given nothing by a gift that built what it
/// is named after, nor a meeting named further on.
@Suite("Gift reach")
struct GiftReachTests {
  typealias Case = ReadingCase

  static let clauses: [Case] = [
    // A hospital named in the next clause, which says nothing of the gift, receives nothing.
    Case(
      text: "明川商会捐赠口罩5000个，青禾县第二人民医院随即发放。",
      expected: ["青禾县第二人民医院 : Organization"],
      absent: ["明川商会 sponsors 青禾县第二人民医院", "明川商会 sponsors 青禾县"]),
    // Clauses that say what the gift bought and where it went carry it on.
    Case(
      text: "明川商会出资1万余元，购买了7000多棵树木，栽种在柳荫社区的道路两侧。",
      expected: ["明川商会 sponsors 柳荫社区"]),
  ]

  static let villageReferred: [Case] = [
    // 用于该村…: the article's village, referred to after the gift, receives it.
    Case(
      text: "青禾村召开乡贤座谈会。在外成功人士马立川得知村里的困难，主动捐资30万元用于该村道路硬化。",
      expected: ["马立川 sponsors 青禾村"]),
    // …，为村里增添…: a clause that says what the gift is for may refer to the village too.
    Case(
      text: "青禾村召开乡贤座谈会。去年，茂林商会副会长钱德海捐赠50组路灯安装在村道两侧，为村里增添光亮。",
      expected: ["钱德海 sponsors 青禾村"]),
    // 该村 refers to no community that is not a village.
    Case(
      text: "柳荫社区召开居民议事会。在外成功人士马立川主动捐资30万元用于该村道路硬化。",
      expected: ["柳荫社区 : Community"],
      absent: ["马立川 sponsors 柳荫社区"]),
  ]

  static let ceremonies: [Case] = [
    // 出资建成的“某小学”挂牌仪式: the ceremony is not what was given.
    Case(
      text: "由明川日用品有限公司出资建成的“青禾乡希望小学”挂牌仪式正式举行。",
      expected: ["明川日用品有限公司 : Organization"],
      absent: ["明川日用品有限公司 sponsors “青禾乡希望小学”挂牌仪式"])
  ]

  static let unreadNames: [Case] = [
    // 改善某镇各村卫生院条件: the town only begins the name of what receives; it receives nothing.
    Case(
      text: "明川集团捐资改善柳荫镇各村卫生院条件。",
      expected: ["柳荫镇 : Street"],
      absent: ["明川集团 sponsors 柳荫镇"])
  ]

  @Test("a division that only begins a school's or hospital's name receives nothing", arguments: unreadNames)
  func unreadName(_ example: Case) throws { try example.check() }

  @Test("a gift reaches its clause, or the clauses that say what it is for", arguments: clauses)
  func clause(_ example: Case) throws { try example.check() }

  @Test("a gift for the village a word refers back to goes to the article's village", arguments: villageReferred)
  func village(_ example: Case) throws { try example.check() }

  @Test("a ceremony named after what a gift built receives nothing", arguments: ceremonies)
  func ceremony(_ example: Case) throws { try example.check() }
}
