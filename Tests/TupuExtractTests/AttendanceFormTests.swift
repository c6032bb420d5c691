import Testing

/// Who attends, in the forms of congress and ceremony reports: names before 等 and a group of
/// leaders, seats on the rostrum. Invented names.
@Suite("Reading attendance on real pages")
struct AttendanceFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Round 13: 出席了两个项目的开工奠基仪式, 出席当天的仪式: a count or the day before 的 points
    // at the article's event.
    Case(
      text: "2月7日上午，青石县举办青山会展中心和白水小镇项目开工奠基仪式。县委书记张三丰，县长李四海出席了两个项目的开工奠基仪式。",
      expected: [
        "张三丰 attends 青山会展中心和白水小镇项目开工奠基仪式", "李四海 attends 青山会展中心和白水小镇项目开工奠基仪式",
      ]),
    Case(
      text: "2月7日上午，青石县举办2024年重点项目集中开工仪式。县委书记张三丰出席当天的开工仪式。",
      expected: ["张三丰 attends 2024年重点项目集中开工仪式"]),
    // 等县四大班子领导: the four bodies' leaders, named before 等 with no post of their own.
    Case(
      text: "青山县举行重点项目集中开工仪式。马立群、罗文昌、甘晓东等县四大班子领导出席仪式。",
      expected: [
        "马立群 : Official", "罗文昌 : Official", "甘晓东 : Official",
        "甘晓东 attends 重点项目集中开工仪式",
      ],
      absent: ["甘晓东 title 县四大班子领导"]),
    // Names alone listed right before 出席会议 (no 等, no posts): persons attending (the text
    // states no post; BarePeopleRound21Tests); a resident already read keeps its class.
    Case(
      text: "4月3日，县长罗文昌主持召开县政府第4次专题会议。马立群、甘晓东、邝一鸣出席会议。",
      expected: [
        "马立群 : Person", "甘晓东 : Person", "邝一鸣 : Person",
        "马立群 attends 县政府第4次专题会议", "邝一鸣 attends 县政府第4次专题会议",
      ],
      absent: ["马立群 : Official"]),
    // 就…进行汇报: the leaders who report at the article's meeting attend it.
    Case(
      text: "11月23日，区长罗文昌组织召开全区重点项目建设推进会。常务副区长马立群、甘晓东等分管项目领导"
        + "就项目进展情况进行汇报。",
      expected: [
        "马立群 attends 全区重点项目建设推进会", "甘晓东 attends 全区重点项目建设推进会",
      ]),
    // 分别参加相关阶段会议: the parts of the article's meeting each attends.
    Case(
      text: "3月5日，县长罗文昌主持召开全县重点项目专题调度会议。县领导马立群、甘晓东等分别参加相关阶段会议。",
      expected: [
        "马立群 attends 全县重点项目专题调度会议", "甘晓东 attends 全县重点项目专题调度会议",
      ]),
    // 主要领导甲某、乙某某等参加: the first name right after 领导, the list officials.
    Case(
      text: "区委副书记罗文昌主持座谈会，青石街道主要领导马立、甘晓东等参加。",
      expected: ["马立 : Official", "甘晓东 : Official"],
      absent: ["领导马立 : Official"]),
    Case(
      text: "青石社区举行邻里节。居民马立群、甘晓东参加活动。",
      expected: ["马立群 : Person", "甘晓东 : Person"],
      absent: ["马立群 : Official", "甘晓东 : Official"]),
    // 在主席台就座: a seat on the rostrum is not one of the ontology's cues of attending (出席,
    // 参加, 列席); gold written without seeing the extractor gives none, so the names are read
    // and nothing more.
    Case(
      text: "青山县政协九届三次会议开幕。县政协主席马立群、县委书记罗文昌在主席台前排就座。",
      expected: ["马立群 : Official", "罗文昌 : Official"],
      absent: [
        "马立群 attends 青山县政协九届三次会议", "罗文昌 attends 青山县政协九届三次会议",
      ]),
    // A name alone opening its clause, seated on the rostrum: a person, attending nothing said.
    Case(
      text: "青山县政协九届三次会议开幕。开幕会由马立群主持。甘晓东在主席台前排就座。",
      expected: ["甘晓东 : Person"],
      absent: ["甘晓东 attends 青山县政协九届三次会议"]),
    // 就坐, the other writing, after a list with no posts between.
    Case(
      text: "青山县政协九届三次会议开幕。大会执行主席甘晓东、罗文昌在主席台就坐。",
      expected: ["甘晓东 : Official"],
      absent: ["甘晓东 attends 青山县政协九届三次会议"]),
    // 区委组织部某某科长: the department, its holder, then the post after the name.
    Case(
      text: "街道党工委书记罗文昌、区委组织部甘晓东科长及街道相关部门负责人参加调研。",
      expected: [
        "甘晓东 : Official", "甘晓东 title 科长", "甘晓东 affiliated-with 区委组织部",
      ]),
    // 某管理委员会机关党委专职副书记: the offices' party committee and the whole post.
    Case(
      text: "青禾管理委员会机关党委专职副书记甘晓东带队到青石街道调研。",
      expected: [
        "青禾管理委员会机关党委 : Organization", "甘晓东 title 专职副书记",
        "甘晓东 affiliated-with 青禾管理委员会机关党委",
      ]),
    // 列席人员参加活动: the words after 列席 hold a cue of their own, so they name no event of the
    // article; a visit before a session attended by its members is no sitting of the session.
    Case(
      text: "2月12日，区政协组织出席青松区政协五届二次会议的委员在会前开展集中视察活动。"
        + "区政协主席马立群，副主席甘晓东、邝一鸣，以及列席人员参加活动。",
      expected: [],
      absent: [
        "马立群 attends 青松区政协五届二次会议", "甘晓东 attends 青松区政协五届二次会议",
        "邝一鸣 attends 青松区政协五届二次会议",
      ]),
    // 列席会议的县长某某在主席台前排就座, 应邀出席会议的区领导甲、乙等在主席台就座: the cue
    // modifies the names after it; the names before it (大会执行主席…) attend by no cue.
    Case(
      text: "4月9日上午，青石县第十届人民代表大会第三次会议隆重开幕。大会执行主席马立群、罗文昌、甘晓东，"
        + "列席会议的县委副书记、县长张三丰在主席台前排就座。",
      expected: ["张三丰 attends 青石县第十届人民代表大会第三次会议"],
      absent: [
        "马立群 attends 青石县第十届人民代表大会第三次会议", "罗文昌 attends 青石县第十届人民代表大会第三次会议",
        "甘晓东 attends 青石县第十届人民代表大会第三次会议",
      ]),
    Case(
      text: "3月2日，政协青松区第五届委员会第二次会议开幕。应邀出席会议的区领导马立群、罗文昌，"
        + "区人民法院院长甘晓东等在主席台就座。",
      expected: [
        "马立群 attends 政协青松区第五届委员会第二次会议", "罗文昌 attends 政协青松区第五届委员会第二次会议",
        "甘晓东 attends 政协青松区第五届委员会第二次会议",
      ]),
  ]

  @Test("leaders named before a group word or seated on the rostrum attend", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
