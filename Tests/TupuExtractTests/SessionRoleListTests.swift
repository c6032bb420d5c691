import Testing

/// The holders of a post many hold, listed after a clause that ends in the post and 的是, 的有,
/// 是 or 有, then a colon (担任本次大会执行主席的是：甲、乙; 本次大会执行主席是：甲、乙，丙): each
/// name of the list holds the post, an Official, whatever separates the items (、 or a comma).
/// No title is given from the list: the golds split on 执行主席 as a title. Invented names.
@Suite("Session roles: the holders of a post many hold, listed after a colon")
struct SessionRoleListTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 担任…执行主席的是：the clause names the post, then 的是.
    Case(
      text: "青山县第九届人民代表大会第三次会议开幕。担任本次大会执行主席的是：马立群、甘晓东、邝一鸣、罗文、石小海。",
      expected: [
        "马立群 : Official", "甘晓东 : Official", "邝一鸣 : Official", "罗文 : Official",
        "石小海 : Official",
      ],
      absent: ["马立群 : Person", "罗文 : Person"]),
    // …的有：, a note on the list's order before the colon.
    Case(
      text: "政协青山县第八届委员会第二次会议开幕。担任此次大会执行主席的有（按姓名笔画排列）：马立群、甘晓东、邝一鸣。",
      expected: ["马立群 : Official", "甘晓东 : Official", "邝一鸣 : Official"]),
    // A comma inside the list after the post: the names after it hold the post too.
    Case(
      text: "青山县人代会开幕。本次大会执行主席是：马立群、甘晓东，邝一鸣、罗文昌、石小海。",
      expected: ["邝一鸣 : Official", "罗文昌 : Official", "石小海 : Official"]),
    // A list that says nothing of people after such a clause names nobody.
    Case(
      text: "青山县人代会开幕。本次大会执行主席是：县人大常委会组成人员。",
      expected: [],
      absent: ["县人大 : Official"]),
    // Members listed with no post said stay persons (the colon lists' own frame).
    Case(
      text: "青山县人代会开幕。在主席台前排就座的大会主席团常务委员会成员有：马立群、甘晓东、邝一鸣。",
      expected: ["马立群 : Person", "邝一鸣 : Person"],
      absent: ["马立群 : Official"]),
  ]

  @Test("holders of a session's post listed after a colon", arguments: cases)
  func reads(_ example: Case) throws { try example.check() }
}
