import Testing

/// People in round 15 (causes counted across the seven read sets), each with invented names:
/// names listed with no post before 等领导 or 等同志 are Officials even when the list is written
/// with commas throughout or its first name is glued to a group's word.
@Suite("People, round 15")
struct PeopleRound15Tests {
  typealias Case = ReadingCase

  static let bareNameLists: [Case] = [
    Case(
      text: "张青岩,许石川,于松林,崔海山,高远洋等领导出席会议。",
      expected: [
        "张青岩 : Official", "许石川 : Official", "于松林 : Official", "崔海山 : Official",
        "高远洋 : Official",
      ]),
    Case(
      text: "县工作专班张建国、许明华、于兰芳等同志到会指导。",
      expected: ["张建国 : Official", "许明华 : Official", "于兰芳 : Official"],
      absent: ["专班张建国 : Official"]),
    Case(
      text: "会上,张建国、许明华、于兰芳等同志到会指导。",
      expected: ["张建国 : Official", "许明华 : Official", "于兰芳 : Official"],
      absent: ["会上 : Official"]),
  ]

  @Test("names listed before 等领导 or 等同志, over commas or after a group's word, are Officials", arguments: bareNameLists)
  func bareNameList(_ example: Case) throws { try example.check() }
}

extension PeopleRound15Tests {
  static let creditRolesInsideFields: [Case] = [
    Case(
      text: "本报讯(记者张青山通讯员李明华)3月2日,青石区召开项目推进会。",
      expected: ["张青山 : Person", "李明华 : Person"]),
    Case(
      text: "青石网讯(实习记者张青山 通讯员李明华)3月2日,青石区召开项目推进会。",
      expected: ["张青山 : Person", "李明华 : Person"],
      absent: ["实习 : Person"]),
    Case(
      text: "青石网讯(通讯员李明华 青石日报记者张青山)3月2日,青石区召开项目推进会。\n李明华 供图",
      expected: ["张青山 : Person", "李明华 : Person"],
      absent: ["供图 : Person", "青石日报 : Person"]),
  ]

  @Test("a credit's role word inside a byline's run begins a field of its own", arguments: creditRolesInsideFields)
  func creditRoleInsideField(_ example: Case) throws { try example.check() }
}

extension PeopleRound15Tests {
  static let bodyWordsBeforePosts: [Case] = [
    Case(
      text: "镇党委书记黄平川、镇长赖进山、人大主席卢万海等参加仪式。",
      expected: ["黄平川 : Official", "赖进山 : Official", "卢万海 : Official"],
      absent: ["人大 : Official"]),
    Case(
      text: "区委常务副书记殷青山、政府副区长张青河同志主持召开调度会。",
      expected: ["殷青山 : Official", "张青河 : Official", "张青河 title 副区长"],
      absent: ["政府副 : Official", "政府 : Official"]),
  ]

  @Test("a body's word right before a post, after a list comma, is no name", arguments: bodyWordsBeforePosts)
  func bodyWordBeforePost(_ example: Case) throws { try example.check() }
}

extension PeopleRound15Tests {
  static let lessCommonSurnames: [Case] = [
    Case(
      text: "区委副书记、区长续青山主持会议并讲话。",
      expected: ["续青山 : Official", "续青山 title 区长"]),
    Case(
      text: "市委副书记、市长鸟青云陪同调研。",
      expected: ["鸟青云 : Official", "鸟青云 title 市长"]),
    Case(
      text: "区委书记代青河主持会议。代表们继续视察续建项目。",
      expected: ["代青河 : Official"],
      absent: ["代表 : Official", "代表 : Person", "续建 : Person"]),
  ]

  @Test("less common surnames (代, 续, 鸟) begin names after a post", arguments: lessCommonSurnames)
  func lessCommonSurname(_ example: Case) throws { try example.check() }
}

