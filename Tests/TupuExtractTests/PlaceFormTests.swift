import Testing

/// The genre's forms of saying where things lie and who gives or invests in what, one short text
/// at a time; each form once, with invented names.
@Suite("Place and sponsor forms")
struct PlaceFormTests {
  typealias Case = ReadingCase

  static let boundaries: [Case] = [
    // Words that lead to a place are no part of its name, and frame no containment.
    Case(
      text: "来自凤鸣街道芦花社区的志愿者参加了活动。",
      expected: ["凤鸣街道 : Street", "芦花社区 located-in 凤鸣街道"],
      absent: ["来自凤鸣街道 : Street", "芦花社区 located-in 来自凤鸣街道"]),
    Case(
      text: "凤鸣街道下辖芦花社区、柳塘社区、清河社区等8个社区。",
      expected: [
        "芦花社区 : Community", "芦花社区 located-in 凤鸣街道", "清河社区 located-in 凤鸣街道",
      ],
      absent: ["下辖芦花社区 : Community"]),
    Case(
      text: "兰溪大道全长5公里，西起滨江路，东至长安大道。",
      expected: ["滨江路 : Road", "长安大道 : Road"],
      absent: ["西起滨江路 : Road", "滨江路 located-in 兰溪大道"]),
    Case(
      text: "云川区帮扶大柳村发展产业，青禾镇结对帮扶南岗村。",
      expected: ["大柳村 : Community", "南岗村 : Community"],
      absent: ["帮扶大柳村 : Community", "帮扶大柳村 located-in 云川区"]),
    // 云州槐林镇: a prefecture's short form before a town is no part of the town's name.
    Case(
      text: "云州槐林镇兰溪村党群服务中心建成。",
      expected: ["槐林镇 : Street", "兰溪村 located-in 槐林镇"],
      absent: ["云州槐林镇 : Street", "兰溪村 located-in 云州槐林镇"]),
    // 项城市: a county-level city of the lexicon whose first character is elsewhere a word of
    // its own (此项工程) is read whole after a boundary; 项目 stays no place.
    Case(
      text: "代表们赴项城市开展视察，察看了柳塘村项目。",
      expected: ["项城市 : District"],
      absent: ["城市 : City", "项城市 : City"]),
    // What kind a village, community or town is names none (Rulings: a kind word).
    Case(
      text: "该村先后获得全国民主法治示范村、省级卫生村等荣誉，青禾镇被评为全国特色小镇。",
      expected: ["青禾镇 : Street"],
      absent: [
        "民主法治示范村 : Community", "省级卫生村 : Community", "国特色小镇 : Place",
        "特色小镇 : Street",
      ]),
    Case(
      text: "芦花社区是一个老旧社区，观摩团察看了下金村整体村容村貌。",
      expected: ["芦花社区 : Community", "下金村 : Community"],
      absent: ["老旧社区 : Community", "整体村容村 : Community"]),
    // 乡友, 乡贤, 乡情: words, no township.
    Case(
      text: "借助爱心乡友平台，乡贤陈志远出资修建了兰溪村文化广场。",
      expected: ["陈志远 sponsors 兰溪村文化广场"],
      absent: ["爱心乡 : Street"]),
    // 省市县 are levels, and 莅临 a verb: no district in either.
    Case(
      text: "省市县三级联动，领导莅临县城视察。",
      expected: [],
      absent: ["省市县 : District", "莅临县 : District"]),
    // 驻 in a body's name: the body keeps it, the place is read without it and holds the body.
    Case(
      text: "驻石门镇工作队队员走访了困难群众。",
      expected: ["石门镇 : Street", "驻石门镇工作队 located-in 石门镇"],
      absent: ["驻石门镇 : Street"]),
  ]

