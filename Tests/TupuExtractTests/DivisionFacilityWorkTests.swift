import Testing

/// A work named by its facility's kind alone right after a town or village (某镇污水处理厂, 某村
/// 污水处理厂项目): the division's name is the head of the work's name, and the work lies in it.
/// Before, the kind word had no name of its own to complete and the work was lost.
@Suite("Works named by kind after a division")
struct DivisionFacilityWorkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "柳塘乡污水处理厂建成投用。",
      expected: ["柳塘乡污水处理厂 : Project", "柳塘乡污水处理厂 located-in 柳塘乡"]),
    Case(
      text: "5月3日，县委常委会第3次会议研究了青石镇污水处理厂项目、白云山景区提升项目。",
      expected: [
        "青石镇污水处理厂项目 : Project", "青石镇污水处理厂项目 located-in 青石镇",
        "县委常委会第3次会议 reviews 青石镇污水处理厂项目",
        "县委常委会第3次会议 reviews 白云山景区提升项目",
      ]),
    // A bare 项目 after a place names no work.
    Case(
      text: "会议研究了青石镇项目。",
      expected: ["青石镇 : Street"],
      absent: ["青石镇项目 : Project"]),
  ]

  @Test("a facility's kind after a town or village names the town's work", arguments: cases)
  func workOfDivision(_ example: Case) throws { try example.check() }
}
