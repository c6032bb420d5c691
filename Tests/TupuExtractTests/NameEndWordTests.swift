import Testing

/// Where a person's name ends: a common verb or adverb of two characters (the leading-word list of
/// Ontology/lexicon/words.tupu, general word knowledge) right after it begins after the name, as
/// the stop words do, so a given name is not cut at a character that is also a stop word, nor
/// runs into the verb's first character; nor does it run into 副 of a deputy's post. Invented names.
@Suite("Common words after a person's name")
struct NameEndWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 栋 is a measure word too; before 带来 it is the name's last character.
    Case(
      text: "工作站副站长钱佳栋带来经验分享。",
      expected: ["钱佳栋 title 副站长"],
      absent: ["钱佳 : Official", "钱佳 : Person"]),
    // A byline run together with the page's 点击: the author's whole name, not two names.
    Case(
      text: "来源:本站原创 作者:苏立华点击:120",
      expected: ["苏立华 : Person"],
      absent: ["苏晓 : Person", "华点击 : Person"]),
    // 确保 after a two-character name: its first character is no third one of the name.
    Case(
      text: "县长钱明确保各项任务按期完成。",
      expected: ["钱明 title 县长"],
      absent: ["钱明确 : Official"]),
    // 副 of a deputy's post after a two-character name is the post's first character.
    Case(
      text: "区委副书记赵刚、政府副区长钱立副区长孙波同志主持召开会议。",
      expected: ["钱立 title 副区长", "孙波 title 副区长"],
      absent: ["钱立副 : Official", "孙波 title 区长"]),
    // The same when the post follows the names.
    Case(
      text: "会上，钱立副县长和孙波副县长分别作了安排。",
      expected: ["钱立 title 副县长", "孙波 title 副县长"],
      absent: ["钱立副 : Official"]),
    // A level word there begins a place's name: no person 麻石 before 县政协委员.
    Case(
      text: "麻石县政协委员企业负责人出席。",
      expected: [],
      absent: ["麻石 : Official", "麻石 : Person"]),
    // A name that ends cleanly at a stop word keeps its reading.
    Case(
      text: "县委书记钱立新表示，要抓好落实。",
      expected: ["钱立新 title 县委书记"],
      absent: ["钱立 : Official"]),
  ]

  @Test("names end before common words", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
