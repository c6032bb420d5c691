import Testing

/// Where a name begins and ends, and which bare words name nothing. The names are invented.
@Suite("Name boundaries")
struct BoundaryTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 迎接, 筹备, 交出 before a level word open no division's name.
    Case(
      text: "会议要求，做好迎接省运会工作，将筹备省运会作为系统工程，共同交出设市两周年答卷。",
      expected: [],
      absent: ["迎接省 : City", "筹备省 : City", "交出设市 : City"]),
    // A county of one character the national list holds (房县) is read after punctuation or a
    // verb of settling.
    Case(
      text: "5个重点招商项目落户房县。他指出，房县正在加快推进同城化建设。",
      expected: ["房县 : District"]),
    // Offices written short (区督查办, 区人防办, 区委督查考核办) are bodies; a head's post after
    // one affiliates him with it.
    Case(
      text: "区督查办、区安委办通报了有关情况。原则同意区人防办提交的方案。区推进办副主任胡立新随行。"
        + "区委督查考核办负责人参加。",
      expected: [
        "区督查办 : Organization", "区安委办 : Organization", "区人防办 : Organization",
        "区委督查考核办 : Organization", "胡立新 affiliated-with 区推进办",
      ]),
    // A policy's verbs and 公办 before a school, a hospital or a chamber are no part of a name:
    // a kind of body alone names none; a named school after them still stands.
    Case(
      text: "会议要求，优先考虑学校、医院等配套机构的进驻，大力建设公办幼儿园，进一步提升青岭县人民医院"
        + "诊疗水平。下一步将着重围绕如何发挥商会作用。企业家们就商会发展进行交流。将举全公司之力推进。",
      expected: ["青岭县人民医院 : Organization"],
      absent: [
        "优先考虑学校 : Organization", "大力建设公办幼儿园 : Organization", "公办幼儿园 : Organization",
        "进一步提升青岭县人民医院 : Organization", "着重围绕如何发挥商会 : Organization",
        "家们就商会 : Organization", "举全公司 : Organization",
      ]),
    // (A city the country's lists know: an unknown one after a verb needs evidence of its own,
    // UnvouchedCityTests.)
    Case(
      text: "会后，经青岭县工商联协调，项目占许昌市用地的一成。",
      expected: ["青岭县工商联 : Organization", "许昌市 : City"],
      absent: ["经青岭县工商联 : Organization", "占许昌市 : City"]),
    Case(
      text: "会后，经县人民政府常务会议研究，今年设立东篱社区和西篱社区。",
      expected: ["东篱社区 : Community", "西篱社区 : Community"],
      absent: ["经县人民政府 : Organization", "设立东篱社区 : Community"]),
    Case(
      text: "青山县政府副县长孙立主持会议，副县长林海致辞。",
      expected: ["孙立 title 副县长", "林海 : Official"],
      absent: ["青山县政府 : Organization", "林海致 : Official"]),
    Case(
      text: "自然资源所、林业站和前期办等部门负责人参加会议。县城管局、交通局、农委等单位负责人参加。",
      expected: ["自然资源所 : Organization", "林业站 : Organization", "农委 : Organization"]),
    Case(
      text: "这里建有国家级湿地公园和省级示范党群服务中心，青山区和睦街道办事处在此。",
      expected: ["和睦街道 : Street"],
      absent: [
        "国家级湿地公园 : Place", "省级示范党群服务中心 : Place", "睦街道 : Street",
        "睦街道 : District",
      ]),
    Case(
      text: "通过县社区建设领导小组牵头调研。",
      expected: [],
      absent: ["县社区 : District"]),
    Case(
      text: "在县政协副主席、县投资促进局局长的陪同下，副区长朱军和有关部门负责人陪同视察。",
      expected: ["县投资促进局 : Organization", "朱军 : Official"],
      absent: ["局 : Organization", "朱军和 : Official"]),
    Case(
      text: "企业家向远为该校捐资。县长米德成所作的报告获得通过。",
      expected: ["向远 : Person", "米德成 : Official"],
      absent: ["向远为 : Person", "米德 : Official"]),
    Case(
      text: "县委常委、县委办公室主任李明出席。交由区政府办理的建议共12件。",
      expected: ["李明 affiliated-with 县委办公室"],
      absent: ["公室 : Official", "区政府办 : Organization"]),
    Case(
      text: "会议听取了10项民心工程、高铁、高速等重点项目情况，要求健全村级联合党组织。",
      expected: [],
      absent: [
        "项民心工程 : Project", "高铁 : Project", "高速 : Project", "村级联合党组 : Organization",
      ]),
    Case(
      text: "要适时启动工程评估，把此项工程做成群众满意工程。民生及社会事业类项目4个。",
      expected: [],
      absent: ["要适时启动工程 : Project", "做成群众满意工程 : Project", "民生及社会事业类项目 : Project"]),
    Case(
      text: "成立社区是适应城市化发展的需要，他们隆重庆贺。法律顾问：青岭典冠律师事务所。",
      expected: ["青岭典冠律师事务所 : Organization"],
      absent: ["适应城市 : City", "重庆 : City"]),
    Case(
      text: "4月28日，万秀区委常委、副区长李联强到东盛社区调研。林雅琪区长带队。",
      expected: ["万秀区 : District", "李联强 affiliated-with 万秀区"],
      absent: ["万秀 : Official"]),
    Case(
      text: "3月31日，云川市委常委、组织部长黄立新到青岭县调研。",
      expected: ["云川市委组织部 : Organization", "黄立新 affiliated-with 云川市委组织部"],
      absent: ["组织部 : Organization"]),
    Case(
      text: "他在东湖水厂建设项目和青岭路路面改造工程现场查看。",
      expected: ["东湖水厂建设项目 : Project", "青岭路路面改造工程 : Project"],
      absent: ["东湖水厂 : Project"]),
    Case(
      text: "这是枫县县委、县政府的决定，市人大代表参加视察，县监委会、县法院有关负责人列席。组织部分党员参加。",
      expected: ["枫县县委 : Organization", "枫县监委会 : Organization"],
      absent: ["枫县委 : Organization", "市人大 : Organization", "县监委 : Organization", "组织部 : Organization"]),
    Case(
      text: "5月8日，云岭省青川市枫县三河镇食品物流园项目开工奠基仪式隆重举行。4月8日，青山区召开十二届区委常委会第15次会议。",
      expected: [
        "云岭省 : City", "青川市 : City", "枫县 : District", "三河镇 : Street",
        "三河镇 located-in 枫县",
      ],
      absent: ["十二届区 : District"]),
    Case(
      text: "2月18日上午，中国共产党青岭县第十三届委员会第六次全体会议召开。",
      expected: ["青岭县 : District"]),
    // The conference's full formal name, and a year, before the places of a meeting's name.
    Case(
      text: "8月21日下午，中国人民政治协商会议青川市枫林县第十五届委员会第四次会议开幕。",
      expected: ["青川市 : City", "枫林县 : District", "枫林县 located-in 青川市"]),
    Case(
      text: "4月3日上午，2022年青川市枫林县春季线上项目签约暨招商大会召开。",
      expected: ["青川市 : City", "枫林县 : District", "枫林县 located-in 青川市"],
      absent: ["2022年青川市 : City"]),
    Case(
      text: "他到青山区东湖街道综合治理工程现场察看。",
      expected: [
        "青山区东湖街道综合治理工程 : Project", "东湖街道 : Street", "青山区 : District",
        "东湖街道 located-in 青山区",
      ]),
    Case(
      text: "要融入安徽自贸区建设，他在四川工作多年。地址：新疆昌吉州青岭县迎宾路168号。",
      expected: ["四川 : City", "新疆 : City"],
      absent: ["安徽 : City", "自贸区 : District"]),
    Case(
      text: "他指出，经开区是全县工业经济的主阵地。",
      expected: [],
      absent: ["经开区 : District"]),
  ]

  @Test("names start after a verb or preposition and bare kind words name nothing", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
