import Testing

/// Investment signings, groundbreaking and commissioning ceremonies in forms first read on fresh
/// real text: where a ceremony's name begins, which later words point back to it, who attends.
private let published = "发布时间：2024-03-31\n"

@Suite("ceremonies in forms read on fresh text: names, references, attendees")
struct CeremonyFormTests {
  @Test(
    "某县在某村举行该县第二批重点项目集中开工仪式: the pointer 该县 is no part of the ceremony's name",
    arguments: [
      ReadingCase(
        text: published
          + "近日，青禾县在柳塘乡石桥村举行该县第二批重点项目集中开工仪式，县委副书记、县长苗远航出席仪式。",
        expected: [
          "第二批重点项目集中开工仪式 : Meeting", "苗远航 attends 第二批重点项目集中开工仪式",
          "青禾县 convenes 第二批重点项目集中开工仪式",
        ],
        absent: ["该县第二批重点项目集中开工仪式 : Meeting"]),
      ReadingCase(
        text: published + "3月8日，该区2024年第一季度招商引资项目集中签约仪式在区会议中心举行。",
        expected: ["2024年第一季度招商引资项目集中签约仪式 : Meeting"],
        absent: ["该区2024年第一季度招商引资项目集中签约仪式 : Meeting"]),
    ])
  func pointerBeforeName(reading: ReadingCase) throws { try reading.check() }
}
