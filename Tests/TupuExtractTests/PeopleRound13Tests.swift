import Testing

/// People of northern and eastern county news (round 13): officials listed by name alone after
/// 以及 and before the leaders at hand or 同志. Invented names throughout.
@Suite("Reading people, round 13")
struct PeopleRound13Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 以及甲、乙、丙等在家的县四套班子领导: the list opens right after 以及, and the leaders who are
    // at hand are leaders still.
    Case(
      text: "县委书记李四海，县长王五岳，以及钱七星、孙八方、周九江等在家的县四套班子领导出席。",
      expected: ["钱七星 : Official", "孙八方 : Official", "周九江 : Official"]),
    // 等同志: comrades, the genre's word for cadres, needs no verb after it.
    Case(
      text: "会议由镇党委副书记李四海主持，钱七星、孙八方、周九江等同志到会指导。",
      expected: ["钱七星 : Official", "孙八方 : Official", "周九江 : Official"]),
    // 以及 before names read as no names opens no list (以及各部门负责人等).
    Case(
      text: "县委书记李四海，以及各部门负责人等出席。",
      expected: ["李四海 : Official"],
      absent: ["各部门 : Official"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
