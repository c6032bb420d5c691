import Testing

/// Round 31 (pl5): more words that only a body of water takes, after which a river's or lake's
/// name is a Place (the water-feature frame of round 27): its level (水位), its source (发源于),
/// where it meets another (交汇, 交界处) and a site on it (之上). 上游 and 下游 are not among them
/// (某江下游地区 is a region), nor 边 alone (还有河边的垃圾). Invented names.
@Suite("Rivers and lakes before their level, source and meeting points")
struct WaterShoreFrameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "连续强降雨,青荷湖水位居高不下。",
      expected: ["青荷湖 : Place"]),
    Case(
      text: "其中,玉带河发源于某某县双峰山北麓,流经三个乡镇。",
      expected: ["玉带河 : Place"]),
    Case(
      text: "湿地公园位于青锦河与白底河交汇区域,面积一百公顷。",
      expected: ["青锦河 : Place", "白底河 : Place"]),
    Case(
      text: "某某二站位于柳溪河和青荷湖交界处,承担排涝任务。",
      expected: ["柳溪河 : Place", "青荷湖 : Place"]),
    Case(
      text: "某某湿地公园就位于翠溪河之上,属重点湿地。",
      expected: ["翠溪河 : Place", "某某湿地公园 located-in 翠溪河"]),
    // A region below a river, and a river's side, name none.
    Case(
      text: "积极承接某江下游地区的产业转移,还有河边的白色垃圾。",
      expected: [],
      absent: ["某江 : Place", "有河 : Place"]),
  ]

  @Test("a river or lake before its level, source or meeting point", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
