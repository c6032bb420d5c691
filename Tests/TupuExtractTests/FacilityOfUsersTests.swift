import Testing

/// Facilities named by the people they serve (委员之家, 人大代表之家, 代表联络站, 委员工作室,
/// 网格员之家) after the town, street, community or village they serve: every county's congress
/// and CPPCC news names them. The facility is a Place lying in its division (the zones ruling,
/// name nesting); the people's word is no post and begins no body (镇委, 镇人大, 村委), and the
/// division before it stays a division.
@Suite("Facilities of deputies and members")
struct FacilityOfUsersTests {
  typealias Case = ReadingCase

  static let facilities: [Case] = [
    Case(
      text: "3月5日，县政协主席甲某某来到青禾镇委员之家，了解委员履职情况。",
      expected: ["青禾镇 : Street", "青禾镇委员之家 : Place", "青禾镇委员之家 located-in 青禾镇"]),
    Case(
      text: "4月6日，县人大常委会主任乙某某走访了柳塘乡人大代表之家，与代表座谈交流。",
      expected: [
        "柳塘乡 : Street", "柳塘乡人大代表之家 : Place", "柳塘乡人大代表之家 located-in 柳塘乡",
      ],
      absent: ["柳塘乡人大 : Organization"]),
    Case(
      text: "调研组察看了石桥街道代表联络站，听取工作汇报。",
      expected: ["石桥街道代表联络站 : Place", "石桥街道代表联络站 located-in 石桥街道"]),
    // A village whose first character is a surname, then 委员: no official named 白沙村, and
    // 村委 is no body here.
    Case(
      text: "5月7日，县政协副主席丙某某看望了白沙村委员工作室，了解活动开展。",
      expected: [
        "白沙村 : Community", "白沙村委员工作室 : Place", "白沙村委员工作室 located-in 白沙村",
      ],
      absent: ["白沙村 : Official"]),
    Case(
      text: "与会人员观摩了金溪街道云岭社区网格员之家。",
      expected: [
        "云岭社区网格员之家 : Place", "云岭社区网格员之家 located-in 云岭社区",
        "云岭社区 located-in 金溪街道",
      ]),
  ]

  @Test("a facility of deputies after its division is a Place there", arguments: facilities)
  func facility(_ example: Case) throws { try example.check() }

  /// The people's word with no facility after it stays a post, and alone the facility's kind
  /// names none.
  static let notFacilities: [Case] = [
    Case(
      text: "青禾镇人大代表丁某某在会上发言。",
      expected: ["丁某某 : Official"],
      absent: ["青禾镇人大代表 : Place"]),
    Case(
      text: "各镇要建好委员之家和代表联络站。",
      expected: [],
      absent: ["委员之家 : Place", "代表联络站 : Place"]),
  ]

  @Test("a deputy, and a facility named by its kind alone", arguments: notFacilities)
  func notFacility(_ example: Case) throws { try example.check() }
}
