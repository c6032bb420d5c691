import Testing

/// A library's or museum's new building (某县图书馆新馆) or its main or branch hall at a site
/// (某县图书馆某街总馆): a building that opens or stands, so a Place in the place its name begins
/// with; the institution alone stays an Organization. Invented names.
@Suite("New buildings of halls as places")
struct NewBuildingPlaceTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "3月8日上午，青禾县图书馆新馆正式开馆，市民排队入馆。",
      expected: ["青禾县图书馆新馆 : Place", "青禾县图书馆新馆 located-in 青禾县"],
      absent: ["青禾县图书馆 : Organization"]),
    Case(
      text: "柳岸区博物馆新馆位于柳岸区文化艺术中心一至三层，建筑面积8000平方米。",
      expected: ["柳岸区博物馆新馆 : Place", "柳岸区博物馆新馆 located-in 柳岸区文化艺术中心"]),
    Case(
      text: "7月2日，湖西省安平市石门县图书馆滨江总馆举行开馆仪式。",
      expected: ["石门县图书馆滨江总馆 : Place", "石门县图书馆滨江总馆 located-in 石门县"],
      absent: ["石门县 convenes 开馆仪式"]),
    // Named without its place, the new building is the kind's.
    Case(
      text: "我县高规格建设图书馆新馆。",
      expected: [],
      absent: ["高规格建设图书馆新馆 : Place"]),
    // The institution written alone is a body, not a building.
    Case(
      text: "青禾县图书馆馆长李大山介绍了馆藏情况。",
      expected: ["青禾县图书馆 : Organization"],
      absent: ["青禾县图书馆 : Place"]),
    // The system of a main hall and its branches is no building.
    Case(
      text: "石门县全面推进石门县图书馆总分馆制建设。",
      expected: [],
      absent: ["石门县图书馆总分馆 : Place"]),
    // A joiner before 总馆 names no site.
    Case(
      text: "石门县图书馆和总馆之间开通了通借通还服务。",
      expected: [],
      absent: ["石门县图书馆和总馆 : Place"]),
  ]

  @Test("a hall's new building is a place", arguments: cases)
  func newBuilding(_ example: Case) throws { try example.check() }
}
