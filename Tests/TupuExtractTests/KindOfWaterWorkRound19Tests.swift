import Testing

/// Rural water works named by what is treated or supplied (乡镇生活污水治理工程, 农村安全饮水,
/// 农村危桥改造, 小流域治理项目) are kinds of work, no project by name; a plant or a river's work
/// named by its place stays one. Invented names.
@Suite("Rural water works named by their kind")
struct KindOfWaterWorkRound19Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "县长吴启明察看了青禾镇污水处理厂和乡镇生活污水治理工程建设进度，听取了全县乡镇污水治理工程、农村安全饮水和农村危桥改造情况汇报，并察看了柳溪河小流域综合治理工程。",
      expected: ["青禾镇污水处理厂 : Project", "柳溪河小流域综合治理工程 : Project"],
      absent: [
        "乡镇生活污水治理工程 : Project", "乡镇污水治理工程 : Project", "农村安全饮水 : Project",
        "农村危桥改造 : Project",
      ])
  ]

  @Test("rural water works named by their kind name no project", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
