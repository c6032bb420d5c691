import Testing

/// Transliterated names of Xinjiang, Tibet and Inner Mongolia in two forms the name checks cut
/// (round 25, v2): parts joined by a full stop typed for the middle dot (某某.某某某, 某某．某某),
/// and a credit's name of four characters with no surname (记者 某某 达某哈斯, 责任编辑:向巴某珍),
/// read whole when a word of the minority-name list begins or ends it. Ordinary full stops,
/// decimal points and quoted slogans joined by a dot make no names. Invented names.
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
    // A credit's last name, four characters ending with a Mongolian name word, after a space.
    Case(
      text: "据青石日报报道(记者 方青 程小刚 达木哈斯)3月5日上午，青石县举行重大项目集中开工仪式。",
      expected: ["程小刚 : Person", "达木哈斯 : Person"]),
    // A Tibetan name of two name words after a credit label: not a surname and two characters.
    Case(
      text: "责任编辑:向巴拉珍",
      expected: ["向巴拉珍 : Person"],
      absent: ["向巴拉 : Person"]),
    // A name begun by a Tibetan name word, then a name by its surname: not split in two.
    Case(
      text: "来源:青石日报    作者:公保才加 何立    发布时间:2024-03-24 08:16",
      expected: ["公保才加 : Person", "何立 : Person"],
      absent: ["公保 : Person", "才加 : Person"]),
  ]

  @Test("a dotted or credited minority name is read whole", arguments: cases)
  func name(_ example: Case) throws { try example.check() }
}
