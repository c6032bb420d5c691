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
    // A zone the scanner read as a work (产业园 without 项目) stands when another work is named
    // after it; the longest work reading of the head (…主干道工程) is no zone.
    Case(
      text: "会议研究青石县农村公路水毁修复、红岭产业园北坡片区路网工程(一期)施工招标、成立白河文化发展有限公司等有关问题。先后深入白河公司和黄石工业园区主干道工程项目建设等地调研。",
      expected: [
        "红岭产业园 : Place", "红岭产业园北坡片区路网工程(一期) located-in 红岭产业园",
        "黄石工业园区 : Place", "黄石工业园区主干道工程项目 located-in 黄石工业园区",
      ],
      absent: ["红岭产业园 : Project"]),
    // A zone read as a work, with another work written right after it: the zone stands, named
    // with the county before it, and holds the work.
    Case(
      text: "张三丰一行还实地考察了青石县净土健康产业园高效温室大棚项目及青石县民族手工艺园。",
      expected: [
        "青石县净土健康产业园 : Place", "高效温室大棚项目 located-in 青石县净土健康产业园",
      ],
      absent: ["净土健康产业园 : Project"]),
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