  static let situated: [Case] = [
    // 地处甲区、乙市、丙市三地交界处: a border of a list of places, none of which holds it.
    Case(
      text: "双河镇地处云川区、青岭市、金沙市三地交界处，交通便利。",
      expected: ["双河镇 : Street"],
      absent: [
        "双河镇 located-in 云川区", "双河镇 located-in 青岭市", "双河镇 located-in 金沙市",
      ]),
    // 某村某家幸福屋场: a hamlet's gathering ground is a place of the village before it.
    Case(
      text: "观摩组来到柳塘村王家幸福屋场，实地了解屋场建设。",
      expected: ["柳塘村王家幸福屋场 : Place", "柳塘村王家幸福屋场 located-in 柳塘村"]),
    // 某村距离某街道10公里: a distance, no containment, and 距离 is no part of the name.
    Case(
      text: "柳塘村距离白鹭街道10公里，交通便利。",
      expected: ["柳塘村 : Community", "白鹭街道 : Street"],
      absent: ["距离白鹭街道 : Street", "白鹭街道 located-in 柳塘村"]),
    // 地处某区东部的某镇: a part of the place before 的 still holds what follows.
    Case(
      text: "地处云川区东部的石门镇是有名的蔬菜产区。",
      expected: ["石门镇 located-in 云川区"]),
    Case(
      text: "位于青禾镇境内的兰溪湿地公园今年接待游客20万人次。",
      expected: ["兰溪湿地公园 located-in 青禾镇"]),
    // 某村是位于某镇东部的一个行政村: nothing named after 的; the subject before 是 lies there.
    Case(
      text: "兰溪村是位于青禾镇东部的一个行政村。",
      expected: ["兰溪村 located-in 青禾镇"]),
    // 该村位于…: the village named before; a direction word begins no district (西部山区).
    Case(
      text: "兰溪村党支部书记张丽介绍，该村位于青禾镇东北部。",
      expected: ["兰溪村 located-in 青禾镇"]),
    Case(
      text: "石门镇大柳村位于云川区西部山区，全村共有6个村民小组。",
      expected: ["大柳村 located-in 石门镇"],
      absent: ["西部山区 : District", "大柳村 located-in 西部山区"]),
    // A division, a word that says it holds them, and lower divisions: each lies in it.
    Case(
      text: "青禾镇的兰溪村、大柳村完成了人居环境整治。",
      expected: ["兰溪村 located-in 青禾镇", "大柳村 located-in 青禾镇"]),
    Case(
      text: "经县政府研究同意，凤鸣街道设立芦花社区、柳塘社区等2个居民委员会。",
      expected: ["芦花社区 located-in 凤鸣街道", "柳塘社区 located-in 凤鸣街道"]),
    Case(
      text: "青禾镇的兰溪村小学迎来新学期，凤鸣街道所辖芦花社区开展活动。",
      expected: ["芦花社区 : Community", "芦花社区 located-in 凤鸣街道"],
      absent: ["兰溪村 located-in 青禾镇", "所辖芦花社区 : Community"]),
    // An estate's kind word is no district (示范小区).
    Case(
      text: "凤鸣街道芦花社区金桂小区被评为示范小区。",
      expected: ["金桂小区 located-in 芦花社区"],
      absent: ["示范小区 : District"]),
    // 某镇甲村、乙村党群服务中心: each village's centre, in each village.
    Case(
      text: "近日，石门镇大柳村、小柳村党群服务中心相继揭牌启用。",
      expected: [
        "大柳村党群服务中心 : Place", "大柳村党群服务中心 located-in 大柳村",
        "小柳村党群服务中心 located-in 小柳村", "大柳村 located-in 石门镇", "小柳村 located-in 石门镇",
      ]),
    // 辖区内有A、B: the list after 有 lies in the place the clause goes on with.
    Case(
      text: "芦花社区坐落于凤鸣街道，辖区内有金桂小区、银杏小区等6个小区。",
      expected: [
        "芦花社区 located-in 凤鸣街道", "金桂小区 located-in 芦花社区", "银杏小区 located-in 芦花社区",
      ]),
    // 社区辖区内有…: 社区 stands for the article's community.
    Case(
      text: "芦花社区党委书记张丽介绍，社区辖区内有金桂小区、银杏小区等7个居民小区。",
      expected: ["金桂小区 located-in 芦花社区", "银杏小区 located-in 芦花社区"]),
    // 某社区的某小区: a community's estates lie in it.
    Case(
      text: "芦花社区的金桂小区、银杏小区完成了改造。",
      expected: ["金桂小区 located-in 芦花社区", "银杏小区 located-in 芦花社区"]),
    // 选址于, 落户, 建在: where a work is sited.
    Case(
      text: "兰溪新城项目选址于凤鸣街道芦花社区。兰台集团新能源电池项目落户青禾镇。",
      expected: ["兰溪新城项目 located-in 芦花社区", "新能源电池项目 located-in 青禾镇"]),
    Case(
      text: "新的党群服务中心建在兰溪村村口。",
      expected: ["兰溪村 : Community"],
      absent: ["兰溪村村 : Community"]),
    // A county-level city is a District though written with 市, and lies in its prefecture.
    Case(
      text: "江城市青州市白马镇组织人大代表开展视察。",
      expected: [
        "青州市 : District", "青州市 located-in 江城市", "白马镇 located-in 青州市",
      ],
      absent: ["青州市 : City"]),
    // Two towns named in a row: a town holds no town.
    Case(
      text: "王建国到石门镇青禾镇调研乡村振兴工作。",
      expected: ["石门镇 : Street", "青禾镇 : Street"],
      absent: ["青禾镇 located-in 石门镇"]),
    // 坐落于某街道辖区的X: what follows 的 lies there, not the thing named before in the list.
    Case(
      text: "王建国先后走访了位于滨江路的兰台服装有限公司和坐落于凤鸣街道辖区的兰溪电子商务产业园二期项目。",
      expected: ["兰台服装有限公司 located-in 滨江路"],
      absent: ["兰台服装有限公司 located-in 凤鸣街道"]),
    // A trip's framing states no location.
    Case(
      text: "王建国赴青禾镇调研，先后察看了兰溪湿地公园、青禾产业园。",
      expected: [],
      absent: ["兰溪湿地公园 located-in 青禾镇", "青禾产业园 located-in 青禾镇"]),
  ]

