import Testing

/// A list item whose work's name is followed by what of the work is dealt with (建设, 推进, 规划):
/// the words after 项目 or 工程 are no part of the name, so they neither swallow the next item
/// (A项目建设以及B小学) nor hide that a joined name ends as one work (某互通及接线工程推进), and a part
/// of the work before a task (某项目沟渠规划) is cut too. Invented names.
@Suite("Work aspects after a listed work's name")
struct WorkAspectListRound21Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A middle item: the work and its aspect, then 以及 and the next site.
    Case(
      text: "副市长王小川一行分别考察了青禾县环城路工程、白鹭职业技能培训中心、松岭农业示范区项目建设以及柳塘乡中心小学、"
        + "青禾县人民医院供暖情况。",
      expected: ["松岭农业示范区项目 : Project", "王小川 reviews 松岭农业示范区项目"],
      absent: [
        "松岭农业示范区项目建设以及柳塘乡中心小学 : Project",
        "王小川 reviews 松岭农业示范区项目建设以及柳塘乡中心小学",
      ]),
    // A part of the work (沟渠) before a task (规划).
    Case(
      text: "县长王大明主持召开项目建设专题推进会。会议听取了各部门关于重点项目进展情况的汇报，"
        + "王大明对青禾热电项目沟渠规划、白鹭湖湿地公园项目建设等工作作出具体安排部署。",
      expected: ["青禾热电项目 : Project", "项目建设专题推进会 reviews 青禾热电项目"],
      absent: ["青禾热电项目沟渠规划 : Project"]),
    // 及 inside one work's name, the name followed by 推进: still one work.
    Case(
      text: "区委书记周文斌实地察看松岭小流域综合治理、青禾产业集中区基础设施建设、白鹭高速青禾互通及连接线工程推进等攻坚情况。",
      expected: ["白鹭高速青禾互通及连接线工程 : Project", "周文斌 reviews 白鹭高速青禾互通及连接线工程"],
      absent: ["连接线工程推进 : Project", "连接线工程 : Project"]),
    // A firm named in full before 和 is a site of its own, not the head of the work's name.
    Case(
      text: "副州长李小红先后深入青禾县松岭加工厂、白鹭机场、青禾华丰有限公司和柳塘工业园区主干道工程项目建设等地开展工作调研。",
      expected: ["柳塘工业园区主干道工程项目 : Project", "李小红 reviews 柳塘工业园区主干道工程项目"],
      absent: ["青禾华丰有限公司和柳塘工业园区主干道工程项目 : Project"]),
    // How a work itself goes (实施情况, 讨论情况) is no part cut from it.
    Case(
      text: "盟政协副主席王大明一行深入青禾旗就国家和自治区重大生态工程实施情况进行实地调研。",
      expected: [],
      absent: ["自治区重大生态工程 : Project", "王大明 reviews 自治区重大生态工程"]),
    Case(
      text: "会议听取了各代表团对选举办法草案、2023年政府民生实事候选项目讨论情况的汇报。",
      expected: [],
      absent: ["2023年政府民生实事候选项目 : Project"]),
  ]

  @Test("a work's aspect ends its name in a list", arguments: cases)
  func workAspect(_ example: Case) throws { try example.check() }
}
