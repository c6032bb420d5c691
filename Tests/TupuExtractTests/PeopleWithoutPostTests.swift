import Testing

/// People named without a post right before them (round 19, helper d4): a list of the elected
/// that holds a Mongolian name or a rare surname's name; a Mongolian name after a post that ends
/// at a speech verb or 的. Invented names.
@Suite("People without a post: elected lists and long names")
struct PeopleWithoutPostTests {
  typealias Case = ReadingCase

  static let lists: [Case] = [
    // A Mongolian name of the minority-name words between list commas keeps the list whole.
    Case(
      text: "经全体委员投票选举,柴立峰、额尔敦图、罗雪梅当选为县政协常务委员。",
      expected: [
        "柴立峰 : Official", "额尔敦图 : Official", "罗雪梅 : Official", "额尔敦图 title 县政协常务委员",
      ]),
    // A rare surname's name of two characters between list commas no longer spoils the list
    // the cue 当选为 vouches for (the rare name itself is still not read).
    Case(
      text: "贝文涛、折霖、邬春阳当选为政协某旗第九届委员会常务委员。",
      expected: ["贝文涛 : Official", "邬春阳 : Official", "贝文涛 title 常务委员"]),
    // In a list of leaders, too.
    Case(
      text: "旗领导葛书平、额尔敦图、孔令飞出席会议。",
      expected: ["葛书平 : Official", "额尔敦图 : Official", "孔令飞 : Official"]),
  ]

  @Test("an elected list holding a minority name or a rare surname", arguments: lists)
  func list(_ example: Case) throws { try example.check() }

  static let longNames: [Case] = [
    // A Mongolian name of four characters begun by a surname's character, ended by a speech verb.
    Case(
      text: "嘎查达敖日根勒说，今年牧民收入有了新的增长。",
      expected: ["敖日根勒 title 嘎查达"],
      absent: ["敖日根 : Official"]),
    // …or by 的.
    Case(
      text: "这是副苏木达包日格图的工作笔记。",
      expected: ["包日格图 title 副苏木达"],
      absent: ["包日格 : Official"]),
    // A name of the usual kind before a speech verb stays as it was.
    Case(
      text: "县委书记汤立新表示，要抓好春耕。",
      expected: ["汤立新 title 县委书记"]),
  ]

  @Test("a long name after a post ending at a speech verb or 的", arguments: longNames)
  func longName(_ example: Case) throws { try example.check() }

  static let groupWords: [Case] = [
    // A work team's member is introduced by his team word, no post.
    Case(
      text: "今年3月,工作队入驻该村,队员柯晓东由县档案馆选派。",
      expected: ["柯晓东 : Person"],
      absent: ["柯晓东 : Official"]),
    // Retired cadres listed before 等 and the word for their representatives.
    Case(
      text: "座谈会上,凌志和、桑秋云等离退休老干部代表先后发言。",
      expected: ["凌志和 : Person", "桑秋云 : Person"]),
    // A pupil introduced by his grade, a compatriot from afar, a fund's founder: no post.
    Case(
      text: "“我很开心。”青溪镇中心小学四年级学生葛小雨说。",
      expected: ["葛小雨 : Person"],
      absent: ["葛小雨 : Official"]),
    Case(
      text: "据悉,捐资者是已故的台湾同胞柯明娟的儿子。",
      expected: ["柯明娟 : Person"]),
    Case(
      text: "“为家乡办点实事是应该的。”基金会发起人邝立山说。",
      expected: ["邝立山 : Person"],
      absent: ["邝立山 : Official"]),
  ]

  @Test("a name introduced by a group word of people without a post", arguments: groupWords)
  func groupWord(_ example: Case) throws { try example.check() }

  static let formerPosts: [Case] = [
    // A former post written after the body it was of (县人大常委会原主任) is no title and ties its
    // holder to no body, as 原 before the post's place does.
    Case(
      text: "县人大常委会原主任柏文清,县人大常委会副主任乔一鸣出席。",
      expected: ["柏文清 : Official", "乔一鸣 title 县人大常委会副主任"],
      absent: ["柏文清 title 主任", "柏文清 affiliated-with 县人大常委会"]),
    // 原 of a word (原则) before a body's post says nothing of it.
    Case(
      text: "会议原则通过了方案,县人大常委会副主任乔一鸣出席。",
      expected: ["乔一鸣 title 县人大常委会副主任", "乔一鸣 affiliated-with 县人大常委会"]),
  ]

  @Test("a former post after its body", arguments: formerPosts)
  func formerPost(_ example: Case) throws { try example.check() }

  static let creditUnits: [Case] = [
    // A credit line's unit, a mark, then the names of those who wrote the story: Persons.
    Case(
      text: "青溪镇召开会议\n来源:柳河镇/葛小明 柯文涛\n\n青溪镇召开会议。",
      expected: ["葛小明 : Person", "柯文涛 : Person"],
      absent: ["葛小明 : Official"]),
    Case(
      text: "青溪镇召开会议\n作者:柳河镇—葛小明 发布时间:2016/9/3 15:32:13\n\n青溪镇召开会议。",
      expected: ["葛小明 : Person"]),
    // An outlet alone after the label names no one.
    Case(
      text: "青溪镇召开会议\n来源:柳河镇人民政府 发布时间:2016/9/3\n\n青溪镇召开会议。",
      expected: [],
      absent: ["发布时间 : Person"]),
  ]

  @Test("names after a credit line's unit", arguments: creditUnits)
  func creditUnit(_ example: Case) throws { try example.check() }

  static let rareSurnames: [Case] = [
    // 宝 of Inner Mongolia's names: a two-character name after a post, before an adverb.
    Case(
      text: "旗人大常委会副主任宝成先后到两个苏木调研。",
      expected: ["宝成 title 旗人大常委会副主任"]),
    // …but 宝贵 stays a word.
    Case(
      text: "委员们为发展献出宝贵建议。",
      expected: [],
      absent: ["宝贵建 : Person", "宝贵 : Person"]),
  ]

  @Test("a name of a surname of Inner Mongolia", arguments: rareSurnames)
  func rareSurname(_ example: Case) throws { try example.check() }
}
