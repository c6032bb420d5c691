import Testing

/// Round 24: a body whose kind word we do not know, written with its place or level right before
/// its head's post (某区某某项目办副主任某某, 省某某厅副厅长某某, 某区某某服务中心主任某某), is the
/// post's unit: a place or a level word after a boundary, two characters of its own or more, and
/// an organ's final word. An office written with its level alone (区某某办) stays unread, as in
/// lists; words with 各/有关 or a verb inside name no body. Invented names.
@Suite("Unknown bodies before a post")
struct UnknownBodyBeforePostTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾区委常委甲某某,青禾区湖治督查办副主任林大涛等出席会议。",
      expected: ["青禾区湖治督查办 : Organization", "林大涛 affiliated-with 青禾区湖治督查办"]),
    Case(
      text: "香江市副市长周明远、省林草厅副厅长王晓峰出席揭牌仪式。",
      expected: ["省林草厅 : Organization", "王晓峰 affiliated-with 省林草厅"]),
    Case(
      text: "青禾区禾苗扶助中心主任林大涛介绍了情况。",
      expected: ["青禾区禾苗扶助中心 : Organization", "林大涛 affiliated-with 青禾区禾苗扶助中心"]),
    // An office written with its level alone; words saying "related" or holding a verb.
    Case(
      text: "会上,区湖治办副主任林大涛介绍了项目情况。",
      expected: [],
      absent: ["区湖治办 : Organization"]),
    Case(
      text: "会上,青禾区各有关委主任作了表态发言。",
      expected: [],
      absent: ["青禾区各有关委 : Organization"]),
  ]

  @Test("unknown bodies before a post", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
