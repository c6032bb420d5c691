import Testing

/// A meeting's topic may hold 和 (在统筹推进甲和乙工作部署会议上, 传达了全市甲和乙推进会精神) or a list
/// in 、 (召开甲、乙和丙工作会议): the name goes back over the topics so joined to the cue that
/// introduces it. What a clause passes on
/// beside a meeting (讲话和某会议精神), a scope or body after 和 (中央和省委…), those a meeting
/// gathers (部门和企业代表座谈会) and a conjunct holding a meeting's word stay apart. Invented names.
@Suite("A meeting's topic joined by 和")
struct MeetingJoinedTopicTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "3月2日，青石县召开县政府常务会议。会议传达了全市河道和湖泊管理范围划界推进会精神。",
      expected: ["全市河道和湖泊管理范围划界推进会 : Meeting"],
      absent: ["湖泊管理范围划界推进会 : Meeting"]),
    Case(
      text: "3月2日，青石县召开县政府常务会议，传达学习了在统筹推进山林防火和村庄整治工作部署会议上的讲话。",
      expected: ["统筹推进山林防火和村庄整治工作部署会议 : Meeting"]),
    Case(
      text: "县长李四海在全市招商引资和项目推介会上作了发言。",
      expected: ["全市招商引资和项目推介会 : Meeting"]),
    Case(
      text: "3月2日，青石县召开县政府常务会议，传达学习了省委书记重要讲话和全省经济工作会议精神。",
      expected: ["全省经济工作会议 : Meeting"],
      absent: ["省委书记重要讲话和全省经济工作会议 : Meeting"]),
    Case(
      text: "3月2日，青石县人大常委会召开相关部门和企业代表座谈会。",
      expected: [],
      absent: ["相关部门和企业代表座谈会 : Meeting"]),
    // A list of topics in 、 and 和 after 召开 is one name, back to the cue.
    Case(
      text: "9月3日，青石县召开河道保洁、秸秆禁烧和森林防火工作会议，县领导李四海出席会议。",
      expected: ["河道保洁、秸秆禁烧和森林防火工作会议 : Meeting"],
      absent: ["森林防火工作会议 : Meeting"]),
    Case(
      text: "9月3日，青石县召开项目建设、安全生产工作会议。",
      expected: ["项目建设、安全生产工作会议 : Meeting"],
      absent: ["安全生产工作会议 : Meeting"]),
    // The cue reached over the topics introduces the meeting even when the 精神 after it is
    // shared with a venue (某分会场), not another meeting.
    Case(
      text: "会议传达学习贯彻省政府山林整治和护林员安置工作推进电视电话会议和县分会场精神。",
      expected: ["省政府山林整治和护林员安置工作推进电视电话会议 : Meeting"]),
    // Bodies a meeting hears, and scopes, listed in 、 stay apart.
    Case(
      text: "会议听取了县农机局、水务局、住建局专项工作会议筹备情况的汇报。",
      expected: [],
      absent: ["县农机局、水务局、住建局专项工作会议 : Meeting", "水务局、住建局专项工作会议 : Meeting"]),
    Case(
      text: "会议传达了全省、全市经济工作会议精神。",
      expected: [],
      absent: ["全省、全市经济工作会议 : Meeting"]),
  ]

  @Test("a topic joined by 和 is one meeting name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
