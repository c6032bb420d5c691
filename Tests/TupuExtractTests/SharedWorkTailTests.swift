import Testing

/// A list's first item written bare (a short name, no entity of its own) right before a work
/// its suffix names shares that work's words: one work, named whole with the list comma. A first
/// item that names something of its own, or a longer list of bare names, keeps its reading.
/// Invented names.
@Suite("A bare first item shares the work's tail")
struct SharedWorkTailTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Two short place names over one work's words.
    Case(
      text: "在城南出口,盟长王大明详细了解青旗、翠市出入口改造项目。",
      expected: ["青旗、翠市出入口改造项目 : Project", "王大明 reviews 青旗、翠市出入口改造项目"],
      absent: ["翠市出入口改造项目 : Project", "青旗 : Project"]),
    // The first item of a longer visit list.
    Case(
      text: "督查组深入柳店、翟家庄城中村改造、青湖社区、翠屏中学等地督导项目建设。",
      expected: ["柳店、翟家庄城中村改造 : Project"],
      absent: ["柳店 : Project"]),
    // Names before a visit's verb are people, no work's.
    Case(
      text: "副县长赵小川、钱大江实地查看了青石镇小城镇建设。",
      expected: [],
      absent: ["赵小川、钱大江实地查看了青石镇小城镇建设 : Project"]),
    // A first item that is a work of its own stays one.
    Case(
      text: "县长王大明先后察看了青石水厂项目、翠屏路改造工程。",
      expected: ["青石水厂项目 : Project", "翠屏路改造工程 : Project"],
      absent: ["青石水厂项目、翠屏路改造工程 : Project"]),
    // A document's kind cut from running words (实施方案) is no first item.
    Case(
      text: "会议研究审议了青石水库扩建工程实施方案、白沙大桥建设项目等事项。",
      expected: ["白沙大桥建设项目 : Project"],
      absent: ["方案、白沙大桥建设项目 : Project"]),
  ]

  @Test("a bare first item joins the work after it", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
