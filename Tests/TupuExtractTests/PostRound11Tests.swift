import Testing

/// Posts every place has, as general knowledge of the genre (round 11): the armed forces
/// department's commissar, and roles written after a town's or community's own leader post.
/// Invented names.
@Suite("Reading posts of towns, villages and armed forces departments")
struct PostRound11Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 人武部政委: the department's political commissar, a post like its 部长.
    Case(
      text: "青山县召开党管武装工作会议。县委常委、县人武部政委卫明远出席会议。",
      expected: ["卫明远 title 县委常委", "卫明远 title 政委", "卫明远 affiliated-with 青山县人武部"]),
  ]

  @Test("posts of towns, villages and armed forces departments", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
