import Testing

/// 受区政协八届常委会委托, 十三届县政协常委会工作报告, 历届人大常委会主要领导: a standing committee
/// written with its term (届) and no sitting's number is the body of that term, the author of a
/// report or the one who entrusts; only 第…次 or 五届二十九次 makes it a meeting. Before, the term
/// counted as a meeting's number and each of these became a Meeting. (Session reports of people's
/// congresses and CPPCCs, a large share of the genre, speak of the outgoing committee this way.)
private let published = "发布时间：2023-05-10\n"

@Suite("a standing committee of a term is the body, not a meeting")
struct TermStandingCommitteeTests {
  @Test(
    "受某届常委会委托, 某届常委会工作报告, 历届人大常委会: no Meeting",
    arguments: [
      ReadingCase(
        text: published + "受区政协九届常委会委托，副主席钱卫东作了提案工作情况的报告。",
        expected: [], absent: ["受区政协九届常委会 : Meeting", "区政协九届常委会 : Meeting"]),
      ReadingCase(
        text: published + "会议通过了关于十二届县政协常委会工作报告的决议。",
        expected: [], absent: ["十二届县政协常委会 : Meeting"]),
      ReadingCase(
        text: published + "在主席台就座的还有县人民法院院长，以及历届人大常委会主要领导。",
        expected: [], absent: ["历届人大常委会 : Meeting"]),
    ])
  func termBody(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "五届二十九次常委会, 召开十届县委常委会, 某届常委会第N次会议: still meetings",
    arguments: [
      ReadingCase(
        text: published + "5月8日，区政协召开五届十九次常委会，区政协主席周海林主持。",
        expected: ["五届十九次常委会 : Meeting"]),
      ReadingCase(
        text: published + "5月8日，区委书记韩嘉树主持召开十届区委常委会，传达学习有关文件。",
        expected: ["十届区委常委会 : Meeting", "韩嘉树 chairs 十届区委常委会"]),
      ReadingCase(
        text: published + "5月8日，县十七届人大常委会第二十次会议在县行政中心召开。",
        expected: ["县十七届人大常委会第二十次会议 : Meeting"]),
    ])
  func sittings(reading: ReadingCase) throws { try reading.check() }
}
