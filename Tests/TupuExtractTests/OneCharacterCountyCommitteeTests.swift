import Testing

/// A county named with one character (某县) writes its party
/// committee's bodies with the level once (某县委办公室) unless the article itself writes the
/// level again (某县县委书记): a bare 县委办公室 of its article is named as the article writes it.
/// Invented sentences; the county is one of the lexicon's one-character counties.
@Suite("A one-character county's committee, written as the article writes it")
struct OneCharacterCountyCommitteeTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "眉县召开项目推进会。县委常委、县委办公室主任张三明主持会议。",
      expected: ["眉县委办公室 : Organization", "张三明 affiliated-with 眉县委办公室"],
      absent: ["眉县县委办公室 : Organization"]),
    Case(
      text: "眉县县委书记李四海调研项目。县委常委、县委办公室主任张三明陪同。",
      expected: ["眉县县委办公室 : Organization", "张三明 affiliated-with 眉县县委办公室"],
      absent: ["眉县委办公室 : Organization"]),
  ]

  @Test("县委办公室 of a one-character county follows the article's own writing", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
