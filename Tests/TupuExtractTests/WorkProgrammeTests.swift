import Testing

/// 人大十件民生实事项目, 2020年政府为民办实事项目, 票决民生实事项目: a programme of unnamed works,
/// written with who runs it (人大, 政府), how it is chosen (票决) or how many works it holds
/// (十件), names no work — no Project, and a meeting that hears of it reviews nothing. A work
/// named beside it is still reviewed, and a programme's works named with their own name
/// (某小学民生实事项目) stay works. Invented names.
@Suite("A programme of works names no work")
struct WorkProgrammeTests {
  typealias Case = ReadingCase

  static let programmes: [Case] = [
    Case(
      text: "3月1日，县长张三明主持召开县政府第5次常务会议。"
        + "会议听取了2024年政府为民办实事项目、青禾大道改造工程进展情况汇报。",
      expected: ["县政府第5次常务会议 reviews 青禾大道改造工程"],
      absent: [
        "县政府第5次常务会议 reviews 2024年政府为民办实事项目",
        "县政府第5次常务会议 reviews 政府为民办实事项目", "政府为民办实事项目 type Project",
      ]),
    Case(
      text: "3月1日，县长张三明主持召开县政府第5次常务会议。"
        + "会议听取了县发展改革委关于人大十件民生实事项目进展情况的汇报，研究了青禾大道改造工程。",
      expected: ["县政府第5次常务会议 reviews 青禾大道改造工程"],
      absent: [
        "县政府第5次常务会议 reviews 人大十件民生实事项目", "人大十件民生实事项目 type Project",
      ]),
    Case(
      text: "代表们表示，将认真审议各项报告、票决民生实事项目，提出高质量的议案建议。",
      expected: [],
      absent: ["票决民生实事项目 type Project"]),
  ]

  /// A programme's work named with its own name stays a work.
  static let named: [Case] = [
    Case(
      text: "县长张三明来到青禾小学民生实事项目建设现场，察看工程进度。",
      expected: ["张三明 reviews 青禾小学民生实事项目"])
  ]

  @Test("a programme of unnamed works names no work", arguments: programmes)
  func programmeCase(_ example: Case) throws { try example.check() }

  @Test("a programme's work named with its own name is a work", arguments: named)
  func namedCase(_ example: Case) throws { try example.check() }
}
