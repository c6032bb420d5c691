import Testing

/// A word of time, of counting or of acting written right before a firm's, chamber's or a place's
/// body's kind word (当某公司得知, 今后商会, 践行市委, 扩大公司规模, 每个合作社): no name spans
/// it. Firm names are invented.
@Suite("Words glued before a body's kind word")
struct GluedBoundaryWordTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 当 (when) before a firm's full name: the firm begins after it; 当 inside a county's name
    // (当涂县) stays.
    Case(
      text: "当青禾化工有限公司得知这一情况后,立即捐款5万元。当涂县明远物流有限公司捐款2万元。",
      expected: ["青禾化工有限公司 : Organization", "当涂县明远物流有限公司 : Organization"],
      absent: ["当青禾化工有限公司 : Organization"]),
    // A word of time made with 当 (当日, 当天) ends before the firm as a whole: 日 or 天 begins no
    // firm's name.
    Case(
      text: "当日青禾科技有限公司捐赠20万元。当天明远物流有限公司捐赠10万元。",
      expected: ["青禾科技有限公司 : Organization", "明远物流有限公司 : Organization"],
      absent: ["日青禾科技有限公司 : Organization", "天明远物流有限公司 : Organization"]),
    // 当代 (contemporary) is a word of its own: a firm named with it keeps it; 当年 (that year)
    // before 公司 names no firm.
    Case(
      text: "当代青禾置业有限公司捐款100万元。当年公司实现产值1亿元。",
      expected: ["当代青禾置业有限公司 : Organization"],
      absent: ["代青禾置业有限公司 : Organization", "当年公司 : Organization"]),
    // 今后 (from now on) before 商会, 每个 (each) before 合作社: no chamber or cooperative by name.
    Case(
      text: "今后商会内的白河籍企业家一定大力支持。每个合作社年纯收入35万元。",
      expected: [],
      absent: ["今后商会 : Organization", "每个合作社 : Organization"]),
    // 践行 (to carry out) before the city's committee: the committee is bare.
    Case(
      text: "青石镇党委认真践行市委、市政府提出的要求。",
      expected: ["市委 : Organization"],
      absent: ["践行市委 : Organization"]),
    // 扩大 (to enlarge) before a kind word: a verb's object, no name.
    Case(
      text: "通过扩大公司规模,提升加工水平。",
      expected: [],
      absent: ["扩大公司 : Organization"]),
  ]

  @Test("glued words begin no body's name", arguments: cases)
  func reads(_ item: Case) throws {
    try item.check()
  }
}
