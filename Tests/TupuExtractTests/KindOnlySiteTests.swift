import Testing

/// A site a visit's or a plan's list names only by its kind — a facility every county has
/// (城市会客厅, 综合体育中心, 体育馆, 融媒体中心, 市民之家) or a part of a planned scenic area (牌坊,
/// 假山跌水, 商业建筑) — is no work: nothing says which one. One with a name of its own before the kind
/// (某某县体育馆, 青禾市民之家) is read as before. Invented names.
@Suite("Kind-only sites in a list")
struct KindOnlySiteTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "视察组先后深入到青禾高分子产业园、星河运动公园、城市会客厅、青鸭湖清淤扩容工程等地。",
      expected: ["星河运动公园 : Place", "青鸭湖清淤扩容工程 : Project"],
      absent: ["城市会客厅 : Project"]),
    Case(
      text: "张三明一行先后到星河光伏扶贫项目、新区第一实验小学、综合体育中心等处实地视察。",
      expected: ["星河光伏扶贫项目 : Project", "张三明 reviews 星河光伏扶贫项目"],
      absent: ["综合体育中心 : Project"]),
    Case(
      text: "公园规划建设内容包括青禾阁、牌坊、假山跌水及商业街服务建筑等项目。",
      expected: ["青禾阁 : Project"],
      absent: ["牌坊 : Project", "假山跌水 : Project", "商业街服务建筑 : Project"]),
    Case(
      text: "张三明实地察看了新建商业建筑、配套设施建设进展等情况。",
      expected: [],
      absent: ["新建商业建筑 : Project"]),
    // A facility with a name of its own stays.
    Case(
      text: "张三明一行来到星河县体育馆、青禾市民之家建设现场。",
      expected: ["星河县体育馆 : Project", "青禾市民之家 : Project"]),
  ]

  @Test("a site named only by its kind in a list names no work", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
