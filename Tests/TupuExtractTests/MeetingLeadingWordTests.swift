import Testing

/// A common verb, adverb, preposition or conjunction written right before a meeting's name (the
/// shared leading-word list of Ontology/lexicon/words.tupu) is no part of it (the meeting reader,
/// SentenceReader+Meetings); when too little is left after it, nothing is named.
/// Invented names.
@Suite("Common words before a meeting's name")
struct MeetingLeadingWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 然后 begins the clause, not the session's name.
    Case(
      text: "青石镇召开安全生产工作会议。\n\n然后青石镇第三届人民代表大会第二次会议在镇政府召开。",
      expected: ["青石镇第三届人民代表大会第二次会议 : Meeting"],
      absent: ["然后青石镇第三届人民代表大会第二次会议 : Meeting"]),
    // After the word only a bare kind word is left: no meeting is named.
    Case(
      text: "青石镇召开安全生产工作会议。\n\n会上，继续工作会议在镇政府召开。",
      expected: [],
      absent: ["继续工作会议 : Meeting", "工作会议 : Meeting"]),
    Case(
      text: "会上，然后座谈会在镇政府召开。",
      expected: [],
      absent: ["然后座谈会 : Meeting", "座谈会 : Meeting"]),
    // 首都 is a noun that begins names: the event keeps it.
    Case(
      text: "青石镇召开安全生产工作会议。\n\n会上，首都青年志愿服务活动在青石广场举行。",
      expected: ["首都青年志愿服务活动 : Meeting"],
      absent: ["青年志愿服务活动 : Meeting"]),
  ]

  @Test("common words stay out of meetings' names", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
