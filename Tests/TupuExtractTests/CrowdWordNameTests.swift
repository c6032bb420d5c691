import Testing

/// After a word for people in the crowd (居民, 市民, 村民), what follows is a name only when it
/// looks like one: not a block of flats (居民楼), not an adverb and a common verb (都愿意), not a
/// word that begins with a surname's character (游客, 解忧). Invented names.
@Suite("Words after a crowd's word")
struct CrowdWordNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "这里人气很足,附近居民都愿意来。",
      expected: [],
      absent: ["都愿意 : Person"]),
    Case(
      text: "志愿者们深入背街小巷、商铺、居民楼等场所清理乱张贴。",
      expected: [],
      absent: ["楼等场 : Person"]),
    Case(
      text: "经过整治,白石湖岸线成为市民游客休闲娱乐的好去处。",
      expected: [],
      absent: ["游客休 : Person"]),
    Case(
      text: "青禾区选派党员干部下沉社区为居民解忧",
      expected: [],
      absent: ["解忧 : Person"]),
    // A resident named after the crowd's word stays a person.
    Case(
      text: "居民张明远说,社区变化很大。",
      expected: ["张明远 : Person"]),
  ]

  @Test("a crowd's word is followed by a name only when it looks like one", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
