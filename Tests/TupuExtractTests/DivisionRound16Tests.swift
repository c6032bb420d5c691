import Testing

/// Divisions in round 16, each with invented names: a town whose one-character name ends in 城
/// (青城镇, 柳城镇) is written with 城镇, the word for towns in general; in a chain of places it is
/// the town, elsewhere 城镇 stays the common word.
@Suite("Divisions, round 16")
struct DivisionRound16Tests {
  typealias Case = ReadingCase

  static let townsNamedCity: [Case] = [
    Case(
      text: "调研组赴青石县柳城镇南塘村、北塘村开展蹲点调研。",
      expected: [
        "柳城镇 : Street", "柳城镇 located-in 青石县", "南塘村 located-in 柳城镇",
        "北塘村 located-in 柳城镇",
      ]),
    Case(
      text: "记者在白云县青城镇青城村看到，工人们正忙着铺设管网。",
      expected: ["青城镇 located-in 白云县", "青城村 located-in 青城镇"]),
    Case(
      text: "柳城镇望江社区是一个人口较为密集的城市社区。",
      expected: ["柳城镇 : Street", "望江社区 located-in 柳城镇"]),
    Case(
      text: "青石县小城镇建设加快推进。",
      expected: ["青石县 : District"],
      absent: ["青石县小城镇 : Street", "小城镇 : Street"]),
    Case(
      text: "青石县新城镇建设步伐加快。",
      expected: ["青石县 : District"],
      absent: ["新城镇 : Street"]),
    Case(
      text: "青石县城镇居民人均可支配收入稳步增长。",
      expected: ["青石县 : District"],
      absent: ["县城镇 : Street", "青石县城镇 : Street"]),
    Case(
      text: "推进新型城镇化建设，改善城镇环境。",
      expected: [],
      absent: ["改善城镇 : Street", "新型城镇 : Street"]),
  ]

  @Test(
    "a town named with one character and 城 is a town in a chain of places",
    arguments: townsNamedCity)
  func townNamedCity(_ example: Case) throws { try example.check() }

  /// Round 18: market towns of the north named 某集 are written with 集镇, the word for market
  /// towns in general, in the same chains.
  static let townsNamedMarket: [Case] = [
    Case(
      text: "县委书记赵青山到柳集镇南塘村调研产业发展。",
      expected: ["柳集镇 : Street", "南塘村 : Community", "南塘村 located-in 柳集镇"]),
    Case(
      text: "调研组赴青石县桑集镇开展蹲点调研。",
      expected: ["桑集镇 : Street", "桑集镇 located-in 青石县"]),
    Case(
      text: "青石县加快小集镇建设，老集镇面貌一新。",
      expected: ["青石县 : District"],
      absent: ["小集镇 : Street", "老集镇 : Street", "青石县小集镇 : Street"]),
    Case(
      text: "推进集镇改造，改善集镇环境。",
      expected: [],
      absent: ["改善集镇 : Street", "推进集镇 : Street"]),
  ]

  @Test(
    "a town named with one character and 集 is a town in a chain of places",
    arguments: townsNamedMarket)
  func townNamedMarket(_ example: Case) throws { try example.check() }
}
