import Testing

/// Name heads mined from the whole read pool (round 8): heads that recur in at least four
/// articles of at least two read sets and mostly name one class. Invented names only.
@Suite("Name heads that recur across the read pool")
struct NameHeadTests {
  typealias Case = ReadingCase

  /// 某某办事处 without 街道 is a street office, the street-level division; a liaison office in
  /// the capital is none, and 办事处主任 with no name before it still serves the street named.
  static let streetOffices: [Case] = [
    Case(
      text: "区长带队前往青禾办事处和柳塘办事处调研春耕生产。",
      expected: ["青禾办事处 : Street", "柳塘办事处 : Street"]),
    Case(
      text: "兰溪街道党工委书记王青禾、办事处主任李柳塘介绍了帮扶企业的做法。",
      expected: ["李柳塘 affiliated-with 兰溪街道"]),
    Case(
      text: "我市驻京办事处负责人参加会议。",
      expected: [],
      absent: ["驻京办事处 : Street"]),
  ]

  @Test("a street office named before 办事处 is a street", arguments: streetOffices)
  func streetOffice(_ example: Case) throws { try example.check() }

  /// A school's new campus named after its school is a work; a campus of no name is none.
  static let campuses: [Case] = [
    Case(
      text: "会议听取了青禾职专新校区和柳塘小学扩建工程的进展情况。",
      expected: ["青禾职专新校区 : Project", "柳塘小学扩建工程 : Project"]),
    Case(
      text: "学校的各个校区都配备了安保人员，新校区明年投用。",
      expected: [],
      absent: ["各个校区 : Project", "新校区 : Project"]),
  ]

  @Test("a school's campus named after it is a work", arguments: campuses)
  func campus(_ example: Case) throws { try example.check() }

  /// A congress's or CPPCC's standing committee written in full is one body, named from 政协 or
  /// its place through its term; a word before 政协 is no part of it.
  static let standingCommittees: [Case] = [
    Case(
      text: "县政协主席华青禾代表政协青禾县第九届委员会常务委员会，向大会作工作报告。",
      expected: ["政协青禾县第九届委员会常务委员会 : Organization"],
      absent: ["青禾县第九届委员会常务委员会 : Organization"]),
    Case(
      text: "熊柳塘副主席作政协柳塘州第十届委员会常务委员会关于提案工作情况的报告。",
      expected: ["政协柳塘州第十届委员会常务委员会 : Organization"],
      absent: ["作政协柳塘州第十届委员会常务委员会 : Organization"]),
    Case(
      text: "大会选举李青禾为兰溪区第八届人民代表大会常务委员会副主任。",
      expected: [
        "兰溪区第八届人民代表大会常务委员会 : Organization",
        "李青禾 affiliated-with 兰溪区第八届人民代表大会常务委员会",
      ]),
  ]

  @Test("a standing committee written in full is one body", arguments: standingCommittees)
  func standingCommittee(_ example: Case) throws { try example.check() }
}
