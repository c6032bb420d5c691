import Testing

/// A work whose name holds a word that elsewhere ends a name: 优化 (某公司产品结构优化提升项目)
/// or 展示 where 发展 meets 示范 (某乡农业高质量发展示范园项目). The word belongs to the work's
/// name, which runs back to its firm or place. Invented names.
@Suite("Verbs inside a work's name")
struct VerbInsideWorkNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "县长王大成先后到柳溪乡农业高质量发展示范园项目、石门乡现代农业产业园项目进行督导调研。",
      expected: [
        "柳溪乡农业高质量发展示范园项目 : Project",
        "柳溪乡农业高质量发展示范园项目 located-in 柳溪乡",
        "王大成 reviews 柳溪乡农业高质量发展示范园项目",
      ],
      absent: ["范园项目 : Project"]),
    Case(
      text: "县长王大成调研了青禾科达化工公司产品结构优化提升项目。",
      expected: [
        "青禾科达化工公司产品结构优化提升项目 : Project",
        "王大成 reviews 青禾科达化工公司产品结构优化提升项目",
      ]),
    // Verbs of a clause before 项目 name no work.
    Case(
      text: "会议强调，要优化项目布局，持续优化营商环境。",
      expected: [],
      absent: ["优化项目 : Project"]),
  ]

  @Test("a verb inside a work's name stays in it", arguments: cases)
  func verbInside(_ example: Case) throws { try example.check() }
}
