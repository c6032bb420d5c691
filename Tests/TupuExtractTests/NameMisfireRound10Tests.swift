import Testing

/// Round 10: a post's holder read from the words after the post. Invented names throughout.
@Suite("Reading a post's holder, not the word after the post")
struct NameMisfireRound10Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 社区书记党建重点: the party's work after a post is no name, though 党 is a surname.
    Case(
      text: "青石镇听取了社区书记党建重点工作情况介绍。", expected: [],
      absent: ["党建 : Official", "党建 title 书记"]),
    Case(
      text: "青石镇要求各村书记党课讲到群众心里。", expected: [],
      absent: ["党课讲 : Official"]),
    // A holder whose surname is 党 keeps a name that begins no such word.
    Case(
      text: "青石县委书记党志强主持会议。",
      expected: ["党志强 title 县委书记"]),
    // 亲临 after a two-character name is the verb, not the name's third character.
    Case(
      text: "青石县委书记韦青亲临现场。",
      expected: ["韦青 title 县委书记"],
      absent: ["韦青亲 : Official"]),
    // 则 after the name: an adverb, no part of it; a three-character name keeps its third.
    Case(
      text: "青石县委常委、副县长刘青程则主持活动。",
      expected: ["刘青程 title 副县长"],
      absent: ["刘青 : Official"]),
    Case(
      text: "青石县副县长王青则表示，要加快进度。",
      expected: ["王青 title 副县长"],
      absent: ["王青则 : Official"]),
  ]

  @Test("a post's holder, not the word after the post", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
