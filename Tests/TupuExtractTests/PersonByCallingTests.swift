import Testing

/// Round 22: people introduced by their calling, with no post (the Official or Person ruling): a
/// grower or keeper met on a visit (与种植户某某亲切交流), an expert of a panel (专家库专家某某), the
/// owner of a shop or clinic (某诊所业主某某). 亲切 after a three-character name is no character of
/// it. The words alone, for a crowd or before a common word, name no one. Invented names throughout.
@Suite("People introduced by their calling")
struct PersonByCallingTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "他还走进蔬菜大棚，与种植户麦春林亲切交流，了解销售情况。",
      expected: ["麦春林 : Person"],
      absent: ["麦春 : Person"]),
    Case(
      text: "养殖户柯海平介绍了今年的收成。",
      expected: ["柯海平 : Person"]),
    Case(
      text: "会上，自治区规划专家库专家龚文海等专家组成员听取了汇报。",
      expected: ["龚文海 : Person"]),
    Case(
      text: "村里的百草堂诊所业主卢青松也捐了款。",
      expected: ["卢青松 : Person"]),
    // A post's holder met the same way stays an Official.
    Case(
      text: "县委书记麦春林亲切慰问了老党员。",
      expected: ["麦春林 : Official", "麦春林 title 县委书记"],
      absent: ["麦春林 : Person"]),
    // Crowds and common words after the calling: no name.
    Case(
      text: "各位专家组成员和广大种植户参加培训，业主单位负责人发言。",
      expected: [],
      absent: ["组成 : Person", "参加 : Person", "单位 : Person"]),
  ]

  @Test("people introduced by their calling", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
