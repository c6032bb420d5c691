import Testing

/// Living quarters and playgrounds that stand (某街道某某生活区, 机场生活区, 某某生态游乐园, 某村某某儿童乐园)
/// are Places, located in the place written before them (the zones ruling); named by kind words
/// only (多功能现代化儿童乐园) they name none. Invented names.
@Suite("Living quarters and playgrounds are places")
struct ZoneFacilityRound20Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "检查组来到青枫街道柳岸生活区，查看车辆停放情况。",
      expected: ["青枫街道柳岸生活区 : Place", "青枫街道柳岸生活区 located-in 青枫街道"]),
    Case(
      text: "石溪生态游乐园的开园为当地游客提供了观赏游乐新景点。",
      expected: ["石溪生态游乐园 : Place"]),
    Case(
      text: "春节期间，白塘乡红星村松果儿童乐园成为游客打卡地，这是一家多功能现代化儿童乐园。",
      expected: ["红星村松果儿童乐园 : Place", "红星村松果儿童乐园 located-in 红星村"],
      absent: ["多功能现代化儿童乐园 : Place"]),
  ]

  @Test("living quarters and playgrounds are places", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
