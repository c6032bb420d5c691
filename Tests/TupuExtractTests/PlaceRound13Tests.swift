import Testing

/// Places at the head of a work's or facility's name (round 13; Rulings: places inside names).
/// Names are invented.
@Suite("Reading places at the head of names, round 13")
struct PlaceRound13Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A zone written in full before a work of its own is an entity too, and holds the work.
    Case(
      text: "县委书记张三丰来到青石产业园区玉米加工项目建设现场，实地查看项目进度。",
      expected: [
        "青石产业园区 : Place", "青石产业园区玉米加工项目 : Project",
        "青石产业园区玉米加工项目 located-in 青石产业园区",
      ]),
    // So is an estate before a facility in it.
    Case(
      text: "张三丰先后参观了白泉小区居民议事厅、松林公园等点位。",
      expected: [
        "白泉小区 : Place", "白泉小区居民议事厅 : Place", "白泉小区居民议事厅 located-in 白泉小区",
      ]),
    // A park or zone named before what is done to it alone (改造, 扩建工程, 项目) is the work
    // itself, no container of it.
    Case(
      text: "张三丰调研了青石湖公园提升改造项目和白泉工业园区扩建工程。",
      expected: ["青石湖公园提升改造项目 : Project", "白泉工业园区扩建工程 : Project"],
      absent: ["青石湖公园 : Place", "白泉工业园区 : Place"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
