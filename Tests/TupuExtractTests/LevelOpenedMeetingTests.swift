import Testing

/// A meeting named by its level (县委某某会议, 全区某某推进会, 中央某某会议) read back from its
/// kind word with no cue before it: the clause's subject, modal and verb before the level are no
/// part of its name. A place or the party before the level keeps it, and so do a year, a count or
/// a number. Invented names.
@Suite("Meetings opened by their level")
struct LevelOpenedMeetingTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 践行 (a verb no list holds) + 县委某某会议精神.
    Case(
      text: "此次签约，是践行县委农业农村工作会议精神的具体行动。",
      expected: ["县委农业农村工作会议 : Meeting"],
      absent: ["践行县委农业农村工作会议 : Meeting", "践行县 : District"]),
    // The subject, a modal and a verb before a scope and a quoted slogan.
    Case(
      text: "王副区长要求：街办要结合全区“两清一改”工作推进会精神，做好摸底。",
      expected: ["全区“两清一改”工作推进会 : Meeting"],
      absent: ["街办要结合全区“两清一改”工作推进会 : Meeting"]),
    // 统一到 + 中央某某会议精神上来.
    Case(
      text: "要把思想和行动统一到中央农村工作会议精神上来。",
      expected: ["中央农村工作会议 : Meeting"],
      absent: ["行动统一到中央农村工作会议 : Meeting"]),
    // A count before the scope is the name's own (第一季度全区…), and a place word keeps its
    // scope (某镇全镇…).
    Case(
      text: "6月2日，区政府召开第一季度全区经济运行分析会。",
      expected: ["第一季度全区经济运行分析会 : Meeting"]),
    Case(
      text: "会议要求，要贯彻落实青石镇全镇工作会议精神。",
      expected: ["青石镇全镇工作会议 : Meeting"]),
    // A meeting held, not spoken of, keeps what goes before its level (a county no list knows).
    Case(
      text: "3月1日，青山县政协第七届第二次会议召开。",
      expected: ["青山县政协第七届第二次会议 : Meeting"]),
  ]

  @Test("a meeting's name begins at its level", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
