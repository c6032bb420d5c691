import Testing

/// Round 21 (w2): 某县委常委、组织部部长、统战部部长某某: every department written bare in one
/// holder's chain after the committee's post is that committee's (某县委统战部), not only the first
/// one. Invented names throughout.
@Suite("Later departments of a committee's post chain")
struct ChainDepartmentTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青石县委常委、组织部部长、统战部部长葛文涛出席会议。",
      expected: [
        "青石县委组织部 : Organization", "青石县委统战部 : Organization",
        "葛文涛 affiliated-with 青石县委统战部",
      ],
      absent: ["统战部 : Organization", "葛文涛 affiliated-with 统战部"]),
    Case(
      text: "区委常委、宣传部长、统战部长葛文涛陪同调研。",
      expected: ["区委统战部 : Organization", "葛文涛 affiliated-with 区委统战部"],
      absent: ["统战部 : Organization"]),
    Case(
      text: "江城市委常委、政法委书记、统战部部长葛文涛出席。",
      expected: ["江城市委统战部 : Organization"]),
    // A department after a government's office is no committee's.
    Case(
      text: "青石县政府办公室主任、统战部部长葛文涛出席。",
      expected: [], absent: ["青石县政府统战部 : Organization"]),
  ]

  @Test("the department is the chain's committee's", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
