import Testing

/// Round 19 (d1): verbs of entering and of holding fast (走入, 把牢) and 先后 written right before
/// a school's or a body's name are no part of it. Invented names throughout.
@Suite("Verbs of entering and holding fast before a body")
struct VerbBeforeBodyRound19Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "副县长王青松先后走入青石县实验小学、青石县第二中学察看校园安全。",
      expected: ["青石县实验小学 : Organization", "青石县第二中学 : Organization"],
      absent: ["王青松先后走入青石县实验小学 : Organization"]),
    Case(
      text: "王青松要求，要紧紧把牢工商联工作方向。", expected: [],
      absent: ["牢工商联 : Organization"]),
  ]

  @Test("the name begins after the verb", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
