import Testing

/// Round 30 (br): a bridge that stands is a Place (the zones ruling), but 桥 ends common words
/// (桥梁, 牵线搭桥) and heads other names (某桥镇, 某桥水库), so a bridge's name is read only
/// right after a word a landmark is written after (毗邻, 起于, 止于, 起点为, 终点为) and closing
/// its clause. A bridge the 大桥 suffix reads as a work is a Place in that frame; one being
/// built stays a Project. Invented names.
@Suite("Bridges after a word a landmark is written after")
struct BridgeFrameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // The ends of a route.
    Case(
      text: "据了解,星河湿地公园项目起于青禾桥,止于某某红星桥,长约三公里。",
      expected: ["青禾桥 : Place", "某某红星桥 : Place"]),
    Case(
      text: "玉带河幸福河湖创建段起点为翠峰大桥,终点为白鹭湖,全长二十公里。",
      expected: ["翠峰大桥 : Place"],
      absent: ["翠峰大桥 : Project"]),
    // Beside a bridge.
    Case(
      text: "金禾村地处江边,毗邻青阳一桥,交通便利。",
      expected: ["青阳一桥 : Place"]),
    // A division before the bridge holds it.
    Case(
      text: "绿道起于金禾镇青禾桥,止于县城。",
      expected: ["青禾桥 : Place", "青禾桥 located-in 金禾镇"]),
    // A bridge being built stays a work.
    Case(
      text: "会议听取了青禾大桥建设项目推进情况汇报。",
      expected: [],
      absent: ["青禾大桥 : Place"]),
    // A road or a town named after a bridge, and common words, name no bridge.
    Case(
      text: "绿道起于青禾桥路,止于板桥镇政府。",
      expected: [],
      absent: ["青禾桥 : Place"]),
    Case(
      text: "镇党委牵线搭桥,充分发挥桥梁纽带作用,毗邻桥头的市场焕然一新。",
      expected: [],
      absent: ["牵线搭桥 : Place", "桥头 : Place"]),
  ]

  @Test("a bridge after a word a landmark is written after", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
