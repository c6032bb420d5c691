import Testing

/// Organizations across genres (round 16: donations, schools and hospitals, volunteers, sports):
/// what is, and is not, a named body. Places, people and bodies are invented.
@Suite("Reading organizations across genres")
struct OrganizationAcrossGenresTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A word saying where a school or hospital serves or what grade it is, right before its kind
    // word after other words (a verb, a level, 广大), makes it a kind of school, none by name.
    Case(
      text: "青禾公司捐资50万元，用于帮扶乡村小学，资助山区学校添置设备。",
      expected: ["青禾公司 : Organization"],
      absent: ["帮扶乡村小学 : Organization", "资助山区学校 : Organization"]),
    Case(
      text: "白河县青石商会为全县农牧区小学捐资助学，新建的学校按标准化学校建设。",
      expected: ["白河县青石商会 : Organization"],
      absent: ["农牧区小学 : Organization", "学校按标准化学校 : Organization"]),
    // A place written in full right before that word names the place's own school.
    Case(
      text: "白河县青石商会为枫林乡寄宿制学校捐资助学。",
      expected: ["枫林乡寄宿制学校 : Organization"]),
    // A school named after its own place keeps its name (青石镇中心小学, 白河县人民医院).
    Case(
      text: "白河县人民医院医疗队来到青石镇中心小学开展义诊。",
      expected: ["白河县人民医院 : Organization", "青石镇中心小学 : Organization"]),
    // 中央 (central) before a rule, a document, a region or a fund qualifies it: no party centre.
    Case(
      text: "青石镇党委严格执行中央八项规定，学习中央一号文件，争取中央预算内资金500万元。",
      expected: ["青石镇党委 : Organization"],
      absent: ["中央 : Organization"]),
    // Standalone, it is the party centre (the rulings).
    Case(
      text: "青石镇党委坚决贯彻落实中央、省委、市委决策部署。",
      expected: ["中央 : Organization"]),
  ]

  @Test("reads each case", arguments: cases)
  func reads(_ testCase: Case) throws { try testCase.check() }
}
