import Testing

/// Round 31: a giver written by his bare name right before 向, with a gift later in the clause —
/// after a clause's start (…，甲向某小学捐献…), after the firm he works for (某公司甲向…捐赠) or after
/// a word for people in the crowd (某村4组村民甲向某村捐资) — is a person who gives to what 向
/// names. Invented names throughout.
@Suite("A bare name right before 向 and a gift gives it")
struct TowardGiverNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // …，甲向某小学捐献…: a list item of its own; the givers of the item before give nothing here.
    Case(
      text: "青禾村乡贤张三明、李四海等人向青禾乡教育促进会捐款50万元，王五成向柳溪小学捐献3套教学一体机。",
      expected: ["王五成 : Person", "王五成 sponsors 柳溪小学", "张三明 sponsors 青禾乡教育促进会"],
      absent: ["张三明 sponsors 柳溪小学", "李四海 sponsors 柳溪小学"]),
    // 某公司甲向某慈善总会捐赠…: the person named after his firm gives, not the firm.
    Case(
      text: "星河文化传媒有限公司储三明向柳溪市慈善总会捐赠1万元。",
      expected: ["储三明 sponsors 柳溪市慈善总会"],
      absent: ["星河文化传媒有限公司 sponsors 柳溪市慈善总会"]),
    // 某村4组村民甲向某村捐资…: the group number before the word for people.
    Case(
      text: "青禾村4组村民朱三明向青禾村捐赠护目镜30副；柳溪村5组村民林四海向柳溪村捐资4000元。",
      expected: ["朱三明 sponsors 青禾村", "林四海 sponsors 柳溪村"]),
    // 向 with no gift in its clause reads no name before it.
    Case(
      text: "会上，王五成向大家介绍了青禾村的发展情况。",
      expected: [],
      absent: ["王五成 : Person"]),
  ]

  @Test("a bare name right before 向 and a gift gives it", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
