import Testing

/// Round 31 (pl5): an embankment that stands (某江干堤, 某河防洪堤, 某湖大堤, 某垸围堤, 某江支堤) is
/// a landmark, a Place, read by its kind word after a name of two characters or more; the kind
/// word alone, after a count or a demonstrative, names none. Invented names.
@Suite("Embankments named by their kind word")
struct EmbankmentTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A list of embankments on a flood-season tour.
    Case(
      text: "7月5日,县防指督导组前往青禾江干堤、玉带河防洪堤、白鹭湖大堤和金禾围堤,检查巡堤查险情况。",
      expected: [
        "青禾江干堤 : Place", "玉带河防洪堤 : Place", "白鹭湖大堤 : Place", "金禾围堤 : Place",
      ]),
    Case(
      text: "沿着某某连江支堤一路前行,记者看到防汛人员开挖导滤沟。",
      expected: ["某某连江支堤 : Place"]),
    // The kind word alone, after a length or a demonstrative, and the common words name none.
    Case(
      text: "翠峰镇对1500米大堤路面铺设了石子,对大堤迎水坡铺设彩条布,加固原有的防洪堤,加筑子堤。",
      expected: [],
      absent: ["1500米大堤 : Place", "米大堤 : Place", "原有的防洪堤 : Place", "有的防洪堤 : Place"]),
    Case(
      text: "该段干堤长期浸泡,河堤受损严重,堤防标准化管理通过评价。",
      expected: [],
      absent: ["该段干堤 : Place", "河堤 : Place"]),
  ]

  @Test("an embankment named by its kind word", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
