import Testing

/// Round 18: a donor introduced by who he is to the place he gives to (外出乡贤某某, 热心人士某某,
/// 外国友人某某先生) is a person, and so a giver; the words alone, for a crowd, name no one.
/// Invented names throughout.
@Suite("Donors introduced by who they are")
struct DonorDescriptorTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "外出乡贤张大春向青石镇白沙小学捐赠图书500册。",
      expected: ["张大春 : Person", "张大春 sponsors 青石镇白沙小学"]),
    Case(
      text: "在外乡贤李文博捐资10万元，用于青石村道路硬化。",
      expected: ["李文博 : Person", "李文博 sponsors 青石村"]),
    Case(
      text: "其中，该村企业家林振华个人捐款60万元，外出热心人士王小川捐资17万元。",
      expected: ["林振华 : Person", "王小川 : Person"]),
    Case(
      text: "外国友人史密斯先生捐资的20万元捐赠给白沙小学。",
      expected: ["史密斯 : Person", "史密斯 sponsors 白沙小学"]),
    // Round 19: the standing that brought him to give (在外成功人士某某, 爱心乡贤代表某某).
    Case(
      text: "在外成功人士刘青山得知村里的困难，主动捐资30万元。",
      expected: ["刘青山 : Person"]),
    Case(
      text: "爱心乡贤代表赵明远向石桥镇东坡小学捐赠图书300册。",
      expected: ["赵明远 : Person", "赵明远 sponsors 石桥镇东坡小学"]),
    Case(
      text: "社会各界成功人士纷纷捐款，乡贤代表踊跃发言。",
      expected: [],
      absent: ["纷纷捐 : Person", "踊跃发 : Person", "踊跃 : Person"]),
    // A crowd of well-wishers: no name follows.
    Case(
      text: "社会各界热心人士关注教育事业的发展。",
      expected: [],
      absent: ["关注 : Person", "关注教 : Person"]),
    Case(
      text: "越来越多的爱心企业、热心人士扛起社会责任。",
      expected: [],
      absent: ["扛起 : Person"]),
  ]

  @Test("donors introduced by who they are", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
