import Testing

/// Posts within a body from a general inventory (round 15, jieba's dictionary, MIT): a court's
/// judges, a unit's political instructors, a bureau's chief engineer, the heads of brigades,
/// kindergartens and state farms, a committee's alternate members, a party group's head, and
/// a factory's company posts. Invented names.
@Suite("Reading posts from the general inventory")
struct PostInventoryTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A brigade's head (治安大队大队长): the brigade is the body, 大队长 the post.
    Case(
      text: "青石县召开工作会议。县公安局党委委员、交警大队大队长赵六合，教导员钱七星出席。",
      expected: [
        "赵六合 title 大队长", "赵六合 affiliated-with 交警大队",
        "钱七星 title 教导员", "钱七星 : Official",
      ],
      absent: ["赵六合 affiliated-with 交警大队大队", "赵六合 title 交警大队大队长"]),
    // A court's judge, a bureau's chief engineer, a kindergarten's head, a ward's head nurse.
    Case(
      text: "青石县召开工作会议。县法院审判员王五岳，县住建局总工程师孙八方，县实验幼儿园园长吴十全，"
        + "县人民医院护士长周九龙参加。",
      expected: [
        "王五岳 affiliated-with 青石县法院", "孙八方 title 总工程师", "孙八方 affiliated-with 青石县住建局",
        "吴十全 title 园长", "周九龙 title 护士长", "周九龙 : Official",
      ]),
    // A bureau's section head (股长), a deputy commissar, a village's security head (治保主任).
    Case(
      text: "青石县召开工作会议。县教育局股长冯二虎，县人武部副政委陈三元，青石镇某某村治保主任郑一鸣参加。",
      expected: [
        "冯二虎 title 股长", "冯二虎 affiliated-with 青石县教育局", "陈三元 title 副政委",
        "陈三元 affiliated-with 青石县人武部", "郑一鸣 title 治保主任",
      ],
      absent: ["陈三元 title 政委"]),
    // A party group's head is no 党小 holding 组长; a workshop's head is a company post.
    Case(
      text: "青石县召开工作会议。青石镇某某村党小组长吴十全，某某机械厂车间主任周九龙参加。",
      expected: ["吴十全 title 党小组长", "周九龙 : Person"],
      absent: ["党小 : Official", "车间 : Person", "周九龙 : Official"]),
    // 支部书记 without 党 and 常务理事长: the whole post, within the body before it.
    Case(
      text: "青石县召开工作会议。青石县实验小学支部书记张三丰，县慈善总会常务理事长李四海参加。",
      expected: [
        "张三丰 title 支部书记", "张三丰 affiliated-with 青石县实验小学", "李四海 title 常务理事长",
        "李四海 affiliated-with 青石县慈善总会",
      ],
      absent: ["李四海 title 理事长"]),
  ]

  @Test("posts from the general inventory", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
