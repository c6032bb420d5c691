import Testing

/// A work named only by its trade, its kind or the way it is done (高端纺织项目, 新型环保项目,
/// 食品产业园, 田园综合体, 农文旅融合项目, 设施更新改造工程) names no work: what is left once
/// those words are read is nothing. A work with a name of its own keeps it. Invented names.
@Suite("Works named only by their trade or kind")
struct TradeWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Trades a county's new works belong to: kinds, not works.
    Case(
      text: "今天开工的8个项目，既有高端化工、高端装备、高端纺织项目，也有新型材料、新型环保项目。",
      expected: [],
      absent: ["高端纺织项目 : Project", "新型环保项目 : Project"]),
    // A way of working (融合) and a kind of park or complex a visit learns from.
    Case(
      text: "考察组赴青禾县考察学习乡村振兴工作和农文旅融合项目。",
      expected: ["青禾县 : District"],
      absent: ["农文旅融合项目 : Project"]),
    Case(
      text: "张三明要求，全力服务好白云生态园建设，打造有影响力的田园综合体。",
      expected: [],
      absent: ["田园综合体 : Project"]),
    Case(
      text: "调研组先后来到青禾竹木有限公司、生物科技产业园、白云食品产业园等地考察。",
      expected: ["青禾竹木有限公司 : Organization"],
      absent: ["生物科技产业园 : Place", "生物科技产业园 : Project"]),
    // Renewing the facilities of a water network: what is done, not which work.
    Case(
      text: "委员们察看了这一街区供水旧管网及设施更新改造工程的进度。",
      expected: [],
      absent: ["设施更新改造工程 : Project"]),
    // A work with a name of its own before its trade stays one.
    Case(
      text: "张三明调研青禾纺织项目建设情况。",
      expected: ["青禾纺织项目 : Project"]),
  ]

  @Test("a trade or a kind names no work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
