import Testing

/// A kind word left bare once the page is read (委员会, 支部委员会, 办公室) names no body; one that a
/// level, a place or a body before it completes (县委常委、办公室主任, 县政协八届委员会's 县政协) still
/// does. Invented names.
@Suite("Bare kinds of body")
struct BareBodyWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青枫县召开会议。县政协主席林大涛代表县政协八届委员会作工作报告。",
      expected: ["青枫县政协 : Organization", "林大涛 affiliated-with 青枫县政协"],
      absent: ["委员会 : Organization"]),
    Case(
      text: "青枫县召开会议。社区组织要理清支部委员会、居民委员会关系，明确责任。",
      expected: [],
      absent: ["支部委员会 : Organization", "居民委员会 : Organization"]),
    Case(
      text: "青枫县召开会议。区党委委员、办公室主任彭大典主持仪式。",
      expected: ["彭大典 : Official"],
      absent: ["办公室 : Organization", "彭大典 affiliated-with 办公室"]),
    Case(
      text: "青枫县召开会议。县委常委、办公室主任王大明出席。",
      // (The article's county is named: the office is that county's, as its 县政协 is.)
      expected: ["青枫县委办公室 : Organization", "王大明 affiliated-with 青枫县委办公室"],
      absent: ["县委办公室 : Organization"]),
  ]

  @Test("a bare kind of body names none; a completed one does", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