  static let works: [Case] = [
    // 甲镇至乙镇公路改建工程: a route between places lies in neither, and 至 is no part of a
    // name; 某镇甲地至乙地公路 (ends that are no divisions) lies in the town.
    Case(
      text: "张明远察看了翠湖镇至兰溪镇公路改建工程，云岭市至金山市高速公路青禾段项目开工。",
      expected: ["兰溪镇 : Street", "金山市 : City"],
      absent: [
        "至兰溪镇 : Street", "至金山市 : City", "翠湖镇至兰溪镇公路改建工程 located-in 翠湖镇",
        "高速公路青禾段项目 located-in 金山市",
      ]),
    Case(
      text: "张明远察看了翠湖镇石门至柳岗公路工程。",
      expected: ["石门至柳岗公路工程 located-in 翠湖镇"]),
    // 在甲市、乙市建设了A园、B园: a list of places holds no one work by name.
    Case(
      text: "华信集团先后在云岭市、金山市建设了双河产业园、柳塘物流园。",
      expected: ["双河产业园 : Project"],
      absent: ["双河产业园 located-in 云岭市", "双河产业园 located-in 金山市"]),
    // 甲公司投资建设某项目；乙公司投资建设丙项目: each investment stays in its own item.
    Case(
      text: "签约项目分别是：兰台科技有限公司投资5亿元建设喷水(气)织布项目；"
        + "华信食品有限公司投资3000万元建设香菇深加工项目。",
      expected: ["华信食品有限公司 sponsors 香菇深加工项目"],
      absent: ["兰台科技有限公司 sponsors 香菇深加工项目"]),
    // A work being built, invested in or situated is named, whatever its words; 在Y建设 it lies
    // in Y, and the investor sponsors it.
    Case(
      text: "兰台集团计划投资10亿元，在青禾镇建设新能源电池项目。",
      expected: [
        "新能源电池项目 : Project", "新能源电池项目 located-in 青禾镇",
        "兰台集团 sponsors 新能源电池项目",
      ],
      absent: ["兰台集团 sponsors 青禾镇"]),
    Case(
      text: "总投资12亿元的兰溪新城项目由金桂实业有限公司投资建设。",
      expected: ["兰溪新城项目 : Project", "金桂实业有限公司 sponsors 兰溪新城项目"]),
    Case(
      text: "兰台集团在云川区投资建设的新能源电池项目已投产。",
      expected: [
        "新能源电池项目 : Project", "新能源电池项目 located-in 云川区",
        "兰台集团 sponsors 新能源电池项目",
      ]),
    // A work on a facility is named after it: 某公园项目 in a list of works.
    Case(
      text: "会议听取了兰溪湿地公园项目、青禾产业园项目建设情况汇报。",
      expected: ["兰溪湿地公园项目 : Project"],
      absent: ["兰溪湿地公园 : Place"]),
    // 在某开发区建设, 与某镇合作: where and with whom, no recipient; 投资N亿元建设的X gives to X.
    Case(
      text: "该项目由兰台集团投资20亿元建设，位于云川经济开发区。兰台集团出资1亿元，与青禾镇合作建设兰溪农业示范园。",
      expected: ["兰台集团 sponsors 兰溪农业示范园"],
      absent: ["兰台集团 sponsors 云川经济开发区", "兰台集团 sponsors 青禾镇"]),
    Case(
      text: "兰台集团投资20亿元建设的新能源电池项目在青禾镇开工。",
      expected: ["兰台集团 sponsors 新能源电池项目"]),
    // 某产业园内的某项目: a zone holds the works inside it.
    Case(
      text: "青禾产业园内的兰台新能源电池项目已投产。",
      expected: ["兰台新能源电池项目 : Project", "兰台新能源电池项目 located-in 青禾产业园"]),
    // 某县某某项目正式开工: a work that starts, ends or opens is named, and lies in the place
    // its name begins with.
    Case(
      text: "云川县兰溪新城项目正式开工。",
      expected: ["兰溪新城项目 : Project", "兰溪新城项目 located-in 云川县"]),
    // 年产 20 万件…项目: the output is part of the work's name (with the firm before it).
    Case(
      text: "兰台机械有限公司年产 20 万件农机配件项目开工。",
      expected: ["兰台机械有限公司年产20万件农机配件项目 : Project"],
      absent: ["万件农机配件项目 : Project"]),
  ]

