import Testing

/// Short names a count of their level closes without 等 (甲、乙、丙三个村, 甲、乙、丙、丁四镇人大
/// 主席): each item is a place of that level, named as written; the count is no part of the last
/// one's name. Items that carry their level already, or a count that is not theirs, change
/// nothing. Invented names.
@Suite("Short divisions a count closes")
struct CountedShortDivisionTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "王大成走访了石岭、青木、白沙三个村。",
      expected: ["石岭 : Community", "青木 : Community", "白沙 : Community"]),
    Case(
      text: "凤鸣街道新设的锦石、柳岸、桃溪、梅坡四个社区正式揭牌成立。",
      expected: ["锦石 : Community", "梅坡 : Community", "梅坡 located-in 凤鸣街道"]),
    Case(
      text: "县财政局负责人,石岭、青木、白沙、鹤鸣四镇人大主席及人大机关全体工作人员列席会议。",
      expected: ["石岭 : Street", "青木 : Street", "白沙 : Street", "鹤鸣 : Street"],
      absent: ["鹤鸣四镇 : Street", "鹤鸣四镇人大 : Organization"]),
    Case(
      text: "涉及石岭、青木两个乡镇的群众搬迁工作。",
      expected: ["石岭 : Street", "青木 : Street"]),
    // Items with their own level, or a count of other things, are read as before.
    Case(
      text: "王大成走访了石岭村、青木村两个村。",
      expected: ["石岭村 : Community", "青木村 : Community"],
      absent: ["石岭 : Community"]),
    Case(
      text: "石岭、青木、白沙两个村的群众参加。",
      expected: [],
      absent: ["石岭 : Community", "白沙 : Community"]),
  ]

  @Test("a count of the items' level names each short item a place of it", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
