import Testing

/// Districts checked against the country's list of county-level divisions (issue 11): a name
/// read by its suffix alone that the list lacks is a District only with evidence of its own.
/// Non-divisions are invented word + 区/县 forms; real names come from the national list.
@Suite("Districts checked against the country's list of divisions")
struct DivisionListTests {
  typealias Case = ReadingCase

  /// A common word before 区 or 县, after a verb or inside a phrase, names no division.
  static let commonWords: [Case] = [
    Case(
      text: "要认真学习友邻县区的先进经验，结合实际抓好落实。",
      expected: [],
      absent: ["友邻县 : District"]),
    Case(
      text: "各工作组要实施防控分区分类管理，严把出入口。",
      expected: [],
      absent: ["防控分区 : District"]),
    Case(
      text: "展馆通过序章区、体验区和互动区讲述村庄的历史。",
      expected: [],
      absent: ["体验区 : District", "互动区 : District"]),
    Case(
      text: "村里主动联络区档案馆、图书馆等单位挖掘史料。",
      expected: [],
      absent: ["主动联络区 : District", "联络区 : District"]),
    // 县城区: a name that begins with its own level word is that word's compound.
    Case(
      text: "代表们先后视察县城区安全饮水工程项目。",
      expected: [],
      absent: ["县城区 : District"]),
  ]

  @Test("a common word read by its suffix alone names no district", arguments: commonWords)
  func commonWord(_ example: Case) throws { try example.check() }

  /// The country's list has every kind of county-level unit: a name in it is read wherever it
  /// stands (districts, counties, banners, autonomous counties, county-level cities).
  static let listed: [Case] = [
    Case(text: "大家认真学习临澧县的经验做法。", expected: ["临澧县 : District"]),
    Case(text: "大家认真学习杭锦旗的经验做法。", expected: ["杭锦旗 : District"]),
    Case(text: "大家认真学习长阳土家族自治县的经验做法。", expected: ["长阳土家族自治县 : District"]),
    Case(text: "大家认真学习义县的经验做法。", expected: [], absent: ["学习义县 : District"]),
  ]

  @Test("a division of the country's list is read without further evidence", arguments: listed)
  func listedDivision(_ example: Case) throws { try example.check() }

  /// A name the list lacks (a new district, an invented one) with evidence of its own: its
  /// level's body or post after it, a higher division before it, a clause's start, a
  /// preposition of place, a town of its own after it, a pair with 与.
  static let evidenced: [Case] = [
    Case(
      text: "会议由青禾县委书记林文博主持。",
      expected: ["青禾县 : District"]),
    Case(
      text: "考察团察看了云州市青禾区的项目。",
      expected: ["青禾区 : District"]),
    Case(
      text: "近年来，青禾县产业发展成效明显。",
      expected: ["青禾县 : District"]),
    Case(
      text: "欢迎各位企业家来青禾县投资兴业。",
      expected: ["青禾县 : District"]),
    Case(
      text: "物资发往对接帮扶的青禾县柳塘镇。",
      expected: ["青禾县 : District", "柳塘镇 located-in 青禾县"]),
    Case(
      text: "双方将深化青禾区与柳溪县合作。",
      expected: ["青禾区 : District", "柳溪县 : District"]),
  ]

  @Test("a name the list lacks is a district with evidence of its own", arguments: evidenced)
  func evidencedDivision(_ example: Case) throws { try example.check() }

  /// A province written bare just before its own city or county only says where that place
  /// is; written alone it is still a City.
  static let provincesBefore: [Case] = [
    Case(
      text: "考察团赴湖北十堰市学习产业发展经验。",
      expected: ["十堰市 : City"],
      absent: ["湖北 : City"]),
    Case(
      text: "浙江临海市某某产业园项目举行开工仪式。",
      expected: ["临海市 : District"],
      absent: ["浙江 : City"]),
    Case(
      text: "来自浙江的客商到园区考察。",
      expected: ["浙江 : City"]),
    // A municipality's short form before one of its districts: the district's 区 is no zone's.
    Case(
      text: "北京延庆区举行青禾项目集中签约仪式。",
      expected: ["延庆区 : District", "延庆区 convenes 青禾项目集中签约仪式"],
      absent: ["北京 : City"]),
  ]

  /// A bare province run on into a noun phrase modifies it (浙江爱心企业, 某省某公司的简称);
  /// after a preposition of place, or before punctuation or a verb, it is a City.
  static let provincesAsModifiers: [Case] = [
    Case(
      text: "浙江爱心企业捐赠120万元助力青禾镇新建幼儿园。",
      expected: [],
      absent: ["浙江 : City"]),
    Case(
      text: "感谢广东发达地区对我县发展的支持。",
      expected: [],
      absent: ["广东 : City"]),
    Case(
      text: "招商小分队分别赴青岛、北京开展专题招商，在北京共签约4个项目。",
      expected: ["北京 : City"]),
    Case(
      text: "会议学习了总书记对四川工作系列重要指示精神。",
      expected: ["四川 : City"]),
  ]

  @Test("a bare province before a noun phrase modifies it", arguments: provincesAsModifiers)
  func provinceAsModifier(_ example: Case) throws { try example.check() }

  @Test("a bare province before its own division is no entity", arguments: provincesBefore)
  func provinceBefore(_ example: Case) throws { try example.check() }
}
