import Testing

/// The document stage and the relations on real-news forms, one short invented text at a time.
@Suite("Reading relations across an article")
struct RelationTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // The principal meeting: a ceremony the first sentence says took place; 出席开工仪式 and
    // an attendance list later refer back to it.
    Case(
      text: """
        青山区举行重点项目开工

        5月6日上午，青山区东湖科技园冷链物流项目开工仪式在东湖街道隆重举行。\
        区委书记赵明远出席开工仪式并宣布项目开工。区领导钱立新、孙晓峰参加仪式。
        """,
      expected: [
        "青山区东湖科技园冷链物流项目开工仪式 : Meeting",
        "赵明远 attends 青山区东湖科技园冷链物流项目开工仪式",
        "钱立新 attends 青山区东湖科技园冷链物流项目开工仪式",
        "孙晓峰 attends 青山区东湖科技园冷链物流项目开工仪式",
      ]),
    Case(
      text: "4月18日下午，青山区举办柳岸湿地公园开园仪式。区长钱立新主持活动，区领导孙晓峰等参加活动。",
      expected: [
        "柳岸湿地公园开园仪式 : Meeting", "青山区 convenes 柳岸湿地公园开园仪式",
        "钱立新 chairs 柳岸湿地公园开园仪式", "孙晓峰 attends 柳岸湿地公园开园仪式",
      ]),
    // A ceremony or activity named with a topic is a Meeting (the rulings: more than its kind
    // word); a bare kind word (会议, 开工仪式) names nothing.
    Case(
      text: "6月1日，助学金捐赠仪式在东湖街道举行。街道党工委书记周文斌出席仪式。",
      expected: ["助学金捐赠仪式 : Meeting", "周文斌 attends 助学金捐赠仪式"],
      absent: ["仪式 : Meeting"]),
    Case(
      text: "3月2日，青山区一季度重点项目观摩活动举行。观摩结束后，全区一季度重点项目观摩点评会随即召开。"
        + "区长钱立新主持会议，区领导孙晓峰出席会议。",
      expected: [
        "钱立新 chairs 全区一季度重点项目观摩点评会", "孙晓峰 attends 全区一季度重点项目观摩点评会",
        "青山区一季度重点项目观摩活动 : Meeting",
      ],
      absent: ["孙晓峰 attends 青山区一季度重点项目观摩活动"]),
    // 开展 names an event only with a quoted theme, and a slogan alone (“某某”活动) names none.
    Case(
      text: "4月1日上午，青山区柳岸社区党总支开展“追思先烈，重温誓词”主题活动。",
      expected: [
        "“追思先烈，重温誓词”主题活动 : Meeting",
        "柳岸社区党总支 convenes “追思先烈，重温誓词”主题活动",
      ]),
    Case(
      text: "7月2日，共建单位开展“清凉一夏”活动，为环卫工人送去绿豆汤。",
      expected: [], absent: ["“清凉一夏”活动 : Meeting"]),
    // A meeting's agenda: 会议听取了…情况, 会上…作了汇报, and a list running on in the next
    // sentence; the chair reviews them too.
    Case(
      text: "5月8日，区长钱立新主持召开青山区重点项目建设周例会。会议分别听取了柳岸路改造工程、东湖安置房项目建设情况。",
      expected: [
        "青山区重点项目建设周例会 reviews 柳岸路改造工程", "青山区重点项目建设周例会 reviews 东湖安置房项目",
        "钱立新 reviews 柳岸路改造工程",
      ]),
    Case(
      text: "5月8日，区长钱立新主持召开青山区重点项目推进会。会上，柳岸路改造工程、东湖安置房项目负责人分别作了汇报。",
      expected: [
        "青山区重点项目推进会 reviews 柳岸路改造工程", "青山区重点项目推进会 reviews 东湖安置房项目",
      ]),
    Case(
      text: "青山区人大常委会第十次会议审查批准新增政府投资重大建设项目。柳岸大桥工程、东湖水厂工程等项目列入计划。",
      expected: ["青山区人大常委会第十次会议 reviews 柳岸大桥工程"]),
    // 会后 is a time, not the meeting: the leader who 来到 the project reviews it.
    Case(
      text: "青山区召开第三次政银企联席会议。会后，区长钱立新来到东湖大道改造工程，察看建设进度。",
      expected: ["钱立新 reviews 东湖大道改造工程"],
      absent: ["第三次政银企联席会议 reviews 东湖大道改造工程"]),
    // The article's district named only at the head of a body's name, or by one character
    // before its level word (某县县委书记); the body convenes, not the district inside its name.
    Case(
      text: "青岭县政府召开2017年第二次政府常务会议\n\n3月3日，县政府召开2017年第二次县政府常务会议。"
        + "会议由县委副书记、县长钱立新主持。",
      expected: [
        "青岭县 : District", "钱立新 affiliated-with 青岭县",
        "青岭县政府 convenes 2017年第二次政府常务会议",
      ],
      absent: ["青岭县 convenes 2017年第二次政府常务会议"]),
    Case(
      text: "沣县县委书记赵明远主持召开沣县重点项目推进会。",
      expected: ["沣县 : District", "赵明远 affiliated-with 沣县"], absent: ["沣县县 : District"]),
    // A place before a list holds every item of it; a province's short name holds nothing.
    Case(
      text: "近日，青山区东湖镇柳岸村、北张村党群服务中心相继揭牌启用。",
      expected: ["柳岸村 located-in 东湖镇", "北张村 located-in 东湖镇"]),
    Case(
      text: "8月17日上午，湖南青岭县工业园开工典礼在东湖镇隆重举行。",
      expected: [], absent: ["青岭县 located-in 湖南"]),
    // The items of a visit's list, or of an agenda's with what of them it hears, are projects
    // whatever their suffix; an agenda's topics are not.
    Case(
      text: "5月6日，区长钱立新先后来到柳岸智造园二期工程、东湖冷链基地建设项目，察看项目建设进度。",
      expected: [
        "柳岸智造园二期工程 : Project", "东湖冷链基地建设项目 : Project",
        "钱立新 reviews 柳岸智造园二期工程", "钱立新 reviews 东湖冷链基地建设项目",
      ]),
    Case(
      text: "5月8日，区长钱立新主持召开青山区重点项目建设周例会。会议听取了柳岸智造园、东湖冷链基地建设情况汇报。",
      expected: ["青山区重点项目建设周例会 reviews 柳岸智造园", "钱立新 reviews 东湖冷链基地"]),
    Case(
      text: "5月8日，区长钱立新主持召开青山区政府常务会议。会议研究了防汛备汛、秋粮生产等工作。",
      expected: [], absent: ["防汛备汛 : Project", "秋粮生产 : Project"]),
    // 在某某的主持下 chairs the article's event; 主持项目开工奠基仪式 refers back to it.
    Case(
      text: "8月17日上午，青岭县东湖工业园开工典礼在东湖镇隆重举行。9点18分，开工典礼在县长钱立新的主持下正式开始。",
      expected: ["钱立新 chairs 青岭县东湖工业园开工典礼"]),
    Case(
      text: "8月22日，青岭县东湖食品物流园项目开工奠基仪式隆重举行。县长钱立新主持项目开工奠基仪式。",
      expected: ["钱立新 chairs 青岭县东湖食品物流园项目开工奠基仪式"]),
  ]

  @Test("short articles give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
