import Testing

/// Name heads mined from the whole read pool (round 8): heads that recur in at least four
/// articles of at least two read sets and mostly name one class. Invented names only.
@Suite("Name heads that recur across the read pool")
struct NameHeadTests {
  typealias Case = ReadingCase

  /// 某某办事处 without 街道 is a street office, the street-level division; a liaison office in
  /// the capital is none, and 办事处主任 with no name before it still serves the street named.
  static let streetOffices: [Case] = [
    Case(
      text: "区长带队前往青禾办事处和柳塘办事处调研春耕生产。",
      expected: ["青禾办事处 : Street", "柳塘办事处 : Street"]),
    Case(
      text: "兰溪街道党工委书记王青禾、办事处主任李柳塘介绍了帮扶企业的做法。",
      expected: ["李柳塘 affiliated-with 兰溪街道"]),
    Case(
      text: "我市驻京办事处负责人参加会议。",
      expected: [],
      absent: ["驻京办事处 : Street"]),
  ]

  @Test("a street office named before 办事处 is a street", arguments: streetOffices)
  func streetOffice(_ example: Case) throws { try example.check() }
}
