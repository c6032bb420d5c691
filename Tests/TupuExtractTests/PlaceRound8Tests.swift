import Testing

/// Place, road and community forms that recur across the whole read pool (round 8): each form
/// once, with invented names.
@Suite("Place forms that recur across the read pool")
struct PlaceRound8Tests {
  typealias Case = ReadingCase

  /// Slogans and common words that end in 路 name no road; numbered and named roads still do.
  static let notRoads: [Case] = [
    Case(
      text: "要走农业与服务业相结合的发展之路，携手小康路，领好共富路。",
      expected: [],
      absent: ["发展之路 : Road", "携手小康路 : Road", "领好共富路 : Road"]),
    Case(
      text: "市政协主席到青禾镇调研“四好农村路”建设，察看电路板生产线。",
      expected: ["青禾镇 : Street"],
      absent: ["四好农村路 : Road", "察看电路 : Road"]),
    Case(
      text: "大家一路看、一路议，共建“一带一路”，街头巷尾干净整洁，高速路进出口加宽。",
      expected: [],
      absent: ["大家一路 : Road", "一带一路 : Road", "街头巷 : Road", "高速路 : Road"]),
    Case(
      text: "新建的兰溪一路、青禾北路和柳塘大道同步通车。",
      expected: ["兰溪一路 : Road", "青禾北路 : Road", "柳塘大道 : Road"]),
  ]

  @Test("slogans and common words ending in 路 name no road", arguments: notRoads)
  func notRoad(_ example: Case) throws { try example.check() }
}
