import Testing

/// 村(社区), 乡(镇), 村(居): a level word with another level in brackets after it means every
/// village and community, every township and town; the words read before it with it (配优配强村,
/// 划分乡, a town's name and 村) name no division. Invented names.
@Suite("Level words with another level in brackets")
struct EveryKindOfDivisionTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "要严格人选标准、提高人选质量,配优配强村(社区)“两委”班子。",
      expected: [],
      absent: ["配优配强村 : Community"]),
    Case(
      text: "“三级网格”是以乡(镇)办为单元,划分乡(镇)办、村(社区)和村组三级网格。",
      expected: [],
      absent: ["划分乡 : Street"]),
    Case(
      text: "刘学明带领镇领导班子成员到农村实地考察,深入了解白沙村(社区)经济社会建设情况。",
      expected: [],
      absent: ["白沙村 : Community"]),
    // A village named before its own committee or a bracketed note of another kind stays.
    Case(
      text: "张三明来到青禾镇白沙村调研。",
      expected: ["白沙村 : Community"]),
  ]

  @Test("a level with another in brackets is every one of them", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
