import Testing

/// Round 10: a democratic party's committee of a place (民建某区委会) is that party's body, not the
/// place's Communist Party committee. Invented names throughout.
@Suite("Democratic parties' committees")
struct DemocraticPartyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青石区政协副主席、民建青石区委会主委陈青率队赴青山镇。",
      expected: ["民建青石区委会 : Organization", "陈青 affiliated-with 民建青石区委会"],
      absent: ["青石区委 : Organization", "陈青 affiliated-with 青石区委"]),
    Case(
      text: "农工党青石市委主委洪青率队调研。",
      expected: ["农工党青石市委 : Organization", "洪青 title 主委"],
      absent: ["青石市委 : Organization"]),
    Case(
      text: "九三学社青石市委员会主委李青出席。",
      expected: ["九三学社青石市委员会 : Organization"]),
    // The Communist Party's committee keeps its reading.
    Case(
      text: "青石区委书记李青山出席。",
      expected: ["李青山 affiliated-with 青石区"]),
  ]

  @Test("democratic parties' committees", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
