import Testing

/// A community or village named by its kind in policy or in the estate trade (未来社区, 持续照料
/// 退休社区), by the work it hosts (项目属地村) or by a grade in a review (评最差村): no community
/// by name; a village's own name (新街村) stays. Invented names.
@Suite("Communities named by kind words only")
struct KindCommunityRound19Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "调研组了解了未来社区建设情况，该项目采用持续照料退休社区的模式。",
      expected: [],
      absent: ["未来社区 : Community", "照料退休社区 : Community", "退休社区 : Community"]),
    Case(
      text: "项目属地村要增强责任意识，每月评最差村2个，青梧镇新街村获评先进。",
      expected: ["新街村 : Community", "青梧镇 : Street"],
      absent: ["属地村 : Community", "评最差村 : Community", "最差村 : Community"]),
  ]

  @Test("communities named by kind words only name none", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
