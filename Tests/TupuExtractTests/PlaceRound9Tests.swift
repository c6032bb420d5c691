import Testing

/// Place forms of round 9, each kept only when text nobody derived it from rose too; invented
/// names.
@Suite("Place forms that transfer between read sets")
struct PlaceRound9Tests {
  typealias Case = ReadingCase

  /// located-in is direct containment: a thing stated to lie in a place that itself lies in
  /// the one its name begins with keeps only the inner place.
  static let directContainers: [Case] = [
    Case(
      text: "11月7日，云川区青禾街道柳塘村村史馆正式开馆。该村史馆位于柳塘村党群服务中心二楼。",
      expected: [
        "柳塘村村史馆 located-in 柳塘村党群服务中心", "柳塘村党群服务中心 located-in 柳塘村",
        "柳塘村 located-in 青禾街道",
      ],
      absent: ["柳塘村村史馆 located-in 柳塘村"]),
    // Two containers neither of which holds the other both stay.
    Case(
      text: "兰溪县石门镇位于云川市东部。",
      expected: ["石门镇 located-in 兰溪县", "石门镇 located-in 云川市"]),
  ]

  @Test(
    "a thing keeps only the innermost of the places that hold one another",
    arguments: directContainers)
  func directContainer(_ example: Case) throws { try example.check() }

  /// A site of a list of places written as its kind word alone names no place; the named sites
  /// beside it still do.
  static let kindWordSites: [Case] = [
    Case(
      text: "这个区域附近有多个小区，距离火车站、青禾河公园、柳塘菜场等地又非常近。",
      expected: ["青禾河公园 : Place", "柳塘菜场 : Place"],
      absent: ["火车站 : Place"]),
    Case(
      text: "市领导先后来到体育馆、青禾文化园等地调研。",
      expected: ["青禾文化园 : Place"],
      absent: ["体育馆 : Place"]),
  ]

  @Test("a site written as its kind word alone names no place", arguments: kindWordSites)
  func kindWordSite(_ example: Case) throws { try example.check() }
}
