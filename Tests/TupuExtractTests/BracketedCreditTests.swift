import Testing

/// Round 10: an outlet named in a credit or source line written with brackets is furniture (the
/// outlets ruling). Invented names throughout.
@Suite("Outlets in bracketed credits and source labels")
struct BracketedCreditTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青石县融媒体中心【记者：张青】1月14日，县长李青主持会议。",
      expected: ["李青 title 县长"],
      absent: ["青石县融媒体中心 : Organization"]),
    Case(
      text: "【来源】青山报业传媒集团青山客户端", expected: [],
      absent: ["青山报业传媒集团 : Organization"]),
    // A credit's label inside running text (通过图文展陈) is a noun; no person after it.
    Case(
      text: "陈青一行通过图文展陈与生动讲解，深入了解了青石镇的历史。",
      expected: ["青石镇 : Street"],
      absent: ["展陈 : Person"]),
    Case(
      text: "来源：青石政协（文 图文/林青彤）",
      expected: ["林青彤 : Person"]),
    // An outlet the story tells of acting stays.
    Case(
      text: "青石县融媒体中心主任王青出席。",
      expected: ["青石县融媒体中心 : Organization"]),
  ]

  @Test("outlets in bracketed furniture", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
