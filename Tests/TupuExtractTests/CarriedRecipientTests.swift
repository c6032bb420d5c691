import Testing

/// Round 13: a gift's recipient named once, in a clause whose givers go unnamed, receives the
/// article's later gifts that name none (a ceremony's list of givers). Invented names throughout.
@Suite("A recipient named once for the day's gifts")
struct CarriedRecipientTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 社会各界…向某慈善总会捐款捐物。当日甲捐赠…；乙捐赠…: every item of the list gives to it.
    Case(
      text: "社会各界爱心人士积极响应，向青石县慈善总会捐款捐物共计50万元。"
        + "当日青山科技有限公司捐赠20万元、口罩1000个；青禾建材有限公司捐赠10万元；青苗农业有限公司捐款5万元。",
      expected: [
        "青山科技有限公司 sponsors 青石县慈善总会", "青禾建材有限公司 sponsors 青石县慈善总会",
        "青苗农业有限公司 sponsors 青石县慈善总会",
      ]),
    // Two recipients named for the unnamed givers: a later gift's own stays unknown.
    Case(
      text: "爱心人士纷纷向青石县慈善总会和青石县红十字会捐款捐物。当日青山科技有限公司捐赠20万元；青禾建材有限公司捐赠10万元。",
      expected: [],
      absent: [
        "青山科技有限公司 sponsors 青石县慈善总会", "青山科技有限公司 sponsors 青石县红十字会",
        "青禾建材有限公司 sponsors 青石县慈善总会",
      ]),
    // A list item whose own recipient the sentence named keeps its gifts to itself.
    Case(
      text: "青山科技有限公司向青石小学捐赠20万元；青禾建材有限公司捐赠口罩1000个投入防疫一线。",
      expected: ["青山科技有限公司 sponsors 青石小学"],
      absent: ["青禾建材有限公司 sponsors 青石小学"]),
  ]

  @Test("a recipient named once for the day's gifts", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
