import Testing

/// Names the suffix readers must not read where the left edge cut a word (round 9, issue 11).
/// Invented names throughout.
@Suite("Reading no name from a word's leftover and kind words")
struct MisfireTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 省内、外高端医院: 外 is what is left of 省内外; 高端医院 says what kind, not which.
    Case(
      text: "希望华光医院通过对标省内、外高端医院，提升服务。",
      expected: ["华光医院 : Organization"],
      absent: ["外高端医院 : Organization"]),
    // 是所山区寄宿制学校: a school of that kind; the named school keeps its name.
    Case(
      text: "青石县湖光希望小学是所山区寄宿制学校，共有学生百名。",
      expected: ["青石县湖光希望小学 : Organization"],
      absent: ["所山区寄宿制学校 : Organization"]),
    // 为了解决贫困边远乡镇医院…: 决 is what is left of 解决.
    Case(
      text: "此次捐赠是为了解决贫困边远乡镇医院急诊设备问题。", expected: [],
      absent: ["决贫困边远乡镇医院 : Organization"]),
    // A place's own name before the kind words still names the school.
    Case(
      text: "青石县青山乡寄宿制学校今天开学。",
      expected: ["青石县青山乡寄宿制学校 : Organization"]),
  ]

  @Test("no name from a word's leftover and kind words", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
