import Testing

/// Where a firm's or school's name begins (round 10), each with invented names: a sum of money
/// before it (捐资500万元某集团, 筹集30万元建设某小学) is no part of it, nor a verb of rebuilding
/// or an adverb and verb of mobilizing (重建某小学, 积极动员某商会).
@Suite("Sums before names")
struct SumBeforeNameTests {
  typealias Case = ReadingCase

  static let sums: [Case] = [
    Case(
      text: "500万元明川集团爱心捐资援建青禾县实验小学",
      expected: ["明川集团 : Organization", "明川集团 sponsors 青禾县实验小学"],
      absent: ["500万元明川集团 : Organization"]),
    Case(
      text: "共筹集30万元建设青禾小学。",
      expected: ["青禾小学 : Organization"],
      absent: ["共筹集30万元建设青禾小学 : Organization"]),
  ]

  static let verbs: [Case] = [
    Case(
      text: "明川集团决定捐资500万元重建青禾县实验小学教学楼。",
      expected: ["青禾县实验小学 : Organization"],
      absent: ["500万元重建青禾县实验小学 : Organization", "重建青禾县实验小学 : Organization"]),
    Case(
      text: "县工商联积极动员食品商会通过多种方式参与疫情防控。",
      expected: ["食品商会 : Organization"],
      absent: ["县工商联积极动员食品商会 : Organization"]),
    // 伴随着某小学教学楼的落成: the preposition opens no school's name.
    Case(
      text: "伴随着青禾希望小学教学楼的落成，孩子们十分高兴。",
      expected: ["青禾希望小学 : Organization"],
      absent: ["伴随着青禾希望小学 : Organization"]),
    // 已建起某希望小学, 寄语某小学的孩子们: the verb opens no school's name.
    Case(
      text: "至此，某市已建起青禾希望小学等学校。",
      expected: ["青禾希望小学 : Organization"],
      absent: ["某市已建起青禾希望小学 : Organization"]),
    Case(
      text: "王明远寄语柳荫小学的孩子们好好学习。",
      expected: ["柳荫小学 : Organization"],
      absent: ["王明远寄语柳荫小学 : Organization", "寄语柳荫小学 : Organization"]),
    // 援助某镇中心卫生院, 助建某卫生院综合楼, 分发至某市妇幼保健院: verbs of aiding and of handing
    // out open no school's or hospital's name.
    Case(
      text: "青禾市商会援助白沙镇中心卫生院医疗设备捐赠仪式圆满完成",
      expected: ["白沙镇中心卫生院 : Organization"],
      absent: ["青禾市商会援助白沙镇中心卫生院 : Organization", "市商会援助白沙镇中心卫生院 : Organization"]),
    Case(
      text: "明川集团董事长王明远捐资三百万元助建柳荫卫生院综合楼",
      expected: ["柳荫卫生院 : Organization"],
      absent: ["助建柳荫卫生院 : Organization"]),
    Case(
      text: "目前，该批医疗设备已分发至青禾市妇幼保健院和青禾市柳荫镇卫生院。",
      expected: ["青禾市妇幼保健院 : Organization"],
      absent: ["疗设备已分发至青禾市妇幼保健院 : Organization", "分发至青禾市妇幼保健院 : Organization"]),
    // Round 19: 用于奖励某中学, 也祝愿某学校: verbs of rewarding and of wishing open no school's name.
    Case(
      text: "明川集团每年捐赠20万元，专门用于奖励柳荫高级中学、青禾县实验中学的优秀学子。",
      expected: ["柳荫高级中学 : Organization", "青禾县实验中学 : Organization"],
      absent: ["用于奖励柳荫高级中学 : Organization", "奖励柳荫高级中学 : Organization"]),
    Case(
      text: "王明远说：“也祝愿家乡学校越办越好！”",
      expected: [],
      absent: ["也祝愿家乡学校 : Organization", "祝愿家乡学校 : Organization"]),
  ]

  @Test("a sum of money ends before a firm's or school's name", arguments: sums)
  func sum(_ example: Case) throws { try example.check() }

  @Test("重建, 积极动员, 伴随着, 建起, 寄语, 援助, 助建, 分发至, 奖励, 祝愿 begin no firm's or school's name", arguments: verbs)
  func verb(_ example: Case) throws { try example.check() }
}
