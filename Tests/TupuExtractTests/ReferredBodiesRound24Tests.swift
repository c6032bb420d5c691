import Testing

/// Round 24 (t11): a body or firm written with only a referring or generic word before its kind
/// word (上述基金会, 上级党委, 兄弟县市图书馆, 县内商协会) is one the story points at, none by name.
/// Invented names throughout.
@Suite("No body named by a referring or generic word")
struct ReferredBodiesRound24Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "该项目由青石县慈善总会、云岭社会救助基金会共同发起，所需物资均由上述基金会统一采购。",
      expected: ["青石县慈善总会 : Organization", "云岭社会救助基金会 : Organization"],
      absent: ["上述基金会 : Organization"]),
    Case(
      text: "在上级党委、政府的领导下，青石县白沙镇党委各项工作顺利推进。",
      expected: ["白沙镇党委 : Organization"],
      absent: ["上级党委 : Organization"]),
    Case(
      text: "青石县图书馆馆长张云和兄弟县市图书馆有关负责同志参加会议。",
      expected: ["青石县图书馆 : Organization"],
      absent: ["兄弟县市图书馆 : Organization"]),
    // 商协会 is 商会 and 协会 written together: after a scope word alone it names none; after a
    // place it is that place's.
    Case(
      text: "李明向青石县各异地商会、县内商协会表示感谢。", expected: [],
      absent: ["县内商协会 : Organization", "县内商 : Organization"]),
    Case(
      text: "青石县商协会会长王林出席活动。",
      expected: ["青石县商协会 : Organization"]),
  ]

  @Test("a referring word names no body", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
