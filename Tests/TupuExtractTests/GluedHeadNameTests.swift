import Testing

/// A verb or preposition of one character read into the head of a place's, work's or body's
/// name (第三次来某大厦, 将建某森林公园, 系某区委宣传部, 当某水电站建成后) is no part of it when the
/// document names the rest on its own: the glued name is that one, and no entity of its own.
/// Invented names.
@Suite("One-character verbs glued to a name's head")
struct GluedHeadNameTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "捐资助学一直是星河大厦构建和谐企业的重要组成部分,这是星河大厦有关负责人第三次来星河大厦。",
      expected: ["星河大厦 : Place"],
      absent: ["第三次来星河大厦 : Place", "来星河大厦 : Place"]),
    Case(
      text: "某某县将建青禾山省级森林公园。据了解,青禾山省级森林公园由某某公司提出申请。",
      expected: ["青禾山省级森林公园 : Place"],
      absent: ["建青禾山省级森林公园 : Place"]),
    Case(
      text: "当青石沟水电站建成后,青石沟水电站将年发电1亿千瓦时。",
      expected: ["青石沟水电站 : Place"],
      absent: ["当青石沟水电站 : Place"]),
    Case(
      text: "青禾区召开会议。青禾镇新时代文明实践所系青禾区委宣传部重点项目。",
      expected: ["青禾区委宣传部 : Organization"],
      absent: ["系青禾区委宣传部 : Organization"]),
    // A name that begins with such a character and is written only so keeps it; one inside
    // a place's name (文成县, 福建省) is the place's.
    Case(
      text: "文成县考绩办负责人说,县考绩办将加强考核。",
      expected: ["文成县考绩办 : Organization"]),
    Case(
      text: "张三明一行来到建新大厦。",
      expected: ["建新大厦 : Place"]),
  ]

  @Test("a one-character verb before a name the document writes on its own is no part of it",
    arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
