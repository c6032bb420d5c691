import Testing

/// An association's, chamber's or foundation's executive or honorary head (某协会执行会长, 某商会
/// 名誉会长, 某基金会执行理事长) and a school's honorary head (某小学名誉校长) hold that whole title in
/// the body written right before it, as 会长 and 校长 do; the modifier (执行, 名誉) does not cut the
/// post from its body and send it to a body named earlier in the sentence. Invented names.
@Suite("Executive and honorary heads of a body")
struct HonoraryHeadTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "白沙市商务局副局长王大成，青禾县慈善协会执行会长张三明出席仪式。",
      expected: [
        "张三明 affiliated-with 青禾县慈善协会", "张三明 title 执行会长",
        "王大成 affiliated-with 白沙市商务局",
      ],
      absent: ["张三明 affiliated-with 白沙市商务局", "张三明 title 会长"]),
    Case(
      text: "青禾县石岭镇第一中心小学校长赵六一，石岭小学名誉校长李四海出席仪式。",
      expected: ["李四海 affiliated-with 石岭小学", "李四海 title 名誉校长"],
      absent: ["李四海 affiliated-with 青禾县石岭镇第一中心小学"]),
    Case(
      text: "星河科技有限公司董事长、青禾县商会名誉会长张三明致辞。",
      expected: [
        "张三明 affiliated-with 星河科技有限公司", "张三明 affiliated-with 青禾县商会",
      ]),
  ]

  @Test("执行会长, 名誉会长, 名誉校长 are held in the body before them", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
