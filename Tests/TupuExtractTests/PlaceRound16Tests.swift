import Testing

/// Facilities named after their place (round 16): the kinds of building a county or town has,
/// with invented names.
@Suite("Facilities named after their place")
struct PlaceRound16Tests {
  typealias Case = ReadingCase

  /// Where a county's sessions sit and the party members' service hall: buildings that stand,
  /// named by their kind after their place (or by its level alone, as 县体育馆 is).
  static let countyHalls: [Case] = [
    Case(
      text: "政协第九届云川县委员会第三次会议在县会议中心开幕。",
      expected: ["县会议中心 : Place"]),
    Case(
      text: "云川县人代会在云川县会议中心召开。",
      expected: ["云川县会议中心 : Place", "云川县会议中心 located-in 云川县"]),
    Case(
      text: "调研组先后来到县党员服务中心和兰溪镇党员服务中心。",
      expected: ["县党员服务中心 : Place", "兰溪镇党员服务中心 : Place", "兰溪镇党员服务中心 located-in 兰溪镇"]),
    // Named by their kind alone, with no place before them, they say what kind of hall.
    Case(
      text: "要把党员服务中心和会议中心用好。",
      expected: [],
      absent: ["党员服务中心 : Place", "会议中心 : Place"]),
  ]

  @Test("a county's meeting centre and party members' service hall are places", arguments: countyHalls)
  func countyHall(_ example: Case) throws { try example.check() }

  /// A zone a visit goes to stands already (the zones ruling): a Place; a clause that names
  /// works, a zone being built or signed, stays a Project.
  static let visitedZones: [Case] = [
    Case(
      text: "调研组一行深入到青禾新城健康产业园、兰溪工业园进行实地察看。",
      expected: ["青禾新城健康产业园 : Place", "兰溪工业园 : Place"]),
    Case(
      text: "县长先后到青禾纺织产业园和柳塘社区调研。",
      expected: ["青禾纺织产业园 : Place", "柳塘社区 : Community"]),
    Case(
      text: "委员们先后视察了青禾数字产业园、柳塘大道等项目现场。",
      expected: ["青禾数字产业园 : Project"],
      absent: ["青禾数字产业园 : Place"]),
    Case(
      text: "县长在兰溪村查看了青禾天麻产业园建设情况。",
      expected: ["青禾天麻产业园 : Project"],
      absent: ["青禾天麻产业园 : Place"]),
  ]

  @Test("a zone a visit goes to is a place, one the clause names as a work is a project",
    arguments: visitedZones)
  func visitedZone(_ example: Case) throws { try example.check() }
}
