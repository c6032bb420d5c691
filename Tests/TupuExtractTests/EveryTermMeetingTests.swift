import Testing

/// A name that takes in every session or term (某届历次全会, 历届某常委会) names no one meeting; the
/// congress named beside it still does. Invented wording throughout.
@Suite("Meetings of every term")
struct EveryTermMeetingTests {
  typealias Case = ReadingCase

  static let collectives: [Case] = [
    Case(
      text: "全镇上下要深入贯彻党的二十大和二十届历次全会精神。",
      expected: ["党的二十大 : Meeting"],
      absent: ["二十届历次全会 : Meeting"]),
    Case(
      text: "在主席台就座的还有主席团其他成员,以及历届人大常委会主要领导。",
      expected: [],
      absent: ["历届人大常委会 : Meeting"]),
    Case(
      text: "青禾县十七届人大常委会第五次会议审议通过了有关报告。",
      expected: ["青禾县十七届人大常委会第五次会议 : Meeting"]),
  ]

  @Test("历次 and 历届 in a meeting's name make it no meeting", arguments: collectives)
  func collective(_ example: Case) throws { try example.check() }
}
