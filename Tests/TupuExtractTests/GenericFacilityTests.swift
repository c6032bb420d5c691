import Testing

/// A facility named only by its size, standing, grade, rank among firsts or where it sits (中型水库,
/// 标志性博物馆, 星级社区, 首家社区, 屋顶花园, 街心公园, 山塘水库) is a kind of facility, no place of its
/// own (the generic-name list of Ontology/lexicon/words.tupu). Invented names.
@Suite("Facilities named by their kind")
struct GenericFacilityTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Sizes of reservoirs: what kind, not which; the reservoir named before stays.
    Case(
      text: "青石水库是一座中型水库，全县另有小型水库十余座。",
      expected: ["青石水库 : Place"],
      absent: ["中型水库 : Place", "小型水库 : Place"]),
    // Standing and where a garden or park sits: kinds of facility.
    Case(
      text: "青石县将建设一座标志性博物馆，翠湖小区建起了屋顶花园，附近还有街心公园。",
      expected: ["翠湖小区 : Place"],
      absent: ["标志性博物馆 : Place", "屋顶花园 : Place", "街心公园 : Place"]),
    // A first and a star grade of communities: which community is named before.
    Case(
      text: "翠湖社区是全区首家社区党建示范点，也是全区星级社区。",
      expected: ["翠湖社区 : Community"],
      absent: ["首家社区 : Community", "星级社区 : Community"]),
    // Ponds and reservoirs as a class of risk.
    Case(
      text: "要强化山塘水库、地质灾害点等风险隐患排查。",
      expected: [],
      absent: ["山塘水库 : Place"]),
  ]

  @Test("facilities named by their kind name no place", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

/// 传统村落, 古村落, 某村村落: villages as such (村落) name no village; a village before 落实 keeps
/// its name. Invented names.
@Suite("Villages as such")
struct VillagesAsSuchTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "要统筹用好传统村落、古村落和古建筑等资源。",
      expected: [],
      absent: ["传统村 : Community", "古村 : Community"]),
    Case(
      text: "青石镇推进渔村村落环境整治。",
      expected: ["青石镇 : Street"],
      absent: ["渔村村 : Community"]),
    Case(
      text: "青石村落实了整改措施，青石村村民代表参加。",
      expected: ["青石村 : Community"],
      absent: []),
  ]

  @Test("villages as such name no village", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
