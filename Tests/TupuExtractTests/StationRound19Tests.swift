import Testing

/// A sewage or pumping station is a work named after its place (某社区污水处理站 in that community),
/// a hydropower station that stands a Place; a capacity, a sum, a count or the verb that builds it
/// before a plant's kind word (日供水5万吨水厂, 投资80万元建设污水处理站, 新建3座泵站, 增压泵站)
/// names no plant, while a plant's own count stays (县第二污水处理厂). Invented names.
@Suite("Stations and plants named after a capacity or a sum")
struct StationRound19Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "记者在青禾乡柳港社区污水处理站看到，设备已安装到位。",
      expected: [
        "柳港社区污水处理站 : Project", "柳港社区污水处理站 located-in 柳港社区",
      ]),
    Case(
      text: "代表们视察了石门水电站库坝安全运行情况。",
      expected: ["石门水电站 : Place"]),
    Case(
      text: "续建日供水5万吨水厂，投资80万元建设污水处理站，新建3座泵站，增压泵站用地已确定。",
      expected: [],
      absent: [
        "万吨水厂 : Project", "80万元建设污水处理站 : Project", "万元建设污水处理站 : Project",
        "座泵站 : Project", "增压泵站 : Project",
      ]),
    Case(
      text: "副县长到县第二污水处理厂在建工地督导。",
      expected: ["县第二污水处理厂 : Project"]),
  ]

  @Test("stations and plants", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
