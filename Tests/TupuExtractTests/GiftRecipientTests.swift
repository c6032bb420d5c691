import Testing

/// Who receives in donation news (round 10), each with invented names: a chain of places opened
/// by a word for the article's city (向该市某区某社区), 向其 after a partner named before, the place
/// a giver goes to (走进某小学捐建), and the village a unit is paired with (某村的结对单位某社区).
@Suite("Gift recipients")
struct GiftRecipientTests {
  typealias Case = ReadingCase

  static let chains: [Case] = [
    // 向该市某区某社区: 该市 opens the chain; the innermost place receives.
    Case(
      text: "明川商会向该市青山区柳荫社区捐赠了价值2万元的物品。",
      expected: ["明川商会 sponsors 柳荫社区"]),
    // A long chain, its facility far from 向.
    Case(
      text: "明川商会等单位联袂向该市青山区柳荫社区融乐养老服务站捐赠了一批物品。",
      expected: ["明川商会 sponsors 柳荫社区融乐养老服务站"]),
  ]

  static let pronouns: [Case] = [
    // 甲与乙交流…，并向其捐赠: 其 is the partner; the giver is the sentence's subject.
    Case(
      text: "青禾中学党支部与柳荫社区交流党建工作，并向其捐赠书籍350本。",
      expected: ["青禾中学党支部 sponsors 柳荫社区"])
  ]

  static let visits: [Case] = [
    // 某基金会走进某小学捐建: the school visited receives.
    Case(
      text: "明川基金会走进柳荫镇中心小学捐建了30个图书角。",
      expected: ["明川基金会 sponsors 柳荫镇中心小学"])
  ]

  static let partners: [Case] = [
    // 某村的党建结对单位某社区出资: the community acts as a body and gives to the village.
    Case(
      text: "其中，柳荫村的党建结对单位青山区禾丰社区还出资2万元捐赠了办公桌椅。",
      expected: ["禾丰社区 sponsors 柳荫村"])
  ]

  @Test("向该市… opens a chain of places that receives", arguments: chains)
  func chain(_ example: Case) throws { try example.check() }

  @Test("向其 gives to the one named before, from the sentence's subject", arguments: pronouns)
  func pronoun(_ example: Case) throws { try example.check() }

  @Test("the place a giver goes to receives (走进某小学捐建)", arguments: visits)
  func visit(_ example: Case) throws { try example.check() }

  @Test("a paired unit gives to the village it is paired with", arguments: partners)
  func partner(_ example: Case) throws { try example.check() }
}
