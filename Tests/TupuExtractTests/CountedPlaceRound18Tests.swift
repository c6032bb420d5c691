import Testing

/// A place counted, pointed at or to be built, named by its kind (6所学校学生食堂, 这处口袋公园,
/// 建口袋公园, 在空地上建公园): no place by name; a name after the demonstrative (这座翠湖公园) and a
/// party-building park named after its village (某村党建公园) stay. Invented names.
@Suite("Places counted, pointed at or to be built")
struct CountedPlaceRound18Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "这处口袋公园原是闲置地块，居民想在空地上建公园。",
      expected: [],
      absent: ["处口袋公园 : Place", "口袋公园 : Place", "空地上建公园 : Place"]),
    Case(
      text: "全县6所学校学生食堂已改造完成，这座翠湖公园正式开放。",
      expected: ["翠湖公园 : Place"],
      absent: ["所学校学生食堂 : Place", "学校学生食堂 : Place"]),
    Case(
      text: "用好边角地建口袋公园，柳溪村边界党建公园建成开放。",
      expected: ["柳溪村边界党建公园 : Place"],
      absent: ["边角地建口袋公园 : Place", "建口袋公园 : Place"]),
  ]

  @Test("places counted, pointed at or to be built name none", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
