import Testing

/// Names listed after a colon whose clause says the list holds people (round 17, helper h57):
/// the rostrum's further seats (在主席台就座的还有：), a body's members (…成员有：), a record's
/// attendance (出席：), a role many hold (执行主席是：); notes in brackets after a name (（女）),
/// a list wrapped over a line, retired cadres (老同志) and leaders named by their rank's level
/// (等县处级领导). Invented names.
@Suite("Colon lists: names after a clause that says they are people")
struct ColonListsRound17Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Seats and members with no post said: persons.
    Case(
      text: "青山县人代会开幕。在主席台就座的还有：马立群、甘晓东、邝一鸣、罗文等。",
      expected: ["马立群 : Person", "甘晓东 : Person", "邝一鸣 : Person", "罗文 : Person"],
      absent: ["马立群 : Official"]),
    Case(
      text: "青山县人代会开幕。在主席台前排就座的大会主席团常务委员会成员有：马立群、甘晓东、邝一鸣。",
      expected: ["马立群 : Person", "甘晓东 : Person", "邝一鸣 : Person"]),
    // A role many hold, then 是 and a colon: its holders, notes in brackets passed over.
    Case(
      text: "青山县人代会开幕。今天大会的执行主席是：马立群、甘晓东（女）、邝一鸣（回族）、罗文。",
      expected: [
        "马立群 : Official", "甘晓东 : Official", "邝一鸣 : Official", "罗文 : Official",
        "甘晓东 title 执行主席", "罗文 title 执行主席",
      ],
      absent: ["甘晓东女 : Official"]),
    // A note on the list's order before the colon; notes joined by a comma after a name.
    Case(
      text: "青山县人代会开幕。本次大会的执行主席是（按姓名笔画排列）：马立群、甘晓东（女，藏族）、邝一鸣。",
      expected: ["马立群 title 执行主席", "甘晓东 title 执行主席", "邝一鸣 title 执行主席"]),
    // A list before 等 whose names carry notes.
    Case(
      text: "12月3日，青山县召开经济工作会议。马立群、甘晓东（女）、邝一鸣（回族）等县领导出席会议。",
      expected: ["马立群 : Official", "甘晓东 : Official", "邝一鸣 attends 经济工作会议"]),
    // A record's attendance line, wrapped over two lines: officials, split by surnames.
    Case(
      text: "主任办公会议纪要\n会议研究了有关事项。\n出 席：马立群、甘晓东、邝一鸣\n罗文昌、石小海",
      expected: [
        "马立群 : Official", "邝一鸣 : Official", "罗文昌 : Official", "石小海 : Official",
      ],
      absent: ["邝一鸣罗 : Official"]),
    // Places after a colon are no people: the clause says nothing of people.
    Case(
      text: "青石社区服务中心服务覆盖范围：钱家庄、刘家洼、张家岭。",
      expected: [],
      absent: ["刘家洼 : Person", "张家岭 : Person"]),
    // Retired cadres hold no post, whatever the verb.
    Case(
      text: "12月3日，青山县召开经济工作会议。正县级老同志马立群、甘晓东、邝一鸣出席。",
      expected: ["马立群 : Person", "甘晓东 : Person", "马立群 attends 经济工作会议"],
      absent: ["马立群 : Official", "县级老 : Person"]),
    Case(
      text: "青山县人代会开幕。正区级老同志马立群及大会主席团其他成员在主席台就座。",
      expected: ["马立群 : Person"],
      absent: ["区级老 : Person"]),
    // Leaders named by their rank's level after 等.
    Case(
      text: "12月3日，青山县召开经济工作会议。马立群、甘晓东、邝一鸣等在家的县处级领导出席会议。",
      expected: ["马立群 : Official", "邝一鸣 : Official", "甘晓东 attends 经济工作会议"]),
  ]

  @Test("names after a clause that says they are people", arguments: cases)
  func reads(_ example: Case) throws { try example.check() }
}
