import Testing

/// A count before 路 is a road's ordinal only after the road's name (城南一路, 青禾二路). After a
/// verb of dividing or 其余 it counts the groups a party splits into (兵分三路, 其余二路), and 一路
/// before a verb of going or seeing is "all the way" (一路从北向南, 一路向下, 一路走一路看,
/// 一路听一路议): no road. Invented names.
@Suite("A count before 路")
struct WayCountRoadTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "活动当天,青禾社区的志愿者们分三路开展活动。",
      expected: ["青禾社区 : Community"],
      absent: ["分三路 : Road"]),
    Case(
      text: "一路清理小广告,其余二路深入背街小巷劝阻不文明行为。",
      expected: [],
      absent: ["余二路 : Road", "其余二路 : Road"]),
    Case(
      text: "考察团一行沿108省道一路从北向南,参观了星河工业区。",
      expected: ["星河工业区 : Place"],
      absent: ["道一路 : Road", "省道一路 : Road"]),
    Case(
      text: "青禾江发源于星河县西部,贯穿某某市后一路向下汇入大江。",
      expected: [],
      absent: ["后一路 : Road", "某某市后一路 : Road"]),
    Case(
      text: "人大代表一路走一路看、一路听一路议,对青禾镇的发展给予肯定。",
      expected: ["青禾镇 : Street"],
      absent: ["一路听一路 : Road", "一路走一路 : Road"]),
    // A road's ordinal after its name stays.
    Case(
      text: "环城社区党群服务中心位于城南一路9号。",
      expected: ["城南一路 : Road"]),
    Case(
      text: "新建的青禾二路向东延伸至星河大道。",
      expected: ["青禾二路 : Road"]),
  ]

  @Test("a count before 路 after a verb is no road", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
