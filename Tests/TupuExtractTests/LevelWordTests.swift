import Testing

/// Round 10: level words that name no division. Invented names throughout.
@Suite("Level words that name no division")
struct LevelWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 中央省市: the centre and the levels below it, no province 中央省.
    Case(
      text: "青石县要深入贯彻落实中央省市会议精神。",
      expected: ["青石县 : District"],
      absent: ["中央省 : City"]),
    // A town's urban area is no district; a district the country's list has stays.
    Case(
      text: "青石镇位于黄州城区东南部。",
      expected: ["青石镇 : Street"],
      absent: ["黄州城区 : District"]),
    Case(
      text: "满城区委书记张青出席。",
      expected: ["满城区 : District", "张青 affiliated-with 满城区"]),
    // 驻镇帮镇扶村: a scheme's name, no town 镇帮镇.
    Case(
      text: "青石区驻青山市青溪镇驻镇帮镇扶村工作队到村调研。",
      expected: ["青溪镇 : Street"],
      absent: ["镇帮镇 : Street"]),
  ]

  @Test("level words that name no division", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
