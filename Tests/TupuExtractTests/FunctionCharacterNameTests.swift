import Testing

/// Names with a function character inside them (和, 将…), which elsewhere is a boundary; with
/// invented names, and sentences where the character IS a boundary.
@Suite("Names with a function character inside")
struct FunctionCharacterNameTests {
  typealias Case = ReadingCase

  static let inside: [Case] = [
    // 和 as a name's second character, the suffix right after it.
    Case(
      text: "近日，福和镇召开乡村振兴推进会。",
      expected: ["福和镇 : Street"], absent: ["和镇 : Street"]),
    Case(
      text: "推动安和村各项事业发展。",
      expected: ["安和村 : Community"]),
    Case(
      text: "文艺汇演在瑞和小区广场举行。",
      expected: ["瑞和小区 : Place"]),
    // A county of the country's lists is read whole, whatever follows it.
    Case(
      text: "1月5日，泰和县政协会议闭幕。",
      expected: ["泰和县 : District"]),
    // A one-character school name after 将, right after its county, goes with the county.
    Case(
      text: "柳川县将石中学承担周边乡镇的义务教育。",
      expected: ["柳川县将石中学 : Organization"]),
  ]

  static let boundary: [Case] = [
    Case(
      text: "青山县和白水县签订合作协议。",
      expected: ["青山县 : District", "白水县 : District"],
      absent: ["和白水县 : District"]),
    Case(
      text: "爱心企业向青山镇捐赠物资，将柳塘村建成示范村。",
      expected: ["青山镇 : Street", "柳塘村 : Community"],
      absent: ["向青山镇 : Street", "将柳塘村 : Community"]),
    // Level characters name nothing; 村(社区) is the pair of kinds.
    Case(
      text: "区和镇两级干部参加，建立联系点和村(社区)议事堂。",
      expected: [],
      absent: ["区和镇 : Street", "点和村 : Community"]),
    // 人为县, 图为社区: other function words are verbs' objects, not names' characters.
    Case(
      text: "图为社区志愿者，他们成为社区骨干。",
      expected: [],
      absent: ["图为社区 : Community", "成为社区 : Community"]),
    Case(
      text: "他将石中学生送回家。",
      expected: [],
      absent: ["将石中学 : Organization"]),
  ]

  static let joinedWorks: [Case] = [
    // 及 joins two parts of one work's name, back to the boundary before the first.
    Case(
      text: "云溪新材料有限公司投资3亿元建设电子及光电膜片生产项目。",
      expected: ["电子及光电膜片生产项目 : Project"],
      absent: ["光电膜片生产项目 : Project"]),
    Case(
      text: "乡贤捐资兴建的桥梁加固及配套水渠工程正式交付使用。",
      expected: ["桥梁加固及配套水渠工程 : Project"],
      absent: ["配套水渠工程 : Project"]),
    // Up to the list comma before it, and a place at its head, though as long as a work's name
    // may be.
    Case(
      text: "调研了青溪米业项目,柳州精工齿轮箱体总成及传动轴生产线和桂溪公园等城建项目。",
      expected: ["柳州精工齿轮箱体总成及传动轴生产线 : Project"]),
    // Two works, a report and a work, 以及: apart.
    Case(
      text: "会议审议了青山路改造项目及白水桥建设项目。",
      expected: ["白水桥建设项目 : Project"],
      absent: ["青山路改造项目及白水桥建设项目 : Project"]),
    Case(
      text: "会议听取了目标完成情况及污水净化项目建设情况。",
      expected: [],
      absent: ["目标完成情况及污水净化项目 : Project"]),
    Case(
      text: "投资建设电子以及通信设备生产项目。",
      expected: ["通信设备生产项目 : Project"],
      absent: ["电子以及通信设备生产项目 : Project"]),
  ]

  @Test("a work's name goes on across 及 between its parts", arguments: joinedWorks)
  func readJoinedWork(_ reading: Case) throws { try reading.check() }

  @Test("a function character right inside a short name is part of it", arguments: inside)
  func readInside(_ reading: Case) throws { try reading.check() }

  @Test("a function character before a name of its own stays a boundary", arguments: boundary)
  func readBoundary(_ reading: Case) throws { try reading.check() }
}
