import Testing

/// Names parted only by spaces (round 16, helper h47): the repair removes the spaces of the
/// original text, but a space that parts two words (a run of two ideographs or more on one side)
/// still ends a name, so the names of a credit written one after another stay apart; a space
/// inside a name written to a fixed width (赵 顺) parts nothing. Invented names.
@Suite("Spaced names: a space of the original ends a name")
struct SpacedNamesRound16Tests {
  typealias Case = ReadingCase

  static let names: [Case] = [
    Case(
      text: "■本网记者 方青 肖远 格桑次珠 文/图",
      expected: ["方青 : Person", "肖远 : Person", "格桑次珠 : Person"],
      absent: ["方青肖 : Person"]),
    Case(
      text: "青石县召开会议。\n记者：武小卿 封明炜",
      expected: ["武小卿 : Person", "封明炜 : Person"],
      absent: ["武小 : Person"]),
    // A name written to a fixed width keeps its two characters.
    Case(
      text: "青石县召开会议。\n通讯员：赵 顺 王小明",
      expected: ["赵顺 : Person", "王小明 : Person"]),
    // The credit after the name is no character of it.
    Case(
      text: "（青石日报记者 柯帧 文/视频）3月1日，青石县召开会议。",
      expected: ["柯帧 : Person"],
      absent: ["柯帧文 : Person"]),
  ]

  @Test("names parted by spaces", arguments: names)
  func name(_ example: Case) throws { try example.check() }
}
