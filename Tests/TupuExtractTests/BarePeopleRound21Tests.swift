import Testing

/// People in round 21 (causes counted across read-f18, read-g21, read-f17 and the development
/// part), each with invented names: names listed with no post before 出席 or 列席 are Persons
/// (the Official or Person ruling: an Official is a named holder of a post in the text); a
/// credit's letter-spaced name and a credit label written with ︱ are read.
@Suite("People, round 21")
struct BarePeopleRound21Tests {
  typealias Case = ReadingCase

  static let postlessLists: [Case] = [
    // No post, no leaders' word: persons, whichever the verb (as 等出席 and 参加 were).
    Case(
      text: "8月2日，青石县委召开全体会议。马立群、甘晓东、邝一鸣出席会议并在主席台就座。",
      expected: ["马立群 : Person", "甘晓东 : Person", "邝一鸣 : Person"],
      absent: ["马立群 : Official", "甘晓东 : Official"]),
    Case(
      text: "8月2日，青石县召开经济工作会议。马立群、甘晓东列席会议。",
      expected: ["马立群 : Person", "甘晓东 : Person"],
      absent: ["马立群 : Official"]),
    // A name the article gives a post elsewhere is an Official; the others stay persons.
    Case(
      text: "8月2日，青石县委召开全体会议。马立群、甘晓东、邝一鸣出席会议。县委书记马立群讲话。",
      expected: ["马立群 : Official", "马立群 title 县委书记", "甘晓东 : Person", "邝一鸣 : Person"],
      absent: ["甘晓东 : Official"]),
    // Led by the leaders' word: officials still.
    Case(
      text: "8月2日，青石县召开经济工作会议。县领导马立群、甘晓东出席会议。",
      expected: ["马立群 : Official", "甘晓东 : Official"]),
  ]

  @Test("names listed with no post before 出席 or 列席 are Persons", arguments: postlessLists)
  func postlessList(_ example: Case) throws { try example.check() }

  static let credits: [Case] = [
    // (程 某): a two-character name letter-spaced in a byline at the story's end.
    Case(
      text: "青石县召开项目推进会。会议强调，要抓好项目建设。   (汤 雯)",
      expected: ["汤雯 : Person"],
      absent: ["汤 : Person", "雯 : Person"]),
    Case(
      text: "青石县召开项目推进会。会议强调，要抓好项目建设。(邝一鸣 汤 雯)",
      expected: ["邝一鸣 : Person", "汤雯 : Person"]),
    // 编辑︱某某: a credit's label, the vertical bar a page writes, then the name.
    Case(
      text: "编辑︱邝一鸣",
      expected: ["邝一鸣 : Person"]),
  ]

  @Test("credit lines: a letter-spaced name, 编辑︱", arguments: credits)
  func credit(_ example: Case) throws { try example.check() }
}
