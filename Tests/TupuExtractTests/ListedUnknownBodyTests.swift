import Testing

/// Round 24: a list of bodies (县发改委、教育局、…等单位) names some by a kind word we do not know —
/// an abbreviated office (某开办), a committee joined by 和 (区市容和园林委), a body with
/// its place (某区某某公益服务中心). Such an item is a body when it is written as one: an optional
/// place or level word, two characters of its own or more, and an organ's final word (办, 委, 局,
/// 院, 中心, a body's kind word). Lists of a visit's sites, lists whose units are firms, schools
/// or hospitals, items saying "each, related, directly under" and levels written together (乡镇纪委,
/// 村两委) name no body, nor (measured) an office written with its level alone (区某某办).
/// Invented names.
@Suite("Unknown bodies in a list of bodies")
struct ListedUnknownBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "座谈会上,县发改委、教育局、水利局、湖开办的负责同志分别介绍了工作情况。",
      expected: ["湖开办 : Organization", "水利局 : Organization"]),
    Case(
      text: "在文明办、文旅局、区科协等有关单位部门的帮助支持下,书屋现已正式启用。",
      expected: ["文明办 : Organization", "文旅局 : Organization"]),
    Case(
      text: "区发改委、区湖治办、市测绘院、区住建局等单位负责人参加汇报会。",
      expected: ["市测绘院 : Organization"],
      absent: ["区湖治办 : Organization"]),
    Case(
      text: "区建管委、区街景和绿化委、区房管局等单位主要负责同志参加调研。",
      expected: ["区街景和绿化委 : Organization"]),
    Case(
      text: "青禾区慈善总会、青禾区发改局、青禾区禾苗公益服务中心等单位相关负责人参加捐赠仪式。",
      expected: ["青禾区禾苗公益服务中心 : Organization", "青禾区 : District"]),
    // A list of works with a school and a hospital; a visit's sites; each / related / directly
    // under.
    Case(
      text: "会上,他还就柳湾公园改造、柳湾医院、文体活动中心以及柳湾中学选址等工作作了安排部署。",
      expected: [],
      absent: ["文体活动中心 : Organization"]),
    Case(
      text: "代表们先后深入到文体中心、区发改局、区民政局等单位实地察看。",
      expected: [],
      absent: ["文体中心 : Organization"]),
    Case(
      text: "在镇党委、镇人大、镇政府和村支两委的支持下,一条水泥大道展现在人们面前。",
      expected: [],
      absent: ["村支两委 : Organization"]),
    Case(
      text: "区纪委、区委组织部、乡镇纪委负责同志参加会议。",
      expected: ["区委组织部 : Organization"],
      absent: ["乡镇纪委 : Organization"]),
    Case(
      text: "区发改委、区财政局、各有关委、办、区直单位负责人参加会议。",
      expected: ["区发改委 : Organization"],
      absent: ["各有关委 : Organization"]),
  ]

  @Test("unknown bodies in a list of bodies", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
