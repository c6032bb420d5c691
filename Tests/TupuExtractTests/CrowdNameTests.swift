import Testing

/// A word for people in the crowd (居民, 村民, 乡贤) written straight on before what may be a
/// name: an adverb written twice (连连), a verb with its aspect particle (成了) or a phrase that
/// runs on (都是办完事) is no person; a name that ends cleanly still is. Invented names.
@Suite("Names after a word for the crowd")
struct CrowdNameTests {
  typealias Case = ReadingCase

  static let crowdNames: [Case] = [
    Case(
      text: "青石村新修的水泥路正式通车，引来居民连连称赞。",
      expected: [],
      absent: ["连连 : Person"]),
    Case(
      text: "在白沙镇，乡贤成了文明乡风的传播者。",
      expected: [],
      absent: ["成了 : Person"]),
    Case(
      text: "“以前村委会条件差，村民都是办完事就走。”",
      expected: [],
      absent: ["都是办 : Person"]),
    Case(
      text: "村民柳大山说，新路修好了，出行方便多了。",
      expected: ["柳大山 : Person"],
      absent: []),
    Case(
      text: "柳塘村村民甘立群经商致富后热心家乡建设。",
      expected: ["甘立群 : Person", "柳塘村 : Community"],
      absent: []),
    Case(
      text: "居民甘晓梅、马立群参加了活动。",
      expected: ["甘晓梅 : Person", "马立群 : Person"],
      absent: []),
  ]

  @Test("a name after a crowd's word looks like a name", arguments: crowdNames)
  func crowdName(_ example: Case) throws { try example.check() }
}
