import Testing

/// Works and buildings named after an institution or a firm they begin with: a library's new or
/// main building (某县图书馆新馆) is a Place apart from the library, a body; a school's or firm's
/// work named by what it betters (某中学办学条件改善项目, 某公司产品结构优化提升项目) is one Project.
/// Invented names.
@Suite("Works and buildings named after a body")
struct WorkSiteNamesRound22Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A library's new building opens: the building is a Place in its county.
    Case(
      text: "11月2日,书香满城的青石县图书馆新馆正式开放。",
      expected: ["青石县图书馆新馆 : Place"],
      absent: ["青石县图书馆 : Organization"]),
    // A culture hall's main building.
    Case(
      text: "翠屏区文化馆总馆经过半年的试运行,正式面向市民开放。",
      expected: ["翠屏区文化馆总馆 : Place"],
      absent: []),
    // The library alone stays a body.
    Case(
      text: "青石县图书馆馆长张三丰介绍了馆藏情况。",
      expected: ["青石县图书馆 : Organization"],
      absent: ["青石县图书馆 : Place"]),
    // A school's work named by what it betters.
    Case(
      text: "青禾公司向青石县白鹭中学捐赠20万元,用于支持青石县白鹭中学办学条件改善项目。",
      expected: ["青石县白鹭中学办学条件改善项目 : Project"],
      absent: []),
    // A firm's work named by what it betters, in a list of works.
    Case(
      text: "县长张三丰先后调研了翠屏石化公司产品结构优化提升项目、白鹭新城安置房项目。",
      expected: ["翠屏石化公司产品结构优化提升项目 : Project"],
      absent: ["翠屏石化公司 : Organization"]),
    // A school that carries out a work (a verb between) names none.
    Case(
      text: "青石县白鹭中学开展读书提升项目。",
      expected: [],
      absent: ["青石县白鹭中学开展读书提升项目 : Project"]),
  ]

  @Test("a work or building named after a body", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
