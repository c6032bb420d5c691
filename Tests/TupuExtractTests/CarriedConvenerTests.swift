import Testing

/// Round 10: …，并举行某仪式 goes on with the body the sentence began with; a city written
/// right before that body's name heads it and convenes nothing. Invented names throughout.
@Suite("The convener carried into a clause begun with 并")
struct CarriedConvenerTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "9月18日，青石市青山区工商联组织爱心企业到青溪县开展爱心捐赠，并举行青山区村企结对签约仪式。",
      expected: ["青山区工商联 convenes 青山区村企结对签约仪式"],
      absent: ["青石市 convenes 青山区村企结对签约仪式"]),
    // A county acting as a body still convenes.
    Case(
      text: "青石县组织干部到青山镇调研，并召开青石县项目推进会。",
      expected: ["青石县 convenes 青石县项目推进会"]),
  ]

  @Test("the convener carried into a clause begun with 并", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
