import Testing

/// An adverb and its verb right before a campaign's quoted slogan (全力推进“某某”活动, 首次启动“某某”
/// 义诊活动) open the clause that speaks of the event; the event's name begins at the quote.
/// Invented slogans and names.
@Suite("An adverb and verb before a quoted slogan are no part of the event's name")
struct MeetingSloganClauseTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "会上要求，全力推进“三清两改”活动深入开展。",
      expected: ["“三清两改”活动 : Meeting"],
      absent: ["全力推进“三清两改”活动 : Meeting"]),
    Case(
      text: "为丰富党史学习教育内容，扎实推进“邻里帮帮团”实践活动。",
      expected: ["“邻里帮帮团”实践活动 : Meeting"],
      absent: ["扎实推进“邻里帮帮团”实践活动 : Meeting"]),
    Case(
      text: "某某委于5月3日首次启动“健康送万家”大型义诊活动。",
      expected: ["“健康送万家”大型义诊活动 : Meeting"],
      absent: ["首次启动“健康送万家”大型义诊活动 : Meeting"]),
    Case(
      text: "白石镇召开“三清两改”活动推进会。",
      expected: ["“三清两改”活动推进会 : Meeting"]),
  ]

  @Test("the name begins at the quote", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
