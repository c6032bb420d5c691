import Testing

/// Posts in round 16 (h54: who holds which post of which unit), each with invented names.
@Suite("Posts, round 16")
struct PostRound16Tests {
  typealias Case = ReadingCase

  static let rolesCarriedFromEarlierSentences: [Case] = [
    Case(
      text: "青石区政协召开主席会议。副主席张青山、李德明参加会议。",
      expected: ["张青山 affiliated-with 青石区政协", "李德明 affiliated-with 青石区政协"]),
    Case(
      text: "青石区政协召开主席会议。会上，学校支部书记王志强介绍了情况。",
      expected: ["王志强 : Official"],
      absent: ["王志强 affiliated-with 青石区政协"]),
    Case(
      text: "青石区政协召开主席会议。会上，县营商环境服务中心党组书记、主任陈国华作了发言。",
      expected: ["陈国华 : Official"],
      absent: ["陈国华 affiliated-with 青石区政协"]),
    Case(
      text: "青石区政协召开主席会议。会上，青石办公室（联络室）主任刘青山发言。",
      expected: ["刘青山 : Official"],
      absent: ["刘青山 affiliated-with 青石区政协"]),
  ]

  @Test("a role after words, a bracket or a chain with no body of its own takes no earlier sentence's body", arguments: rolesCarriedFromEarlierSentences)
  func roleCarriedFromEarlierSentence(_ example: Case) throws { try example.check() }
}

extension PostRound16Tests {
  static let commonWordsAsHolders: [Case] = [
    Case(
      text: "区长张青山来到市人大代表驻地，看望代表。",
      expected: ["张青山 : Official", "张青山 title 区长"],
      absent: ["驻地 : Official"]),
    Case(
      text: "新当选的镇长李德明、表决通过的办公室主任王志强宣誓。",
      expected: ["李德明 : Official"],
      absent: ["表决 : Official"]),
    Case(
      text: "县人大常委会副主任刘青山、山水明、陈国华出席会议。",
      expected: ["刘青山 : Official", "山水明 : Official", "陈国华 : Official"]),
  ]

  @Test("a common word with no surname is no holder after a post or in a list it runs on from", arguments: commonWordsAsHolders)
  func commonWordAsHolder(_ example: Case) throws { try example.check() }
}

extension PostRound16Tests {
  static let listsElectedAsLaterItems: [Case] = [
    Case(
      text: "大会选举孙立军为青石镇人民政府镇长，郑海涛、冯晓东为青石镇人民政府副镇长。",
      expected: ["郑海涛 : Official", "郑海涛 title 副镇长", "冯晓东 title 副镇长"]),
    Case(
      text: "大会选举孙立军为某某区人民政府区长，郑海涛、冯晓东等2名同志为某某区人民政府副区长。",
      expected: ["郑海涛 affiliated-with 某某区", "冯晓东 title 副区长", "冯晓东 affiliated-with 某某区"]),
    Case(
      text: "会议选举王建国为某某乡乡长，郑海涛和冯晓东为某某乡副乡长。",
      expected: ["郑海涛 title 副乡长", "冯晓东 title 副乡长", "冯晓东 affiliated-with 某某乡"]),
    Case(
      text: "会议任命郑海涛、冯晓东为某某区人民政府副区长，孙立军为某某区教育局局长。",
      expected: ["郑海涛 title 副区长", "冯晓东 affiliated-with 某某区", "孙立军 affiliated-with 某某区教育局"]),
  ]

  @Test("names listed before 为 in an election's later item (or right after 任命) each take the post", arguments: listsElectedAsLaterItems)
  func listElectedAsLaterItem(_ example: Case) throws { try example.check() }
}

extension PostRound16Tests {
  static let electedListsWithSexNotes: [Case] = [
    Case(
      text: "张三丰当选为区政协主席，李四海、王五洋（女）、赵六河当选为区政协副主席。",
      expected: ["李四海 title 副主席", "王五洋 title 副主席", "赵六河 title 副主席"]),
    Case(
      text: "张三丰当选为区政协主席，李四海、王五洋(女)、赵六河当选为区政协副主席。",
      expected: ["李四海 : Official", "王五洋 title 副主席"]),
  ]

  @Test("a bracketed 女 after a name does not end the list of the elected", arguments: electedListsWithSexNotes)
  func electedListWithSexNote(_ example: Case) throws { try example.check() }
}

extension PostRound16Tests {
  static let electedWithCounts: [Case] = [
    Case(
      text: "某某区政协第五届委员会第一次会议闭幕。钱七山等45人当选为区政协常务委员。",
      expected: ["钱七山 : Official", "钱七山 title 常务委员", "钱七山 affiliated-with 某某区政协"],
      absent: ["钱七山 affiliated-with 某某区政协常务"]),
  ]

  @Test("甲等N人当选为P: the named before 等 and a count takes the post; 常务委员 is a seat, no 常务 body", arguments: electedWithCounts)
  func electedWithCount(_ example: Case) throws { try example.check() }
}
