import Testing

/// Organizations and works of northern and eastern county news (round 13): names that keep a
/// character the scanner elsewhere takes for a boundary, sections of bodies, verbs glued to names,
/// quotation marks in names. Firm names are invented; the cities before them are
/// general knowledge (the country's list of prefectures and county-level cities).
@Suite("Reading organizations, round 13")
struct OrganizationRound13Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A city's short name (固原 of 固原市) before a firm is part of the firm's name: its 原 is no
    // boundary ("former").
    Case(
      text: "当日固原青禾集团捐赠100万元;固原明远物流有限公司捐赠10万元。",
      expected: ["固原青禾集团 : Organization", "固原明远物流有限公司 : Organization"],
      absent: ["青禾集团 : Organization", "明远物流有限公司 : Organization"]),
    // 和 right after a city's short name, or one character after a province's, is inside the
    // firm's name, not a conjunction.
    Case(
      text: "青州和顺钛业有限公司捐赠5万元;山东青和房地产开发有限公司捐款20万元。",
      expected: ["青州和顺钛业有限公司 : Organization", "山东青和房地产开发有限公司 : Organization"],
      absent: ["顺钛业有限公司 : Organization"]),
    // Two firms joined by 和 stay two, even when the second begins like a city's short name.
    Case(
      text: "青禾公司和龙山古典家具公司参加。",
      expected: ["青禾公司 : Organization", "龙山古典家具公司 : Organization"],
      absent: ["青禾公司和龙山古典家具公司 : Organization"]),
    // A section (…处, …科) between its body and a section's post is one unit with the body; the
    // post is the section's.
    Case(
      text: "市发改委价格处处长张青山、县委组织部干部科科长李白河出席。",
      expected: [
        "市发改委价格处 : Organization", "县委组织部干部科 : Organization",
        "张青山 affiliated-with 市发改委价格处", "李白河 affiliated-with 县委组织部干部科",
      ],
      absent: ["市发改委 : Organization"]),
    // 主任科员 is a rank, no post: no section is named before it.
    Case(
      text: "市发改委价格处主任科员张青山来到青石街道。",
      expected: [],
      absent: ["市发改委价格处 : Organization"]),
    // A verb of two characters inside the run before a body's kind word, right before the level
    // word, begins no body: 会议邀请 and 联合 stay outside.
    Case(
      text: "会议邀请县水务局相关负责人作讲解。青石区文化服务中心联合区红十字会举行捐赠仪式。",
      expected: ["县水务局 : Organization", "青石区红十字会 : Organization"],
      absent: ["会议邀请县水务局 : Organization", "中心联合区红十字会 : Organization"]),
    // 引入 and 联动 (bringing in, acting with) and 社会资本 begin no firm's name; 地方 (local) says
    // what kind of chamber, not which; 和 one character after a city's short name is the firm's.
    Case(
      text: "街道引入社会资本青禾集团对社区进行改造。要积极联动地方商会实施以商招商。项目将引入青州均和集团参与运营。",
      expected: ["青禾集团 : Organization", "青州均和集团 : Organization"],
      absent: [
        "街道引入社会资本青禾集团 : Organization", "社会资本青禾集团 : Organization",
        "联动地方商会 : Organization", "地方商会 : Organization",
      ]),
    // The marks around a quoted part of a work's name are no part of the name; a meeting's name
    // keeps them.
    Case(
      text: "会议研究讨论了“青石广场”项目、白河物流园项目等事宜。青石区召开“青春杯”创业大赛动员会。",
      expected: ["青石广场项目 : Project", "“青春杯”创业大赛动员会 : Meeting"],
      absent: ["“青石广场”项目 : Project"]),
    // 资源 (resources) written twice on a county's page is a common word, not the bare name of a
    // county that has it: the page's bodies stay bare.
    Case(
      text: "县委召开会议\n县委书记张三丰强调，要发挥资源优势，整合各类资源，县委组织部负责落实。",
      expected: ["县委组织部 : Organization"],
      absent: ["资源县 : District", "资源县委组织部 : Organization"]),
    // An agenda's tender or cooperation after a work (A工程(一期)施工招标, A项目合作等) is no part of
    // the work's name.
    Case(
      text: "会议研究了青石广场项目、白河研究所智能制造中心项目合作等事宜。会议研究北山片区路网工程(一期)施工招标、成立青石文化发展有限公司等有关问题。",
      expected: ["白河研究所智能制造中心项目 : Project", "北山片区路网工程 : Project"],
      absent: [
        "白河研究所智能制造中心项目合作 : Project", "北山片区路网工程(一期)施工招标 : Project",
      ]),
    // A byline's 特约记者 (contributing reporter) is a credit's label: the name before it ends
    // before 特.
    Case(
      text: "■融媒体记者 陈兵 特约记者 李白河\n日前，社区关爱互助协会向老人发放慰问金。",
      expected: ["陈兵 : Person", "李白河 : Person"],
      absent: ["陈兵特 : Person"]),
    // A list item that opens with a modal before a verb (要抓好…) is a clause, no work.
    Case(
      text: "青石区区长李四海到青石广场项目调研。他指出，一是要加快进度，二是要抓好配套项目建设，各项目的配套建设要同步实施。",
      expected: ["青石广场项目 : Project"],
      absent: ["要抓好配套项目 : Project", "抓好配套项目 : Project"]),
    // 薄弱村, 软弱涣散村 say what kind of village (none by name); 路过 (passing by) and 路径 (a way)
    // name no road.
    Case(
      text: "会议听取扶持薄弱村村级集体经济工作汇报，软弱涣散村党支部书记参加。我刚刚路过这里，青石路正在施工，探索发展路径。",
      expected: ["青石路 : Road"],
      absent: ["薄弱村 : Community", "软弱涣散村 : Community", "刚刚路 : Road", "发展路 : Road"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
