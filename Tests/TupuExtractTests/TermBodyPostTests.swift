import Testing

/// Round 21 (w2): 县十六届人大常委会副主任某某, 区六届政协主席某某: a body's kind written after its
/// level and its term, right before a post, is that level's body (县人大常委会, 区政协), not a bare
/// 人大常委会 of no place. Invented names throughout.
@Suite("A body written with its term before a post")
struct TermBodyPostTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "县十六届人大常委会副主任葛文涛出席会议。",
      expected: ["葛文涛 affiliated-with 县人大常委会"],
      absent: ["人大常委会 : Organization", "葛文涛 affiliated-with 人大常委会"]),
    Case(
      text: "经过认真计票,葛文涛当选为县十六届人大常委会主任。",
      expected: ["葛文涛 affiliated-with 县人大常委会"],
      absent: ["人大常委会 : Organization"]),
    Case(
      text: "区六届政协主席葛文涛参加会议。",
      expected: ["葛文涛 affiliated-with 区政协"], absent: ["政协 : Organization"]),
  ]

  @Test("the body is its level's", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
