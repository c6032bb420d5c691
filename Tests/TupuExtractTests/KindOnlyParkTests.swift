import Testing

/// Round 28 (pl2): a park, square, reservoir or zone whose own words only say what kind it is —
/// what it is for (生态公园, 森林公园), where it lies (沿河公园), whom it serves (群众文化活动广场),
/// its size or a count of kinds (大中小型, 七大) — names no place unless a named place before
/// it owns it. Invented names.
@Suite("Parks and squares named by their kind alone")
struct KindOnlyParkTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青荷湖公园已成为某区规模最大、功能最全的生态公园。",
      expected: [],
      absent: ["生态公园 : Place"]),
    Case(
      text: "公园依托柳溪原有形态而建,已成为我市风景秀丽的城中生态公园。",
      expected: [],
      absent: ["城中生态公园 : Place"]),
    Case(
      text: "该市打造沿河公园12处,建设亲水平台2个。",
      expected: [],
      absent: ["沿河公园 : Place"]),
    Case(
      text: "镇里建成群众文化活动广场,配备了健身器材。",
      expected: [],
      absent: ["群众文化活动广场 : Place"]),
    Case(
      text: "全县大中小型水库均已落实巡查责任。",
      expected: [],
      absent: ["大中小型水库 : Place"]),
    Case(
      text: "该街道着力打造七大产业集聚区。",
      expected: [],
      absent: ["七大产业集聚区 : Place"]),
    // A park with a name of its own, or owned by the place before it, stays.
    Case(
      text: "青禾森林公园和星桥镇生态公园同日开放。",
      expected: ["青禾森林公园 : Place", "星桥镇生态公园 : Place"]),
  ]

  @Test("a park named by its kind alone is no place", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