  static let gifts: [Case] = [
    // 出资修建的: what was built receives; a place that only begins an unread name gets nothing.
    Case(
      text: "金桂实业有限公司出资修建的兰溪村文化广场正式开放。",
      expected: ["金桂实业有限公司 sponsors 兰溪村文化广场"],
      absent: ["金桂实业有限公司 sponsors 兰溪村"]),
    Case(
      text: "金桂实业有限公司出资修建的兰溪村便民桥竣工通车。",
      expected: [],
      absent: ["金桂实业有限公司 sponsors 兰溪村"]),
  ]

  static let receiving: [Case] = [
    // 某某代表某街道接受捐赠: the one who receives gives nothing.
    Case(
      text: "陈志远代表凤鸣街道接受捐赠，这批物资将分发到各社区。",
      expected: [],
      absent: ["陈志远 sponsors 凤鸣街道"]),
  ]

  static let passing: [Case] = [
    // A fund or body that only passes a gift on sponsors nothing; the giver gives.
    Case(
      text: "兰台科技有限公司通过云川县慈善总会向兰溪小学捐赠10万元。",
      expected: ["兰台科技有限公司 sponsors 兰溪小学"],
      absent: ["云川县慈善总会 sponsors 兰溪小学"]),
    Case(
      text: "兰台科技有限公司委托云川县红十字会向芦花社区捐赠口罩1万只。",
      expected: ["兰台科技有限公司 sponsors 芦花社区", "云川县红十字会 : Organization"],
      absent: ["云川县红十字会 sponsors 芦花社区"]),
    // What was given reaches the recipient named after a delivering verb.
    Case(
      text: "兰台科技有限公司捐赠的20万元防疫物资送达芦花社区。",
      expected: ["兰台科技有限公司 sponsors 芦花社区", "芦花社区 : Community"]),
    // 捐款1万元给X: the amount stands between the cue and 给.
    Case(
      text: "兰台科技有限公司捐款1万元给兰溪村小学。",
      expected: ["兰台科技有限公司 sponsors 兰溪村小学"],
      absent: ["兰台科技有限公司 sponsors 兰溪村"]),
    // 向甲社区、乙社区各捐赠: each recipient of the list.
    Case(
      text: "兰台科技有限公司向芦花社区、柳塘社区各捐赠1万元。",
      expected: ["兰台科技有限公司 sponsors 芦花社区", "兰台科技有限公司 sponsors 柳塘社区"]),
  ]

  @Test("a gift goes from its giver to its recipients, past those who pass it on", arguments: passing)
  func pass(_ example: Case) throws { try example.check() }

  @Test("those who receive a gift sponsor nothing", arguments: receiving)
  func receive(_ example: Case) throws { try example.check() }

  @Test("words that lead to a place stay out of its name", arguments: boundaries)
  func boundary(_ example: Case) throws { try example.check() }

  @Test("位于, 地处 and their parts locate what they say", arguments: situated)
  func situate(_ example: Case) throws { try example.check() }

  @Test("works built or invested in are named and located", arguments: works)
  func work(_ example: Case) throws { try example.check() }

  @Test("what was built after 的 receives the gift", arguments: gifts)
  func gift(_ example: Case) throws { try example.check() }
}
