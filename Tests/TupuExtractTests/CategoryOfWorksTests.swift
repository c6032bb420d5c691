import Testing

/// A category of works names none of them: a year, a county named before its year, or the
/// article's bare level before words that only sort works (重点, 协作, 国资系统, 补短板) leaves
/// no name. A named work after a year stays a work. Invented names.
@Suite("Categories of works")
struct CategoryOfWorksTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A year before a kind of work done with a partner region: no work named.
    Case(
      text: "张三丰调研2024年东西部协作项目建设情况。",
      expected: [],
      absent: ["2024年东西部协作项目 : Project"]),
    // A county, a year and a scope before 重点项目: the county's key works, none named.
    Case(
      text: "会议听取了青石县2023年全县重点项目进展情况的汇报。",
      expected: [],
      absent: ["青石县2023年全县重点项目 : Project"]),
    // The bare level before a sector (县国资系统项目); the named work beside it stays.
    Case(
      text: "会议听取了县国资系统项目、白云湖生态修复工程推进情况汇报。",
      expected: ["白云湖生态修复工程 : Project"],
      absent: ["县国资系统项目 : Project"]),
    // A field and an aim (民生领域补短板项目): what kind, not which.
    Case(
      text: "张三丰要求，围绕民生领域补短板项目、乡村振兴等重点任务谋划项目。",
      expected: [],
      absent: ["民生领域补短板项目 : Project"]),
    // Capacities and aims (应急能力提升工程, 壮大集体经济项目): what kind, not which work.
    Case(
      text: "张三丰要求各乡镇围绕防灾减灾、治理能力和应急能力提升工程、白云湖生态修复工程等方面谋划项目。",
      expected: ["白云湖生态修复工程 : Project"],
      absent: ["应急能力提升工程 : Project"]),
    Case(
      text: "李四光一行先后来到青石村、白云村,对村容村貌整治、壮大集体经济项目、蔬菜大棚建设情况进行调研。",
      expected: [],
      absent: ["壮大集体经济项目 : Project"]),
    // A year before a named work: the work keeps its name.
    Case(
      text: "张三丰调研2024年青石镇污水处理厂项目建设情况。",
      expected: ["2024年青石镇污水处理厂项目 : Project"],
      absent: []),
  ]

  @Test("a category of works names no work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
