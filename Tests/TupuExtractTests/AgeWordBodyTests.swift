import Testing

/// 年 ends a date (2023年, 同年) and so a name before it, but not inside the words for people of an
/// age (青少年, 少年, 老年, 中老年) that a body's name holds: 某县青少年发展基金会 is one body, not the
/// county and a cut-off 发展基金会. Invented names.
@Suite("Words for people of an age inside a body's name")
struct AgeWordBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾县青少年发展基金会向石岭小学捐赠了一批图书。",
      expected: ["青禾县青少年发展基金会 : Organization"]),
    Case(
      text: "白沙市妇联副主席、白沙市青少年发展基金会秘书长张三明出席仪式。",
      expected: [
        "白沙市青少年发展基金会 : Organization", "张三明 affiliated-with 白沙市青少年发展基金会",
      ]),
    Case(
      text: "青禾县老年基金会向敬老院捐赠了一批棉被。",
      expected: ["青禾县老年基金会 : Organization"]),
    // A date still ends the name before the body.
    Case(
      text: "2023年青禾县教育基金会向石岭小学捐赠了一批图书。",
      expected: ["青禾县教育基金会 : Organization"],
      absent: ["2023年青禾县教育基金会 : Organization"]),
  ]

  @Test("青少年, 老年 inside a body's name do not end it", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
