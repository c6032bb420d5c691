import Testing

/// A place's federation or public society written bare after another post of one holder
/// (某市政协副主席、工商联主席某某; 某县副县长、慈善总会名誉会长某某) is that place's (某市工商联,
/// 某县慈善总会), as a chain's 工会 is its firm's: not a body named by its kind word alone. Invented
/// names.
@Suite("A place's federation written bare in a chain of posts")
struct PlaceSocietyInPostChainTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "白沙市政协副主席、工商联主席张三明出席签约仪式。",
      expected: ["张三明 affiliated-with 白沙市工商联", "白沙市工商联 : Organization"],
      absent: ["张三明 affiliated-with 工商联", "工商联 : Organization"]),
    Case(
      text: "青禾县副县长、慈善总会名誉会长李四海出席捐赠仪式。",
      expected: ["李四海 affiliated-with 青禾县慈善总会", "李四海 affiliated-with 青禾县"],
      absent: ["李四海 affiliated-with 慈善总会", "慈善总会 : Organization"]),
    Case(
      text: "白沙市委统战部副部长、市工商联党组书记王大成出席。",
      expected: ["王大成 affiliated-with 白沙市委统战部"],
      absent: ["王大成 affiliated-with 白沙市委统战部工商联"]),
  ]

  @Test("工商联, 慈善总会 bare after a place's post are that place's", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
