import Testing

/// 本届, 该届, 上届 (a pointer with the counter of editions) before an event's kind word name no
/// event (meeting-generic in Ontology/lexicon/words.tupu), as 本次 and 本场 do not; a first or
/// numbered edition (首届, 第八届) still names one. Invented names.
@Suite("A pointer to an edition names no event")
struct MeetingEditionPointerTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "5月8日，青石县第八届运动会隆重开幕。\n\n李四海指出，成功举办本届运动会对于推动全民健身具有重要意义。",
      expected: ["青石县第八届运动会 : Meeting"],
      absent: ["本届运动会 : Meeting"]),
    Case(
      text: "近日，青石区第二届技能大赛闭幕式在青石街道文化中心举行。本届大赛共设四个项目。",
      expected: ["青石区第二届技能大赛闭幕式 : Meeting"],
      absent: ["本届大赛 : Meeting"]),
  ]

  @Test("an edition's pointer names no event", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
