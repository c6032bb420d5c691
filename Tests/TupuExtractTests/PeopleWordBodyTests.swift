import Testing

/// A word for people (退役军人, 老党员) is a role before a name (退役军人张三明), but written
/// straight on into a body's kind word (退役军人事务局) it names the field the body serves: the
/// body's name takes it in, with the place before it. Invented names.
@Suite("A word for people inside a body's name")
struct PeopleWordBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青禾县退役军人事务局局长张明远出席仪式。",
      expected: [
        "青禾县退役军人事务局 : Organization", "张明远 affiliated-with 青禾县退役军人事务局",
        "张明远 title 局长",
      ],
      absent: ["事务局 : Organization"]),
    Case(
      text: "借用青禾县税务局、青禾县退役军人事务局等单位办公场所。",
      expected: ["青禾县税务局 : Organization", "青禾县退役军人事务局 : Organization"],
      absent: ["事务局 : Organization"]),
    // Before a name the word is still a role, and the name a Person.
    Case(
      text: "镇干部看望了退役军人张三明。",
      expected: ["张三明 : Person"]),
  ]

  @Test("a body's name keeps the word for the people it serves", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
