import Testing

/// A list closed by a kind of work (三个农村饮水安全工程项目区, 等棚户区改造项目现场) lists the
/// places those works are done at, no works by name; a list closed by how weighty or new its works
/// are (等重点项目, 等5个新建项目) lists works, and an item that names a work of its own stays one.
/// Invented names.
@Suite("Lists closed by a kind of work")
struct KindOfWorkListRound19Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Project areas of a rural programme, named by their places.
    Case(
      text: "9月2日，副县长周立新一行前往青禾、石岭及白沙三个农村饮水安全工程项目区，督查工程进展情况。",
      expected: ["周立新 : Official"],
      absent: ["青禾 : Project", "石岭 : Project", "白沙 : Project"]),
    // Works listed as weighty ones stay works.
    Case(
      text: "县委书记吴启明实地察看了青禾产业园、翠湖新城等重点项目。",
      expected: ["青禾产业园 : Project", "翠湖新城 : Project"]),
    // Works listed as new ones, counted, stay works.
    Case(
      text: "县长吴启明先后察看了青禾中学、翠湖医院等5个新建项目。",
      expected: ["青禾中学 : Project", "翠湖医院 : Project"]),
    // An item that names its own work stays one, whatever the kind after the list.
    Case(
      text: "县委书记吴启明察看了青禾片区改造、石岭片区改造等棚户区改造项目。",
      expected: ["青禾片区改造 : Project", "石岭片区改造 : Project"]),
  ]

  @Test("a kind of work after a list names no work of its items", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
