import Testing

/// A common verb, adverb, preposition or conjunction written right before a place's, body's, firm's
/// or work's name is no part of it (the leading-word list of Ontology/lexicon/words.tupu: general
/// word knowledge). Invented names.
@Suite("Common words before a name")
struct LeadingWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 责成 before a zone: the order, not the zone's first characters.
    Case(
      text: "会议要求，责成青石经济开发区抓紧整改。",
      expected: ["青石经济开发区 : Place"],
      absent: ["责成青石经济开发区 : Place"]),
    // 符合 before an estate: what fits its plan, no estate 符合某某小区.
    Case(
      text: "新建停车场，符合翠湖花园小区的规划。",
      expected: ["翠湖花园小区 : Place"],
      absent: ["符合翠湖花园小区 : Place"]),
    // 贯穿 before a street: the road runs through it.
    Case(
      text: "这条路很长，贯穿青石街道。",
      expected: ["青石街道 : Street"],
      absent: ["贯穿青石街道 : Street"]),
    // 目睹 before a school: what was seen, no school 目睹某某小学.
    Case(
      text: "大家说，亲眼目睹青禾实验小学的变化。",
      expected: ["青禾实验小学 : Organization"],
      absent: ["目睹青禾实验小学 : Organization", "亲眼目睹青禾实验小学 : Organization"]),
    // Two such words and a bare kind word: nothing is left to name a street.
    Case(
      text: "有人说，纷纷涌入街道的人很多。",
      expected: [],
      absent: ["纷纷涌入街道 : Street", "涌入街道 : Street"]),
    // What was too long to name anything stays so: no shorter name is read after the word.
    Case(
      text: "要搭建开放型社区治理平台。",
      expected: [],
      absent: ["开放型社区 : Community"]),
    // A one-character adverb, then a verb: neither begins the estate's name.
    Case(
      text: "这样做，既符合翠湖花园小区的规划，又方便居民。",
      expected: ["翠湖花园小区 : Place"],
      absent: ["既符合翠湖花园小区 : Place", "符合翠湖花园小区 : Place"]),
    // 就 after a list's last body begins a clause (on their works): the item ends before it.
    Case(
      text: "会上，青石县交通运输局、青石县城投集团就当前各自项目建设进展情况作了汇报。",
      expected: ["青石县城投集团 : Organization"],
      absent: ["青石县城投集团就当前各自项目 : Project", "城投集团就当前各自项目 : Project"]),
    // A name read back from 建设项目 is not cut at a stop a word holds (就 of 就业), as the
    // forward scan reads it.
    Case(
      text: "青石县就业培训基地建设项目开工。",
      expected: ["青石县就业培训基地建设项目 : Project"],
      absent: ["业培训基地建设项目 : Project"]),
  ]

  @Test("common words stay out of names", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
