import Testing

/// Short names a count of their level closes without 等 (甲、乙、丙三个村, 甲、乙、丙、丁四镇人大
/// 主席): each item is a place of that level, named with it (甲村); the count is no part of the
/// last one's name; a division written before the first name holds them all. Items that carry
/// their level already, or a count that is not theirs, change nothing. The count may be written in
/// digits (甲、乙、丙3个社区). Invented names.
@Suite("Short divisions a count closes")
struct CountedShortDivisionTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "王大成走访了石岭、青木、白沙三个村。",
      expected: ["石岭村 : Community", "青木村 : Community", "白沙村 : Community"]),
    Case(
      text: "经区政府批准，凤鸣街道设立锦石、柳岸、桃溪、梅坡四个社区。",
      expected: ["锦石社区 : Community", "梅坡社区 : Community"]),
    Case(
      text: "县财政局负责人,石岭、青木、白沙、鹤鸣四镇人大主席及人大机关全体工作人员列席会议。",
      expected: ["石岭镇 : Street", "青木镇 : Street", "白沙镇 : Street", "鹤鸣镇 : Street"],
      absent: ["鹤鸣四镇 : Street", "鹤鸣四镇人大 : Organization"]),
    Case(
      text: "涉及石岭、青木两个乡镇的群众搬迁工作。",
      // 乡镇 names two levels: the names stay as written.
      expected: ["石岭 : Street", "青木 : Street"]),
    // A division written before the first name holds every item; it is no part of that name.
    Case(
      text: "王大成走访了石门镇石岭、青木、白沙三个村。",
      expected: [
        "石门镇 : Street", "石岭村 : Community", "石岭村 located-in 石门镇", "白沙村 located-in 石门镇",
      ],
      absent: ["石门镇石岭 : Community"]),
    Case(
      text: "岭北镇石岭、青木两村党总支开展活动。",
      expected: ["石岭村 : Community", "青木村 located-in 岭北镇"],
      absent: ["青木两村 : Community"]),
    // The count as news writes it, in digits (ASCII or full width), with or without what the
    // places have after it (4个社区党群服务中心: each community's own hall).
    Case(
      text: "青禾街道改造了黄岭、向山、东坪、英湾4个社区党群服务中心。",
      expected: [
        "黄岭社区 : Community", "向山社区 : Community", "东坪社区 : Community",
        "英湾社区 : Community",
      ],
      absent: ["英湾4个社区 : Community"]),
    Case(
      text: "青禾街道整合了友岭、南坪、育山３个社区的办公场所。",
      expected: ["友岭社区 : Community", "南坪社区 : Community", "育山社区 : Community"]),
    // A short name ending in another level's word (街) is still of the counted level.
    Case(
      text: "青禾街道整合了友岭、南街、育山3个社区的办公场所。",
      expected: ["友岭社区 : Community", "南街社区 : Community", "育山社区 : Community"],
      absent: ["南街 : Street"]),
    Case(
      text: "王大成走访了石岭、青木、白沙3个村。",
      expected: ["石岭村 : Community", "青木村 : Community", "白沙村 : Community"]),
    // A count in digits that is not the list's counts nothing.
    Case(
      text: "石岭、青木、白沙12个村的群众参加。",
      expected: [],
      absent: ["石岭村 : Community", "白沙村 : Community"]),
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
