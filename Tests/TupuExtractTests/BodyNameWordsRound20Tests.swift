import Testing

/// Round 20 (f2): words that end names elsewhere (建设, 和, the crowd's 企业家) written inside a
/// body's name before its kind word (领导小组, 局, 联合会) are part of it: the body is read whole,
/// not cut back to the place at its head. Invented names throughout.
@Suite("Boundary words inside a body's name")
struct BodyNameWordsRound20Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "会议听取了关于成立青石县智慧农业建设领导小组的汇报。",
      expected: ["青石县智慧农业建设领导小组 : Organization"]),
    Case(
      text: "江城市女企业家协会到柳岸村开展帮扶。",
      expected: ["江城市女企业家协会 : Organization", "江城市 : City"]),
    Case(
      text: "江城市新锐企业家联合会到柳岸村开展帮扶。",
      expected: ["江城市新锐企业家联合会 : Organization"]),
    Case(
      text: "青石县水利和湖泊局召开党史学习教育动员会。",
      expected: ["青石县水利和湖泊局 : Organization"], absent: ["湖泊局 : Organization"]),
    // The crowd's word alone still ends what comes before it.
    Case(text: "企业家来青石县投资兴业。", expected: [], absent: ["企业家来青石县 : Organization"]),
  ]

  @Test("the body's name runs through the word", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
