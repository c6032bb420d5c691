import Testing

/// The forms of congress sessions and government meetings that round 6's fresh articles showed
/// unread: elections and appointments (the post after the name), attendance lists joined by
/// 和 or 及. Invented names.
@Suite("Reading sessions: elections, appointments, attendance lists")
struct SessionFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 甲、乙和丙参加会议 after the chair's clause: names alone, the last joined by 和.
    Case(
      text: "6月17日，副区长罗文昌主持召开区政府第9次常务会议，马立群、甘晓东和邝一鸣参加会议。",
      expected: [
        "马立群 attends 区政府第9次常务会议", "甘晓东 attends 区政府第9次常务会议",
        "邝一鸣 attends 区政府第9次常务会议",
      ]),
    // …及丁出席会议: the same with 及, officials before 出席.
    Case(
      text: "3月2日，县长罗文昌主持召开县政府第12次常务会议，马立群、甘晓东、邝一鸣及黎永康出席会议。",
      expected: [
        "黎永康 : Official", "黎永康 attends 县政府第12次常务会议",
        "马立群 attends 县政府第12次常务会议",
      ]),
    // 县委书记甲和县长乙出席: a post before the name after 和 is no list of names alone.
    Case(
      text: "3月2日，青山县举行重点项目集中开工仪式。县委书记罗文昌和县长马立群出席仪式。",
      expected: ["罗文昌 title 县委书记", "马立群 title 县长"],
      absent: ["长马立群 : Official"]),
  ]

  @Test("elections, appointments and attendance lists are read", arguments: cases)
  func reads(_ form: Case) throws {
    try form.check()
  }
}
