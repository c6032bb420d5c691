import Testing

/// Transliterated names of Xinjiang (round 25, v2): parts joined by a full stop typed for the
/// middle dot (某某.某某某, 某某．某某) are one name. Ordinary full stops, decimal points and
/// quoted slogans joined by a dot make no names. Invented names.
@Suite("Minority names: full-stop dots and four-character credits")
struct DottedAndCreditedMinorityNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // An ASCII full stop for the dot, in a list of district leaders: the list goes on after it.
    Case(
      text: "区领导白立新、艾山江.热合提、程小刚、方青出席会议。",
      expected: ["艾山江.热合提 : Official", "程小刚 : Official", "方青 : Official"],
      absent: ["艾山江 : Official"]),
    // A full-width full stop for the dot, after a post.
    Case(
      text: "青石县委副书记吐逊江．买提尼亚孜主持会议。",
      expected: ["吐逊江．买提尼亚孜 : Official"],
      absent: ["吐逊江 : Official"]),
    // A full stop ending a sentence is no dot of a name.
    Case(
      text: "副县长何立主持会议.会议听取了各项目进展情况汇报。",
      expected: ["何立 : Official"]),
    // A decimal point and a slogan joined by a dot hold no name.
    Case(
      text: "“丝路青石”·古城保护项目总投资5.8亿元，副区长方青出席开工仪式。",
      expected: ["方青 : Official"],
      absent: ["古城保护 : Person", "方青 : Person"]),
  ]

  @Test("a dotted or credited minority name is read whole", arguments: cases)
  func name(_ example: Case) throws { try example.check() }
}
