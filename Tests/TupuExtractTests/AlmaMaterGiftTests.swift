import Testing

/// Round 31: alumni give 向母校 or 为母校 — their old school, written as 母校, is the school the
/// sentence (or, failing that, the article before it) last named: the school whose alumni they
/// are (某中学校友甲为母校捐资) or the school that holds the ceremony (某中学举行校友捐赠仪式，
/// 杰出校友甲向母校捐赠). Invented names throughout.
@Suite("A gift 向母校 goes to the school named before")
struct AlmaMaterGiftTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 某中学校友甲为母校捐资: the school the givers are alumni of.
    Case(
      text: "柳溪县第一中学校友张三明为母校捐资100万元用于奖教。",
      expected: ["张三明 sponsors 柳溪县第一中学"]),
    // 某中学举行…捐赠仪式，杰出校友甲委托代表向母校捐赠: the school holding the ceremony.
    Case(
      text: "2月2日，青禾华侨中学举行校友爱心捐赠仪式，88届杰出校友张三明委托代表向母校捐赠150万元奖教助学金。",
      expected: ["张三明 sponsors 青禾华侨中学"]),
    // The school named in the sentence before.
    Case(
      text: "青禾中学举行建校80周年庆典大会。会上，杰出校友张三明向母校捐赠100万元。",
      expected: ["张三明 sponsors 青禾中学"]),
    // 母校 with no school named before it gives to no one.
    Case(
      text: "杰出校友张三明向母校捐赠100万元。",
      expected: [],
      absent: ["张三明 sponsors 母校"]),
  ]

  @Test("a gift 向母校 goes to the school named before", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
