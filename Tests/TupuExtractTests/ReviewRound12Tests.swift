import Testing

/// Who reviews what on visit news from southern and western counties (round 12, helper h20): the
/// leader's name before 率, 携 or 还 is two characters, not three. Invented names.
@Suite("Visits in the south and west: the leader's name and the works seen")
struct ReviewRound12Tests {
  typealias Case = ReadingCase

  /// 某某率调研组…: the visit's verb after a two-character name is no third character of it.
  static let names: [Case] = [
    Case(
      text: "4月7日，区人大常委会主任方青率队赴白沙镇某某牧业公司养殖场建设项目现场督导。",
      expected: ["方青 title 区人大常委会主任"],
      absent: ["方青率 : Official"]),
    Case(
      text: "区人大常委会主任方青率调研组深入白沙镇青石养殖场建设项目现场。",
      expected: ["方青 title 区人大常委会主任", "方青 reviews 白沙镇青石养殖场建设项目"],
      absent: ["方青率 : Official"]),
    Case(
      text: "县长齐亮携县直部门负责人到青石镇调研。",
      expected: ["齐亮 title 县长"],
      absent: ["齐亮携 : Official"]),
    Case(
      text: "县长柯明还来到白沙河综合治理项目现场调研。",
      expected: ["柯明 title 县长"],
      absent: ["柯明还 : Official"]),
    // A three-character name keeps its third character.
    Case(
      text: "县长柯明远率队调研白沙河综合治理项目。",
      expected: ["柯明远 title 县长", "柯明远 reviews 白沙河综合治理项目"]),
  ]

  @Test("a two-character name before 率, 携 or 还", arguments: names)
  func name(_ example: Case) throws { try example.check() }
}
