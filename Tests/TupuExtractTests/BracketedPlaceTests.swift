import Testing

/// A firm's name may hold the short name of its city or county in brackets (某某(梅州)科技有限公司):
/// a city or county the country's lists know in full (with 市, 县 or 区) keeps the name whole.
/// Invented firm names.
@Suite("Short place names in brackets inside a firm's name")
struct BracketedPlaceTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "代表们先后来到青禾康田(梅州)生物科技有限公司调研。",
      expected: ["青禾康田(梅州)生物科技有限公司 : Organization"],
      absent: ["生物科技有限公司 : Organization"]),
    Case(
      text: "白石镇与翠岭派(深圳)文化旅游科技有限公司签订合作协议。",
      expected: ["翠岭派(深圳)文化旅游科技有限公司 : Organization"],
      absent: ["文化旅游科技有限公司 : Organization"]),
  ]

  @Test("a bracketed city keeps the firm's name whole", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
