import Testing

/// Round 29 (pl3): a word that leads to a place — 至, 成, 来, 毗连, 勾画 (`place-lead`), or 建 after
/// 将 or 会 — written first in what a park's, museum's or scenic area's name swallowed, or after a
/// side (南侧至), is no part of the name: the name begins after it, and is none when only kind
/// words are left. Invented names.
@Suite("A verb or preposition before a place's name")
struct PlaceLeadTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "体育公园位于青禾干部学院南侧至青禾博物馆之间。",
      expected: ["青禾博物馆 : Place"],
      absent: ["南侧至青禾博物馆 : Place"]),
    Case(
      text: "森林公园位于城东,毗连白鹭湖风景区,总面积七百公顷。",
      expected: ["白鹭湖风景区 : Place"],
      absent: ["毗连白鹭湖风景区 : Place"]),
    Case(
      text: "该县将建翠峰山省级森林公园,总面积两千亩。",
      expected: ["翠峰山省级森林公园 : Place"],
      absent: ["建翠峰山省级森林公园 : Place"]),
    // Only kind words after the lead word: no place.
    Case(
      text: "这里会建文化公园,还将勾画生态开发区蓝图。",
      expected: [],
      absent: ["里会建文化公园 : Place", "勾画生态开发区 : Place", "生态开发区 : Place"]),
    Case(
      text: "古镇已发展成省内知名景区,游客络绎不绝。",
      expected: [],
      absent: ["成省内知名景区 : Place", "省内知名景区 : Place"]),
    // A place the gazetteer knows keeps the character it begins with.
    Case(
      text: "成都青禾公园正式开园。",
      expected: ["成都青禾公园 : Place"]),
  ]

  @Test("a lead word before a place's name is no part of it", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
