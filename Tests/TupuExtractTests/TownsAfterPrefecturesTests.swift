import Testing

/// Towns after prefectures (invented towns): a town written right after a prefecture's or a
/// province's name lies in one of its districts, which the text does not name; only a prefecture
/// with no districts or counties (中山市) holds its towns directly, and a county-level city read
/// as a City (某某市某镇) still does.
@Suite("Towns after prefectures")
struct TownsAfterPrefecturesTests {
  typealias Case = ReadingCase

  static let townsAfterPrefectures: [Case] = [
    Case(
      text: "许昌市青石街道开展社区服务活动。",
      expected: ["青石街道 : Street"],
      absent: ["青石街道 located-in 许昌市"]),
    Case(
      text: "中山市青石镇开展社区服务活动。",
      expected: ["青石镇 located-in 中山市"]),
    Case(
      text: "青石县柳溪镇开展社区服务活动。",
      expected: ["柳溪镇 located-in 青石县"]),
  ]

  @Test(
    "a town after a prefecture with districts lies in no named container; after a city without them it does",
    arguments: townsAfterPrefectures)
  func townAfterPrefecture(_ example: Case) throws { try example.check() }
}
