import Testing

/// Posts of towns, congresses and consultative conferences in the forms round 7's new articles
/// write them (acting heads, a committee's office written in full, a town's own party members,
/// names before a verb of speech). Invented names.
@Suite("Reading posts of towns and committees' offices")
struct PostFormRound7Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A third character that is a surname too (章) is still the name's when a verb of speech
    // (讲意见) follows it.
    Case(
      text: "青禾镇召开村级工作推进会。最后镇党委副书记、镇长林文章讲意见。",
      expected: ["林文章 title 镇长", "林文章 affiliated-with 青禾镇"],
      absent: ["林文 : Official"]),
    // 向村支部书记解释: the verb after a post is no name.
    Case(
      text: "青禾镇召开对接会。镇长林文章向三个村支部书记解释什么是软弱村。",
      expected: ["林文章 title 镇长"],
      absent: ["解释什 : Official", "解释什 title 书记"]),
    // An acting procurator-general: the acting post is the title.
    Case(
      text: "区人大常委会召开会议。区检察院代检察长钱立新列席会议。",
      expected: ["钱立新 title 区检察院代检察长", "钱立新 affiliated-with 区检察院"],
      absent: ["钱立新 title 检察长"]),
    // The CPPCC's office written in full, not its short form 政协办 and a name 公室.
    Case(
      text: "区政协召开主席会议。区政协办公室主任孙晓峰，机关干部列席会议。",
      expected: ["孙晓峰 title 区政协办公室主任", "孙晓峰 affiliated-with 区政协办公室"],
      absent: ["公室 : Official"]),
    // 镇组织委员 after a county body's post: the town's member, not the county body's.
    Case(
      text: "青禾镇召开换届工作推进会，县农委主任孙晓峰到会指导。"
        + "最后，镇组织委员周文斌对推荐流程进行培训。",
      expected: ["周文斌 title 组织委员", "周文斌 affiliated-with 青禾镇"],
      absent: ["周文斌 affiliated-with 县农委"]),
    // 党工委副书记 alone after a street leader's post: the street's, not a county body's named
    // earlier in the list.
    Case(
      text: "1月20日，青禾街道举办社区揭牌仪式，县委组织部、县民政局主要负责人，"
        + "街道党工委书记钱立新，党工委副书记、办事处主任周文斌参加。",
      expected: ["周文斌 title 党工委副书记", "周文斌 title 主任", "周文斌 affiliated-with 青禾街道"],
      absent: ["周文斌 affiliated-with 县委组织部", "周文斌 affiliated-with 县民政局"]),
    // 老城 (the old town) written twice is a common word, no district's bare name.
    Case(
      text: "区政协召开主席会议。区政协主席钱立新主持会议。会议审议了“挖掘老城遗产，推进老城保护”"
        + "专题报告。会议要求做好老城保护。",
      expected: ["钱立新 affiliated-with 区政协"],
      absent: ["老城区 : District", "钱立新 affiliated-with 老城区政协"]),
  ]

  @Test("town and committee posts give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
