import Testing

/// Names of Tibet, Kham, Amdo, Liangshan, Inner Mongolia and Xinjiang (round 16, helper h47): a name
/// whose first word is a common Tibetan, Mongolian or Uyghur name word or a Yi clan name is read
/// whole, even where its first character is also a surname (甘 of 甘丹, 翁 of 翁曲, 阿 of 阿刘); a
/// name of dotted parts stays whole. Invented names.
@Suite("Minority names: whole names of the west and north")
struct MinorityNamesRound16Tests {
  typealias Case = ReadingCase

  static let names: [Case] = [
    // A Tibetan name whose first word begins with a surname: not the surname and one character.
    Case(
      text: "青石县委书记甘丹彭措、县委副书记何立出席开工仪式。",
      expected: ["甘丹彭措 title 县委书记"],
      absent: ["甘丹 : Official"]),
    Case(
      text: "某某文化传播有限公司董事长翁曲旺久，准备建一座博物馆。",
      expected: ["翁曲旺久 : Person"],
      absent: ["翁曲旺 : Person"]),
    // A Yi clan name, then the given name.
    Case(
      text: "白沙市政府副市长阿刘木呷，市扶贫局副调研员方青陪同调研。",
      expected: ["阿刘木呷 title 副市长"],
      absent: ["阿刘 : Official"]),
    // A Mongolian name of four characters in a list of leaders.
    Case(
      text: "旗领导白立新、宝音图门、程小刚在主席台前排就座。",
      expected: ["宝音图门 : Official", "程小刚 : Official"]),
    // A Uyghur given name alone after the post.
    Case(
      text: "县委副书记、县长玛依努尔代表县委县政府讲话。",
      expected: ["玛依努尔 title 县长"]),
    // A name of dotted parts begun by a name word keeps its second part.
    Case(
      text: "县政协主席古丽米娜·阿布拉主持会议。",
      expected: ["古丽米娜·阿布拉 : Official"],
      absent: ["古丽米娜 : Official"]),
  ]

  @Test("a whole minority name after a post or in a list", arguments: names)
  func name(_ example: Case) throws { try example.check() }
}
