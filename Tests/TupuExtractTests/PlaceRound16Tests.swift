import Testing

/// Facilities named after their place (round 16): the kinds of building a county or town has,
/// with invented names.
@Suite("Facilities named after their place")
struct PlaceRound16Tests {
  typealias Case = ReadingCase

  /// The party members' service hall: a building that stands, named by its kind after its place
  /// (or by its level alone, as 县体育馆 is).
  static let countyHalls: [Case] = [
    Case(
      text: "调研组先后来到县党员服务中心和兰溪镇党员服务中心。",
      expected: ["县党员服务中心 : Place", "兰溪镇党员服务中心 : Place", "兰溪镇党员服务中心 located-in 兰溪镇"]),
    // Named by their kind alone, with no place before them, they say what kind of hall.
    Case(
      text: "要把党员服务中心用好。",
      expected: [],
      absent: ["党员服务中心 : Place"]),
  ]

  @Test("a party members' service hall named after its place is a place", arguments: countyHalls)
  func countyHall(_ example: Case) throws { try example.check() }
}
