import Testing

/// Bodies as real news writes them before their leaders' posts and in a session's elections.
/// Invented names throughout.
@Suite("Reading bodies written before their leaders' posts")
struct OrganizationFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 人民政府 written in full before its head's post is a body of its own (政府 alone stays
    // part of the post: 县政府副县长).
    Case(
      text: "县人大常委会副主任雷光明，县人民政府副县长熊小敏出席。",
      expected: ["县人民政府 : Organization", "熊小敏 title 副县长"]),
    // 某镇人民政府镇长, 某县人民政府副县长, and 县人民政府县长 where the article has named its county:
    // the head of a place's government is the place's (Rulings), and the government written only
    // in that post is no body of its own; written elsewhere (主办), or before another post
    // (副秘书长), it is one.
    Case(
      text: "大会补选柳青为青石镇人民政府镇长。",
      expected: ["青石镇 : Street", "柳青 title 镇长", "柳青 affiliated-with 青石镇"],
      absent: ["青石镇人民政府 : Organization", "补选镇 : Street", "补选青石镇 : Street"]),
    Case(
      text: "青枫县人民政府副县长林小蓉、县残联负责人参加捐赠活动。",
      expected: ["青枫县 : District", "林小蓉 title 副县长", "林小蓉 affiliated-with 青枫县"],
      absent: ["青枫县人民政府 : Organization"]),
    Case(
      text: "青枫区人民政府区长娄大松出席开工仪式。",
      expected: ["娄大松 title 区长", "娄大松 affiliated-with 青枫区"],
      absent: ["青枫区人民政府 : Organization"]),
    Case(
      text: "青枫区召开会议。区委副书记、区人民政府区长娄大松出席。",
      expected: ["娄大松 title 区长", "娄大松 affiliated-with 青枫区"],
      absent: ["青枫区人民政府 : Organization", "区人民政府 : Organization"]),
    Case(
      text: "青枫县人民政府主办此次活动，青枫县人民政府副县长林小蓉出席。",
      expected: ["青枫县人民政府 : Organization", "林小蓉 affiliated-with 青枫县"]),
    Case(
      text: "青枫县人民政府副秘书长林小蓉出席。",
      expected: ["青枫县人民政府 : Organization", "林小蓉 affiliated-with 青枫县人民政府"]),
    Case(
      text: "本次会议议程为补选镇人民政府镇长。",
      expected: [],
      absent: ["补选镇 : Street", "补选镇人民政府 : Organization"]),
    // A term's count before a body's level word is no place of it.
    Case(
      text: "会议通过了补选十一届县政协副主席候选人名单。全体代表审议了新一届镇人大主席团名单。",
      expected: [],
      absent: [
        "十一届县 : District", "十一届县政协 : Organization", "新一届镇 : Street",
        "新一届镇人大 : Organization",
      ]),
  ]

  @Test("bodies before their leaders' posts are read whole, without counts or verbs",
    arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
