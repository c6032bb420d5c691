import Testing

/// Who gives and who receives in donation news (round 10), each with invented names: a giver
/// sought in an earlier clause reaches only the clause before or the sentence's subject, never a
/// fund that only passes the gift on; a person who 代表 a body gives in its name; a cue that
/// begins a body's or a post's name gives nothing.
@Suite("Gift givers")
struct GiftGiverTests {
  typealias Case = ReadingCase

  static let earlierGivers: [Case] = [
    // 由某公司通过某慈善总会，向某小学捐款: the fund only passes the gift on (Rulings: sponsors).
    Case(
      text: "此次活动由明川电子有限公司通过市慈善总会，向青禾中心小学捐款10万元。",
      expected: ["明川电子有限公司 sponsors 青禾中心小学"],
      absent: ["市慈善总会 sponsors 青禾中心小学"]),
    // A mayor who spoke clauses before is not the one who gives.
    Case(
      text: "捐赠仪式由柳荫镇党委委员王大明主持，柳荫镇镇长李二河致欢迎词，李镇长希望更多人加入助学队伍，周先生引为己任，为青禾中心小学捐助价值20万元的书柜。",
      expected: ["李二河 : Official"],
      absent: ["李二河 sponsors 青禾中心小学", "王大明 sponsors 青禾中心小学"]),
    // The sentence's subject goes on through its clauses.
    Case(
      text: "明川电子有限公司一行来到柳荫村，看望慰问困难群众，并向柳荫村捐赠大米200袋。",
      expected: ["明川电子有限公司 sponsors 柳荫村"]),
  ]

  static let representatives: [Case] = [
    // 副会长某某代表某商会向…捐款: the chamber gives, not its vice-chairman.
    Case(
      text: "近日，青禾商会会长张大山，副会长李二河代表青禾商会向柳荫县红十字会捐款10万元。",
      expected: ["青禾商会 sponsors 柳荫县红十字会"],
      absent: ["李二河 sponsors 柳荫县红十字会"])
  ]

  static let namesOfBodies: [Case] = [
    // 县教育局资助中心主任: 资助 begins a body's name, no gift to the school named after it.
    Case(
      text: "柳荫县教育局资助中心主任王大明、青禾镇中心学校校长李二河出席仪式。",
      expected: ["王大明 : Official"],
      absent: ["柳荫县教育局 sponsors 青禾镇中心学校"])
  ]

  @Test("a giver in an earlier clause: the clause before or the subject, no fund", arguments: earlierGivers)
  func earlierGiver(_ example: Case) throws { try example.check() }

  @Test("a person who 代表 a body gives in its name", arguments: representatives)
  func representative(_ example: Case) throws { try example.check() }

  @Test("a cue that begins a body's name gives nothing", arguments: namesOfBodies)
  func nameOfBody(_ example: Case) throws { try example.check() }
}
