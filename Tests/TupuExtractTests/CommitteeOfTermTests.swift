import Testing

/// 政协某县第十一届委员会: the formal name of a county's CPPCC in one of its terms is that county's
/// CPPCC (某县政协), as 县政协第十届委员会 is; its members' posts belong to it. Before, the name
/// lost its 政协 and became a body called 某县第十一届委员会.
@Suite("a CPPCC's formal name in a term is the place's CPPCC")
struct CommitteeOfTermTests {
  @Test(
    "政协青石县第十一届委员会常务委员甲, 当选为政协青石县第十一届委员会副主席",
    arguments: [
      ReadingCase(
        text: "政协青石县第十一届委员会常务委员张明远、李德海出席会议。",
        expected: [
          "青石县政协 : Organization", "张明远 affiliated-with 青石县政协",
          "李德海 affiliated-with 青石县政协",
        ],
        absent: ["青石县第十一届委员会 : Organization"]),
      ReadingCase(
        text: "会上，王一平当选为政协青石旗第九届委员会副主席。",
        expected: ["青石旗政协 : Organization", "王一平 affiliated-with 青石旗政协"],
        absent: ["青石旗第九届委员会 : Organization"]),
      // The formal name without a term stays as written; a meeting of the term keeps its name.
      ReadingCase(
        text: "政协青石县委员会主席张明远主持会议。",
        expected: ["政协青石县委员会 : Organization", "张明远 affiliated-with 政协青石县委员会"]),
      ReadingCase(
        text: "政协青石县第十一届委员会第二次会议今天开幕。",
        expected: ["政协青石县第十一届委员会第二次会议 : Meeting"]),
    ])
  func committeeOfTerm(reading: ReadingCase) throws { try reading.check() }
}
