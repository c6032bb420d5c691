import Testing

/// The zones ruling read by a list's frame: a park or base its suffix reads as a work (某产业园,
/// 某产业基地) is a zone that stands when the list's closer calls its items places (等地, 等处)
/// and the sentence tours no works; the same park in a list of works (等项目现场, 项目建设进度)
/// stays a Project. Invented names.
@Suite("Parks and bases by their list's frame")
struct ZoneFrameRound20Tests {
  typealias Case = ReadingCase

  static let placeCases: [Case] = [
    Case(
      text: "考察团先后前往青禾镇松岭茶叶产业园、柳塘镇香菇产业基地、白石镇云溪生态旅游区等地实地调研，听取相关情况介绍。",
      expected: [
        "青禾镇松岭茶叶产业园 : Place", "青禾镇松岭茶叶产业园 located-in 青禾镇",
        "柳塘镇香菇产业基地 : Place", "柳塘镇香菇产业基地 located-in 柳塘镇",
      ],
      absent: [
        "青禾镇松岭茶叶产业园 : Project", "柳塘镇香菇产业基地 : Project",
        "白石镇云溪生态旅游区 : Project",
      ]),
    Case(
      text: "调研组一行先后到江北智谷产业园、标准化厂房建设项目、青松机械项目等地进行实地督查。",
      expected: ["江北智谷产业园 : Place", "青松机械项目 : Project"],
      absent: ["江北智谷产业园 : Project"]),
  ]

  static let workCases: [Case] = [
    // The sentence tours works: the park is one of them.
    Case(
      text: "县长甲某先后到江北智谷产业园、柳河大道等地，实地察看项目建设进度。",
      expected: ["江北智谷产业园 : Project"], absent: ["江北智谷产业园 : Place"]),
    Case(
      text: "乙某察看了松岭健康产业园、青溪激光产业园等项目建设现场。",
      expected: ["松岭健康产业园 : Project", "青溪激光产业园 : Project"],
      absent: ["松岭健康产业园 : Place"]),
  ]

  @Test("a park in a list of places stands", arguments: placeCases)
  func parksOfPlaces(_ example: Case) throws {
    try example.check()
  }

  @Test("a park in a list of works is a work", arguments: workCases)
  func parksOfWorks(_ example: Case) throws {
    try example.check()
  }
}
