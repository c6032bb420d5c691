import Testing

/// The yearly national sessions are named by their scope (全国两会, 2026年全国两会), as the party's
/// congresses by their short form (二十大); a county's 两会 in quotes is a kind word. A verb before
/// the name (推动某会议精神落地) is no part of it. Invented places.
@Suite("National sessions named by their scope")
struct MeetingNationalSessionsTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "3月20日，青石县召开县委常委会会议，传达学习全国两会精神。",
      expected: ["全国两会 : Meeting"]),
    Case(
      text: "会议指出，2026年全国两会是在关键之年召开的一次重要会议。",
      expected: ["2026年全国两会 : Meeting"]),
    Case(
      text: "要推动全国两会精神在青石县落地落实。",
      expected: ["全国两会 : Meeting"],
      absent: ["推动全国两会 : Meeting"]),
    Case(
      text: "3月20日，青石县召开县委常委会会议，结合县“两会”各项要求，安排部署重点工作。",
      expected: [],
      absent: ["县“两会” : Meeting", "两会 : Meeting"]),
  ]

  @Test("全国两会 names the national sessions; a county's quoted 两会 names nothing", arguments: cases)
  func nationalSessions(_ example: Case) throws { try example.check() }
}
