import Testing

/// The bodies of real town, street and county news written after a place or alone: institutions
/// named 中心, offices written short, survey teams, a town's party committee and government,
/// courts in a list of bodies. Invented names throughout.
@Suite("Reading bodies after a place and alone")
struct BodyFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // An institution named 中心 after its district: a body, and its head's unit.
    Case(
      text: "青禾区评估评价中心副主任蔡丽娟希望社区重视作风建设。技术支持:青禾区信息中心",
      expected: [
        "青禾区评估评价中心 : Organization", "蔡丽娟 affiliated-with 青禾区评估评价中心",
        "青禾区信息中心 : Organization",
      ],
      absent: ["青禾区评估评价中心 : Place"]),
    Case(
      text: "柳岸社区联合晨光社会工作服务中心开展活动，县住房保障中心、区新闻宣传中心参加。",
      expected: [
        "晨光社会工作服务中心 : Organization", "县住房保障中心 : Organization",
        "区新闻宣传中心 : Organization",
      ]),
    // A work on an institution's building is named after the institution, a Project.
    Case(
      text: "青禾区信息中心综合楼工程动工建设。",
      expected: ["青禾区信息中心综合楼工程 : Project"],
      absent: ["综合楼工程 : Project", "青禾区信息中心 : Organization"]),
    // Facilities named 中心 stay Places (the zones and facilities ruling).
    Case(
      text: "活动在柳岸社区党群服务中心举行。",
      expected: ["柳岸社区党群服务中心 : Place"],
      absent: ["柳岸社区党群服务中心 : Organization"]),
    // Offices written short after a place (qualified with it when written with the level only),
    // and in a list of a town's offices.
    Case(
      text: "青禾区园区办、区社指办负责人参加。自然资源所、林业站、水利站和前期办等部门要担当尽责。",
      expected: [
        "青禾区园区办 : Organization", "青禾区社指办 : Organization", "前期办 : Organization",
        "水利站 : Organization",
      ]),
    // Departments and committees written short, after their place or body.
    Case(
      text: "青禾区工信委、区委社工部负责人参加。石门街道社工站迅速行动。江城市人大教科文卫委来调研。",
      expected: [
        "青禾区工信委 : Organization", "石门街道社工站 : Organization",
        "江城市人大教科文卫委 : Organization",
      ]),
    // A province's departments, after the province or its level.
    Case(
      text: "江南省住房和城乡建设厅发文。省教育厅、省财政厅联合发文。",
      expected: [
        "江南省住房和城乡建设厅 : Organization", "省教育厅 : Organization",
        "省财政厅 : Organization",
      ]),
    // A health bureau after its level, its head's post after it.
    Case(
      text: "市卫生局局长柏青山出席开工仪式。",
      expected: ["市卫生局 : Organization", "柏青山 affiliated-with 市卫生局"],
      absent: ["市卫生局局 : Organization"]),
    // A survey team named after its congress, which stays named; alone (调研组一行) it names none.
    Case(
      text: "柳河县人大常委会调研组到石门镇调研。调研组一行实地察看了代表之家。",
      expected: [
        "柳河县人大常委会调研组 : Organization", "柳河县人大常委会 : Organization",
        "石门镇 : Street",
      ],
      absent: ["调研组 : Organization"]),
    // A town's party committee and government: written once with the town, or joined by a list
    // comma (镇党委、政府), or as one body (镇党委政府).
    Case(
      text: "代表们要紧跟镇党委、政府重点工作。",
      expected: ["镇党委 : Organization", "镇政府 : Organization"]),
    Case(
      text: "石门镇党委召开会议，部署秋收工作。",
      expected: ["石门镇党委 : Organization", "石门镇 : Street"]),
    // Verbs written right before a place's body are no part of a place's name.
    Case(
      text: "要积极配合县委、县政府工作。这关乎县政府形象。会议调整县人大常委会组成人员。依法选举镇人大主席。",
      expected: ["县委 : Organization", "县政府 : Organization", "县人大常委会 : Organization"],
      absent: [
        "配合县委 : Organization", "关乎县政府 : Organization", "调整县人大常委会 : Organization",
        "依法选举镇 : Street", "依法选举镇人大 : Organization",
      ]),
    Case(
      text: "面对困难局面，白沙镇党委政府迎难而上。",
      expected: ["白沙镇党委政府 : Organization", "白沙镇 : Street"]),
    // 县委与政府两办: the two general offices, no government read from 与.
    Case(
      text: "青禾县委与政府两办要对重点项目集中督查。",
      expected: ["青禾县委 : Organization"],
      absent: ["青禾县政府 : Organization"]),
    // Bodies after the names of a list of posts are bodies, not more names.
    Case(
      text: "会议邀请了区人大副主任简怀德、区政协副主席尤立新、武装部、法院、检察院的主要领导列席会议。",
      expected: [
        "简怀德 : Official", "尤立新 : Official", "武装部 : Organization", "法院 : Organization",
        "检察院 : Organization",
      ],
      absent: ["武装部 : Official", "法院 : Official", "检察院 : Official"]),
    // A CPPCC is named after a place written with its level; a verb or a short name before it is
    // no part of its name.
    Case(
      text: "委员们要熟悉政协工作，开创政协新局面。江城政协主席柴守仁讲话。",
      expected: ["政协 : Organization", "柴守仁 affiliated-with 政协"],
      absent: ["熟悉政协 : Organization", "开创政协 : Organization", "江城政协 : Organization"]),
    Case(
      text: "青山区政协召开常委会议。",
      expected: ["青山区政协 : Organization", "青山区 : District"]),
    // A team is named after a body or a place, never alone after a report's verbs.
    Case(
      text: "会议听取讨论了县人大常委会调研组关于全县工作的调研报告。",
      expected: [],
      absent: ["调研组 : Organization"]),
    // A count of sittings before a body's kind names a meeting, not the body.
    Case(
      text: "会议听取了2019年度第一次规委会审定事项执行情况汇报。",
      expected: [],
      absent: ["度第一次规委会 : Organization", "第一次规委会 : Organization"]),
    // A body named only as the owner of a meeting room is no entity; named elsewhere, it is.
    Case(
      text: "3月2日，副区长柯明远在区政府常务会议室主持召开重点项目周例会。县委三楼会议室内座无虚席。",
      expected: ["柯明远 : Official"],
      absent: ["区政府 : Organization", "县委 : Organization"]),
    Case(
      text: "区政府召开常务会议。会议在区政府六楼会议室举行。",
      expected: ["区政府 : Organization"]),
    // Kinds and counts of bodies and firms name none.
    Case(
      text: "街道成立四个专门委员会。管委会、投资公司全体干部捐款。县委建立五大指挥部。签约标志着集团公司与本县开启合作。",
      expected: [],
      absent: [
        "专门委员会 : Organization", "投资公司 : Organization", "五大指挥部 : Organization",
        "标志着集团公司 : Organization",
      ]),
    // Two level words together (乡镇人大) speak of every such body: no place, no body.
    Case(
      text: "要进一步夯实江城乡镇人大基层基础。",
      expected: [],
      absent: ["江城乡镇人大 : Organization", "江城乡镇 : Street", "镇人大 : Organization"]),
    // 赖 is a common surname: the congress's head after his post.
    Case(
      text: "7月25日，区人大常委会主任赖文彬主持召开区十八届人大常委会第二十九次会议。",
      expected: ["赖文彬 : Official", "赖文彬 affiliated-with 区人大常委会"]),
    // 发挥人大代表作用: what the deputies do, no deputy named 作用.
    Case(
      text: "为进一步发挥基层乡镇人大代表作用，提高工作水平。",
      expected: [],
      absent: ["作用 : Official", "作用 title 镇人大代表"]),
    // A verb glued to a body's kind words names no body.
    Case(
      text: "调研组查阅乡镇人大工作台账。要以政协各专委会为主体开展协商。以社区党支部服务群众为切入点。",
      expected: [],
      absent: [
        "查阅乡镇人大 : Organization", "要以政协 : Organization", "以社区党支部 : Organization",
      ]),
    // A committee named for two fields joined by 和, after a list comma: one body, 和 and all;
    // two bodies joined by 和 stay two.
    Case(
      text: "青石县政协副主席张三丰，人口资源和环境委员会主任李四海参加调研。",
      expected: ["人口资源和环境委员会 : Organization"],
      absent: ["环境委员会 : Organization"]),
    Case(
      text: "青石县委和县纪委监委召开联席会议。",
      expected: ["青石县委 : Organization"],
      absent: ["青石县委和县纪委监委 : Organization"]),
  ]

  @Test("bodies after a place or alone are read whole", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
