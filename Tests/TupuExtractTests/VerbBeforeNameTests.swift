import Testing

/// Round 10: a verb whose object is a body or a place begins no name of it. Invented names.
@Suite("No name begun with the verb before it")
struct VerbBeforeNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青石街道党工委下设社区党委1个。", expected: [],
      absent: ["下设社区 : Community", "下设社区党委 : Organization"]),
    Case(
      text: "青石社区要精细社区管理。",
      expected: ["青石社区 : Community"],
      absent: ["精细社区 : Community"]),
    Case(
      text: "韦青传递着县委县政府的期望。", expected: [],
      absent: ["传递着县委 : Organization"]),
    // A couplet of two kinds of village is a slogan; a village named with 村 twice stays.
    Case(
      text: "要把强村富村的资源辐射到弱村穷村。", expected: [],
      absent: ["强村富村 : Community", "弱村穷村 : Community"]),
    Case(
      text: "青石镇东村村召开会议。",
      expected: ["东村村 : Community"]),
    // 下一步 (next) begins no body; 村企结对 (village and firm paired) ends no village's name.
    Case(
      text: "下一步市委会将认真分析。", expected: [],
      absent: ["下一步市委 : Organization"]),
    Case(
      text: "青石镇举行“万企兴万村”行动村企结对签约仪式。",
      expected: ["青石镇 : Street"],
      absent: ["行动村 : Community"]),
    Case(
      text: "青石村企业家参加。",
      expected: ["青石村 : Community"]),
    // The bodies of several levels together (区州党委, 省市政府) name none.
    Case(
      text: "青石县紧紧围绕区州党委决策部署。",
      expected: ["青石县 : District"],
      absent: ["区州党委 : Organization"]),
  ]

  @Test("no name begun with the verb before it", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
