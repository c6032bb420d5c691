import Testing

/// The items of a list that 等 closes with a word for the parts of a building (部位, 厅室, 功能室,
/// 功能区, a counted 区域) are its rooms and areas, no body, work or place of their own; divisions
/// and a bare 等区域 after sites stay. Invented names throughout.
@Suite("Parts of a building in lists")
struct BuildingPartTests {
  typealias Case = ReadingCase

  static let parts: [Case] = [
    Case(
      text: "该中心建筑面积共800余平方米,内设青禾电商产业园、多功能厅、棋牌等多个厅室。",
      expected: [],
      absent: ["青禾电商产业园 : Project"]),
    Case(
      text: "在实地查看派出所视频监控室、民警办公室、办案区等部位后,他给予肯定。",
      expected: [],
      absent: ["民警办公室 : Organization"]),
    Case(
      text: "该馆分为少儿图书馆、青梧故事屋、数字体验区等10余个区域。",
      expected: [],
      absent: ["少儿图书馆 : Organization"]),
  ]

  @Test("the items of a list of a building's parts are no entities", arguments: parts)
  func part(_ example: Case) throws { try example.check() }

  static let sites: [Case] = [
    Case(
      text: "调研组查看了柳溪镇、青禾镇等区域的防汛工作。",
      expected: ["柳溪镇 : Street", "青禾镇 : Street"]),
    Case(
      text: "他先后察看了青柳科技产业园、东岚食品公司等区域。",
      expected: ["东岚食品公司 : Organization"]),
  ]

  @Test("divisions and sites before a bare 等区域 stay", arguments: sites)
  func site(_ example: Case) throws { try example.check() }
}
