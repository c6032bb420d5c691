import Testing

/// Names right after a full post, round 21 (cause D of the people tally: read-g21 01, 17, 22;
/// read-a2 24), each with invented names: the post before a name is the genre's strongest cue, so
/// the name is read though its characters look like a place's (乡, 镇), its surname is rare or it
/// is a Mongolian name ending in 和.
@Suite("Names after a post, round 21")
struct PostedNamesRound21Tests {
  typealias Case = ReadingCase

  static let placeLikeNames: [Case] = [
    // 副县长 begins with no level: no 县|长某乡 street hides in it.
    Case(
      text: "县人民政府副县长韦乡林汇报了项目进展情况。",
      expected: ["韦乡林 : Official", "韦乡林 title 副县长"],
      absent: ["副县长韦乡 : Street"]),
    Case(
      text: "青石县副区长蒋镇东出席会议。",
      expected: ["蒋镇东 : Official"],
      absent: ["副区长蒋镇 : Street"]),
    // 某区长安街道 stays a district and its street.
    Case(
      text: "河西区长安街道党工委书记邝一鸣陪同调研。",
      expected: ["长安街道 : Street", "邝一鸣 : Official"],
      absent: ["长安街道 : Official"]),
  ]

  @Test("a name holding 乡 or 镇 after a deputy's post", arguments: placeLikeNames)
  func placeLikeName(_ example: Case) throws { try example.check() }

  static let rareSurnames: [Case] = [
    // A surname the lexicon lacks: three name characters after the post, up to a leader's verb
    // or 向.
    Case(
      text: "青石县召开座谈会。县委常委、常务副县长朗立恒向调研组汇报了全县经济发展情况。",
      expected: ["朗立恒 : Official", "朗立恒 title 常务副县长"]),
    Case(
      text: "青石县人大常委会召开会议。县人大常委会党组书记、主任旷学森主持会议。",
      expected: ["旷学森 : Official", "旷学森 title 主任"]),
    // A Mongolian name ending in 和 before a list comma: 和 joins nothing there.
    Case(
      text: "政协青石旗第十一届委员会第三次会议开幕。旗政协主席钢图和、副主席巴图出席会议。",
      expected: ["钢图和 : Official", "钢图和 title 旗政协主席", "巴图 : Official"],
      absent: ["钢图 : Official"]),
    // No name: a word after the post.
    Case(
      text: "青石县召开经济工作会议。县委书记亲自出席会议。",
      expected: [],
      absent: ["亲自出 : Official"]),
  ]

  @Test("a rare surname or a Mongolian name after a post", arguments: rareSurnames)
  func rareSurname(_ example: Case) throws { try example.check() }
}
