import Testing

/// Names alone listed, marked as officials by a frame after the list: the rostrum's seats, a
/// group of leaders after 等. Invented names.
@Suite("Reading bare names a frame after the list marks as officials")
struct RostrumListTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 在主席台就座 after a list of names alone: the rostrum's officials; no attendance said.
    Case(
      text: "青山县政协九届三次会议开幕。马立群、甘晓东、邝一鸣、罗文在主席台就座。",
      expected: ["马立群 : Official", "甘晓东 : Official", "邝一鸣 : Official", "罗文 : Official"],
      absent: ["马立群 attends 青山县政协九届三次会议", "罗文 : Person"]),
    Case(
      text: "青山县政协九届三次会议开幕。马立群、甘晓东在主席台前排就座。",
      expected: ["马立群 : Official", "甘晓东 : Official"]),
    Case(
      text: "青山县政协九届三次会议开幕。马立群、甘晓东在主席台上就坐。",
      expected: ["马立群 : Official", "甘晓东 : Official"]),
    // 在主席台就座的有：the list after the frame says a seat, no post: persons (the Official or
    // Person ruling; ColonListsRound17Tests).
    Case(
      text: "青山县政协九届三次会议开幕。在主席台就座的有：马立群、甘晓东、邝一鸣。",
      expected: ["马立群 : Person", "甘晓东 : Person", "邝一鸣 : Person"],
      absent: ["马立群 attends 青山县政协九届三次会议"]),
    // The list after a body's members (成员), closed by 及 and others seated without names.
    Case(
      text: "青山县政协九届三次会议开幕。县政协主席会议成员马立群、甘晓东、邝一鸣及县政协常委会组成人员"
        + "在主席台就座。",
      expected: ["马立群 : Official", "甘晓东 : Official", "邝一鸣 : Official"],
      absent: ["员马立群 : Official", "邝一鸣 attends 青山县政协九届三次会议"]),
    // A name alone on the rostrum stays a person (no list says they are the leaders).
    Case(
      text: "青山县政协九届三次会议开幕。开幕会由马立群主持。甘晓东在主席台前排就座。",
      expected: ["甘晓东 : Person"],
      absent: ["甘晓东 : Official"]),
    // 等区领导 and a second group after 和: the group of leaders needs no verb right after it.
    Case(
      text: "青山县人代会开幕。马立群、甘晓东、邝一鸣等区领导和大会主席团成员在主席台就座。",
      expected: ["马立群 : Official", "甘晓东 : Official", "邝一鸣 : Official"]),
    // Levels joined before the group word: 等市、区领导.
    Case(
      text: "市长罗文昌到青石街道调研。马立群、甘晓东等市、区领导陪同调研。",
      expected: ["马立群 : Official", "甘晓东 : Official"]),
    // Leaders said without a level: 等领导同志, 等有关领导; the attendance rules give the verb.
    Case(
      text: "12月3日，青山县召开经济工作会议。马立群、甘晓东等领导同志出席会议。",
      expected: [
        "马立群 : Official", "甘晓东 : Official", "甘晓东 attends 经济工作会议",
      ]),
    Case(
      text: "12月3日，青山县召开经济工作会议。马立群、甘晓东等有关领导出席会议。",
      expected: ["马立群 : Official", "甘晓东 : Official", "马立群 attends 经济工作会议"]),
    // Villages listed before 等乡领导 are no leaders: every item must read as a name.
    Case(
      text: "青石村、大林村等乡领导参加活动。",
      expected: ["青石村 : Community"],
      absent: ["青石村 : Official", "大林村 : Official"]),
  ]

  @Test("names listed before or after a frame that marks them as officials", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
