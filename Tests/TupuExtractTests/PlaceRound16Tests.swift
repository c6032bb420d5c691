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
}
