import Testing

/// A body set up for a work (a project's headquarters, party branch or office) written right
/// before its kind word is named with the work; the work stays an entity of its own. Invented
/// names.
@Suite("Bodies named after a work")
struct BodyOfWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A road's rebuilding and the headquarters set up for it.
    Case(
      text: "青石县环城路改造工程指挥部成立。",
      expected: ["青石县环城路改造工程指挥部 : Organization", "青石县环城路改造工程 : Project"],
      absent: ["指挥部 : Organization"]),
    // The headquarters' office: one body named with the work and the headquarters.
    Case(
      text: "会议听取了青石县翠湖水库扩建工程指挥部办公室关于工程进展的通报。",
      expected: ["青石县翠湖水库扩建工程指挥部办公室 : Organization"],
      absent: ["指挥部办公室 : Organization"]),
  ]

  @Test("a work's body is named with the work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
