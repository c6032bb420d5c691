import Testing

/// What a place is known as — 侨乡 (the home of emigrants), 长寿乡 (a land of long life), 苗乡 (a
/// Miao homeland) — is a title, not a township's name, though it ends in 乡: 福建著名侨乡, 某县是世界
/// 长寿乡, 某某苗乡 name no Street. A township's own name (某某苗族乡) is read as before. Invented
/// names.
@Suite("A place's title is no township")
struct PlaceTitleTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "开幕式在福建著名侨乡星河县举行。",
      expected: ["福建 : City"],
      absent: ["著名侨乡 : Street", "著名侨乡 located-in 福建"]),
    Case(
      text: "张三明指出,青禾县是世界长寿乡,要打响长寿品牌。",
      expected: ["青禾县 : District"],
      absent: ["世界长寿乡 : Street"]),
    Case(
      text: "图为张三明一行在青山苗乡调研。",
      expected: [],
      absent: ["青山苗乡 : Street"]),
    Case(
      text: "来源:星河侨乡报",
      expected: [],
      absent: ["星河侨乡 : Street"]),
    // A township named in full stays.
    Case(
      text: "张三明来到青山苗族乡星河村调研。",
      expected: ["青山苗族乡 : Street", "星河村 located-in 青山苗族乡"]),
  ]

  @Test("a title ending in 乡 names no township", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
