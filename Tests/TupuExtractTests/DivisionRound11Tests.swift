import Testing

/// Divisions in round 11, each with invented names: a transliterated township or village name
/// may hold a one-character stop word (日, 他) and is read whole; 日 after a numeral stays a
/// date.
@Suite("Divisions, round 11")
struct DivisionRound11Tests {
  typealias Case = ReadingCase

  static let stopsInNames: [Case] = [
    Case(
      text: "旗人大常委会副主任宝音到乌日图苏木调研。",
      expected: ["乌日图苏木 : Street"],
      absent: ["图苏木 : Street"]),
    Case(
      text: "在乌日图苏木查干日布嘎查实地调研时，宝音察看了牧场。",
      expected: [
        "乌日图苏木 : Street", "查干日布嘎查 : Community", "查干日布嘎查 located-in 乌日图苏木",
      ],
      absent: ["布嘎查 : Community"]),
    Case(
      text: "调研组到青沁他河镇调研统战工作。",
      expected: ["青沁他河镇 : Street"],
      absent: ["他河镇 : Street"]),
    Case(
      text: "5日青石镇召开会议。",
      expected: ["青石镇 : Street"],
      absent: ["日青石镇 : Street", "5日青石镇 : Street"]),
  ]

  @Test("a stop word inside a township's or village's own name is no stop", arguments: stopsInNames)
  func stopInName(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let gluedWords: [Case] = [
    Case(
      text: "部分点位仍需要社区安排人员值守。",
      expected: [],
      absent: ["仍需要社区 : Community", "需要社区 : Community"]),
    Case(
      text: "与会人员围绕当前社区治理展开讨论。",
      expected: [],
      absent: ["当前社区 : Community"]),
    Case(
      text: "青石镇政府承担柳溪村道路养护任务。",
      expected: ["青石镇 : Street", "柳溪村 : Community"],
      absent: ["承担柳溪村 : Community"]),
    Case(
      text: "青河苏木政府副苏木达包明、苏木达王青山陪同。",
      expected: ["青河苏木 : Street", "包明 title 副苏木达", "王青山 title 苏木达"],
      absent: ["政府副苏木 : Street", "副苏木 : Street"]),
  ]

  @Test("an adverb or verb before a suffix, or a 苏木达's title, names no division", arguments: gluedWords)
  func gluedWord(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let gradedVillages: [Case] = [
    Case(
      text: "会议民主推荐了一类村和扶贫村名单。",
      expected: [],
      absent: ["一类村 : Community", "扶贫村 : Community"]),
    Case(
      text: "视察组察看了乡村振兴村屯卫生整治情况。",
      expected: [],
      absent: ["乡村振兴村 : Community"]),
  ]

  @Test("a village or community named only by its grade or programme is none", arguments: gradedVillages)
  func gradedVillage(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let falseSuffixes: [Case] = [
    Case(
      text: "青山区柳岸街道召开居民区党总支书记例会。",
      expected: ["青山区 : District", "柳岸街道 : Street"],
      absent: ["居民区 : District"]),
    Case(
      text: "青禾跨省招商喜迎首签。",
      expected: [],
      absent: ["青禾跨省 : City"]),
    Case(
      text: "会后张区长深入辖区实地察看。",
      expected: [],
      absent: ["会后张区 : District"]),
    Case(
      text: "州人民政府代理州长林雅琪出席。",
      expected: ["林雅琪 title 代理州长"],
      absent: ["代理州 : City"]),
    Case(
      text: "青禾县金石工业区规划总面积十平方公里。",
      expected: ["青禾县金石工业区 : Place", "青禾县金石工业区 located-in 青禾县"],
      absent: ["金石工业区 : District", "工业区 : District"]),
  ]

  @Test("a word that only ends like a division names none", arguments: falseSuffixes)
  func falseSuffix(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  // 许昌 is a real prefecture's name: the list of prefectures is general knowledge; the body and
  // the people are invented.
  static let citiesOfBodies: [Case] = [
    Case(
      text: "许昌市委党校常务副校长林雅琪一行到青石镇调研。",
      expected: ["许昌市 : City", "许昌市委党校 : Organization", "青石镇 : Street"],
      absent: []),
    Case(
      text: "江城市委党校举行开班仪式。",
      expected: [],
      absent: ["江城市 : City"]),
  ]

  @Test("a prefecture written in full at the head of a body's name is a City", arguments: citiesOfBodies)
  func cityOfBody(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let shortCommittees: [Case] = [
    Case(
      text: "局班子成员分别带队前往柳岸街道青竹居委、金湾居委走访。",
      expected: [
        "青竹居委 : Community", "金湾居委 : Community", "青竹居委 located-in 柳岸街道",
        "金湾居委 located-in 柳岸街道",
      ],
      absent: ["居委 : Person"]),
  ]

  @Test("a residents' committee written 居委 is a community", arguments: shortCommittees)
  func shortCommittee(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let headlineWords: [Case] = [
    Case(
      text: "彰显代表担当 青禾县青石镇组织人大代表开展视察",
      expected: ["青石镇 : Street"],
      absent: ["担当青石镇 : Street", "当青石镇 : Street"]),
  ]

  @Test("担当 before a headline's place begins no name", arguments: headlineWords)
  func headlineWord(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let striveVerbs: [Case] = [
    Case(
      text: "要扎实推进工作落实，力争青山区上半年经济实现增长。",
      expected: ["青山区 : District"],
      absent: ["力争青山区 : District", "争青山区 : District"]),
    Case(
      text: "今年争取青山区更多项目落地。",
      expected: ["青山区 : District"],
      absent: ["争取青山区 : District"]),
  ]

  @Test("力争 and 争取 before a place begin no name", arguments: striveVerbs)
  func striveVerb(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let countedTerms: [Case] = [
    Case(
      text: "第三期许昌市青年干部培训班开班。",
      expected: [],
      absent: ["期许昌市 : City", "三期许昌市 : City"]),
    Case(
      text: "9日上午，第26期许昌市管领导干部进修班开班。",
      expected: ["许昌市 : City"],
      absent: ["期许昌市 : City"]),
  ]

  @Test("a term's count (第26期) before a city is no part of its name", arguments: countedTerms)
  func countedTerm(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let levelChanges: [Case] = [
    Case(
      text: "上午，青石镇举行撤乡建镇揭牌仪式。",
      expected: ["青石镇 : Street"],
      absent: ["撤乡建镇 : Street"]),
  ]

  @Test("a change of level (撤乡建镇) names no town", arguments: levelChanges)
  func levelChange(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  // 盐城 is a real prefecture: the list of prefectures is general knowledge.
  static let cityNouns: [Case] = [
    Case(
      text: "文化广场这一城市标志落户到了农村。",
      expected: [],
      absent: ["一城市 : City"]),
    Case(
      text: "加快实现老城市新活力。",
      expected: [],
      absent: ["老城市 : City"]),
    Case(
      text: "盐城市委书记林雅琪出席。",
      expected: ["盐城市 : City"],
      absent: []),
  ]

  @Test("城市 after a demonstrative or a word of age is the noun", arguments: cityNouns)
  func cityNoun(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let kindCountedVillages: [Case] = [
    Case(
      text: "把沿河、石桥、柳塘等特色乡村串点成线。",
      expected: ["沿河 : Community", "石桥 : Community", "柳塘 : Community"],
      absent: ["把沿河 : Community"]),
    Case(
      text: "党员、群众等社区居民参加活动。",
      expected: [],
      absent: ["党员 : Community", "群众 : Community"]),
  ]

  @Test("a list closed by 等 and a kind word before 乡村 or 村庄 names villages", arguments: kindCountedVillages)
  func kindCountedVillage(_ example: Case) throws { try example.check() }
}

extension DivisionRound11Tests {
  static let townHeadsAsGroup: [Case] = [
    Case(
      text: "全县各乡镇乡镇长、街道办主任参加会议。",
      expected: [],
      absent: ["乡镇乡镇 : Street"]),
    Case(
      text: "抽调17名乡镇长外出招商。",
      expected: [],
      absent: ["名乡镇 : Street"]),
    Case(
      text: "青石镇镇长林雅琪出席。",
      expected: ["青石镇 : Street", "林雅琪 : Official"],
      absent: []),
  ]

  @Test("the heads of townships as a group name no town", arguments: townHeadsAsGroup)
  func townHeadsGroup(_ example: Case) throws { try example.check() }
}
