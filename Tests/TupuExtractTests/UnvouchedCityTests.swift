import Testing

/// 市 and 省 after a verb or inside a word (用足省纵向帮扶, 驻家市、区人大代表, 青大白市附中)
/// name no city. A name read by its suffix alone that neither the country's lists nor the
/// gazetteer know is a City only with evidence of its own: its body or post after it, another
/// name right after it, a division before it, a preposition of place or a clause's start before
/// it, or another city beside it in a list. Invented people and places.
@Suite("Cities read by their suffix alone need evidence")
struct UnvouchedCityTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A verb before 省 (用足省…帮扶): the province's help, no province named 用足.
    Case(
      text: "要用好用足省纵向帮扶力量，推动镇村发展。",
      expected: [],
      absent: ["用足省 : City"]),
    // 驻家市、区人大代表: the deputies of the city and the district living nearby.
    Case(
      text: "青禾街道联合组织驻家市、区人大代表开展视察活动。",
      expected: ["青禾街道 : Street"],
      absent: ["驻家市 : City"]),
    // A school's short name (青大白市附中) run on from a list of sites.
    Case(
      text: "视察组先后来到青禾桥社区居家养老服务中心、青大白市附中、第八幼儿园、柳塘街道社区食堂，实地查看了建设情况。",
      expected: ["青禾桥社区 : Community", "柳塘街道 : Street"],
      absent: ["青大白市 : City"]),
    // Cities with evidence stay: a preposition of place and a city beside them, a clause's
    // start and a park after it, a body after it.
    Case(
      text: "考察团先后赴江城市、青石市考察。",
      expected: ["江城市 : City", "青石市 : City"]),
    Case(
      text: "5月6日，白水市北湖公园开园。",
      expected: ["白水市 : City"]),
    Case(
      text: "云川市委书记张三明调研青禾新城建设项目。",
      expected: ["云川市 : City"]),
    // A province or a city the lists know needs nothing more.
    Case(
      text: "要用好湖南省的帮扶，学习鹤山市、许昌市的经验。",
      expected: ["湖南省 : City", "许昌市 : City"]),
  ]

  @Test("a city read by its suffix alone needs evidence", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
