import Testing

/// An event named in a clause that begins with who acts (县委书记某某宣布某运动会开幕, 某商会组织会员
/// 开展某活动启动仪式举行): the subject and its verb (宣布, 出席, 主持, 列席, 开展) are no part of the
/// event's name (EventFrame, DocumentReading+PrincipalMeeting); the name begins after the verb,
/// unless only the kind word would be left: then nothing is named when the clause announces an opening
/// (某某宣布活动开幕), and the whole is the name when the event is said to be held (某任职命令宣布大会举行).
/// Invented names.
@Suite("The subject and verb before an event's name")
struct EventSubjectVerbTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A games opened by the county's secretary: the games is named from the county on.
    Case(
      text: "青石县第三届农民运动会开幕\n\n9月22日，运动员代表宣誓后，县委书记张三丰宣布青石县第三届农民运动会开幕。",
      expected: ["青石县第三届农民运动会 : Meeting"],
      absent: ["县委书记张三丰宣布青石县第三届农民运动会 : Meeting"]),
    // A festival started by the county's head: the festival's name begins after 宣布.
    Case(
      text: "县长李四海宣布青石县首届“稻香丰收节”庆祝活动正式启动，并致辞。",
      expected: ["青石县首届“稻香丰收节”庆祝活动 : Meeting"],
      absent: ["县长李四海宣布青石县首届“稻香丰收节”庆祝活动 : Meeting"]),
    // A chamber that holds an event through its members: the event begins after 开展.
    Case(
      text: "12月8日下午，青石区工商联组织会员企业开展助学捐赠活动暨“科普进校园”启动仪式在青石小学隆重举行。",
      expected: ["助学捐赠活动暨“科普进校园”启动仪式 : Meeting"],
      absent: ["青石区工商联组织会员企业开展助学捐赠活动暨“科普进校园”启动仪式 : Meeting"]),
    // What is announced is only a kind word, held right after it: nothing is named.
    Case(
      text: "10月1日上午，青石美食周在青石广场举行开幕仪式。青石区委书记张三丰宣布活动开幕。",
      expected: [],
      absent: ["青石区委书记张三丰宣布活动 : Meeting", "张三丰宣布活动 : Meeting"]),
    // A verb that leaves only the kind word after it, in an event said to be held, is the name's own.
    Case(
      text: "青石县人武部政委任职命令宣布大会在县人武部召开。",
      expected: ["青石县人武部政委任职命令宣布大会 : Meeting"],
      absent: ["大会 : Meeting"]),
    Case(
      text: "1月9日上午，青石县人武部政委任职命令宣布大会举行。",
      expected: ["青石县人武部政委任职命令宣布大会 : Meeting"],
      absent: ["大会 : Meeting"]),
  ]

  @Test("who acts stays out of the event's name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
