import Testing

/// 某某一同前往。某某等一同调研。: 一同 or 一起 and a verb of the visit with nothing after it in
/// its clause says who goes along with the leaders the article named before — they review
/// nothing, and the visit stays the leaders' (a later 甲一行 is still 甲 and the co-leader named
/// with 甲). It says so only after the article has named the visit's leaders, and not where a
/// lead word or a joiner stands before 一同: 甲与乙一同调研, 甲带领乙一同调研, 甲与乙一同察看了A
/// (a verb with an object) are visits 甲 (and 乙) lead. Invented names.
@Suite("Those who go along with 一同")
struct GoingAlongTogetherTests {
  typealias Case = ReadingCase

  static let alongside: [Case] = [
    // The co-leader named in the opening sentence goes on through 甲一行 after a companion's
    // sentence of its own.
    Case(
      text: "10月12日，青山县委书记赵明远，县委副书记、县长钱立新调研督导重点项目推进情况。"
        + "县委副书记孙晓峰一同前往。"
        + "调研中，赵明远一行先后来到东湖冷链物流中心项目、嘉禾智能科技产业园项目等项目建设现场，"
        + "详细了解项目建设进度。",
      expected: [
        "赵明远 reviews 东湖冷链物流中心项目", "钱立新 reviews 东湖冷链物流中心项目",
        "赵明远 reviews 嘉禾智能科技产业园项目", "钱立新 reviews 嘉禾智能科技产业园项目",
      ],
      absent: ["孙晓峰 reviews 东湖冷链物流中心项目", "孙晓峰 reviews 嘉禾智能科技产业园项目"]),
    Case(
      text: "区委书记赵明远调研重点项目建设情况。区委常委、副区长孙晓峰一同调研。"
        + "赵明远一行先后来到北湖水库除险加固工程、南岭污水处理厂建设项目，察看施工进度。",
      expected: [
        "赵明远 reviews 北湖水库除险加固工程", "赵明远 reviews 南岭污水处理厂建设项目",
      ],
      absent: ["孙晓峰 reviews 北湖水库除险加固工程", "孙晓峰 reviews 南岭污水处理厂建设项目"]),
    // A roster of companions, 等 or 一起 before the verb.
    Case(
      text: "10月12日，青山县委书记赵明远，县委副书记、县长钱立新调研督导重点项目推进情况。"
        + "县委常委、副县长孙晓峰，副县长周海一同前往。"
        + "调研中，赵明远一行先后来到东湖冷链物流中心项目、嘉禾智能科技产业园项目等项目建设现场。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目", "钱立新 reviews 嘉禾智能科技产业园项目"],
      absent: ["孙晓峰 reviews 东湖冷链物流中心项目", "周海 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "10月12日，青山县委书记赵明远，县委副书记、县长钱立新调研督导重点项目推进情况。"
        + "县委常委孙晓峰等一同调研。"
        + "调研中，赵明远一行先后来到东湖冷链物流中心项目、嘉禾智能科技产业园项目等项目建设现场。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目", "钱立新 reviews 嘉禾智能科技产业园项目"],
      absent: ["孙晓峰 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "10月12日，青山县委书记赵明远，县委副书记、县长钱立新调研督导重点项目推进情况。"
        + "县委常委孙晓峰一起调研。"
        + "调研中，赵明远一行先后来到东湖冷链物流中心项目、嘉禾智能科技产业园项目等项目建设现场。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目", "钱立新 reviews 嘉禾智能科技产业园项目"],
      absent: ["孙晓峰 reviews 东湖冷链物流中心项目"]),
  ]

  /// Two named together before 一同 and a verb with an object make the visit together.
  static let together: [Case] = [
    Case(
      text: "区委书记赵明远与区长钱立新一同察看了北湖水库除险加固工程。",
      expected: ["赵明远 reviews 北湖水库除险加固工程", "钱立新 reviews 北湖水库除险加固工程"]),
    // The visit's own opening: no leaders named before, or a lead word or a joiner before 一同.
    Case(
      text: "区委书记赵明远与区长钱立新一同调研。他们先后来到东湖冷链物流中心项目、嘉禾智能科技产业园项目。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "钱立新 reviews 嘉禾智能科技产业园项目"]),
    Case(
      text: "区委书记赵明远带领区直有关部门负责人一同调研。一行人先后来到东湖冷链物流中心项目、"
        + "嘉禾智能科技产业园项目，详细了解项目进度。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 嘉禾智能科技产业园项目"]),
  ]

  @Test("一同 and a visit's verb with nothing after it: those before it go along", arguments: alongside)
  func alongsideCase(_ example: Case) throws { try example.check() }

  @Test("the visit's own leaders before 一同 lead", arguments: together)
  func togetherCase(_ example: Case) throws { try example.check() }
}
