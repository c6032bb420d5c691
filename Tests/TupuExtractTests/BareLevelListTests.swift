import Testing

/// Short names a bare level word closes after 等, with no count (赴甲、乙、丙等乡镇，开展调研;
/// 成立了甲苑、乙苑等社区。): each item is a place of that level, named as written. Only where a
/// mark closes the phrase: words after the level (等村民, 等社区居民, 等乡镇党委书记) say the list
/// is of people or bodies, not places. The first name may be glued to a verb of going (赴, 深入)
/// after a phrase the list reader closed (相关部门负责人赴甲、乙等乡镇). A short name the
/// document writes elsewhere with its level (甲镇) is that place. Invented names.
@Suite("Short divisions a bare level word closes")
struct BareLevelListTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "9月2日，县长王大成带领相关部门负责人赴石岭、青木、白沙等乡镇，开展重点项目调研。",
      // 乡镇 names two levels: the names stay as written.
      expected: ["石岭 : Street", "青木 : Street", "白沙 : Street"]),
    Case(
      text: "县委书记王大成带领有关部门负责人深入石岭、青木、白沙、鹤鸣等街道，调研城中村改造。",
      expected: ["石岭 : Street", "青木 : Street", "白沙 : Street", "鹤鸣 : Street"]),
    // A first name ending in 路 is the place's short name, not a road with the verb before it.
    Case(
      text: "县委书记王大成带领有关部门负责人深入禾路、竹青、溪禾等街道，调研城中村改造。",
      expected: ["禾路 : Street", "竹青 : Street", "溪禾 : Street"],
      absent: ["深入禾路 : Road"]),
    Case(
      text: "该街道实施整村拆迁，成立了青禾苑、紫岭苑、云禾苑等社区。",
      expected: ["青禾苑 : Community", "紫岭苑 : Community", "云禾苑 : Community"]),
    // A bracket after the level (乡镇(办): townships and sub-district offices) closes it too.
    Case(
      text: "要加快推进石岭、青木等乡镇(办)天然气管网建设。",
      expected: ["石岭 : Street", "青木 : Street"]),
    // A short name the document writes in full elsewhere is that place: one entity, not two.
    Case(
      text: "县长王大成赴石岭、青木、白沙等乡镇，开展调研。\n在白沙镇，王大成察看了项目进展。",
      expected: ["白沙镇 : Street", "石岭 : Street"],
      absent: ["白沙 : Street"]),
    // Words after the level: the list is of the places' people or bodies.
    Case(
      text: "石岭、青木等村村民参加了培训。",
      expected: [],
      absent: ["石岭 : Community", "青木 : Community"]),
    Case(
      text: "石岭、青木等社区居民参加了活动。",
      expected: [],
      absent: ["石岭 : Community", "青木 : Community"]),
  ]

  @Test("a bare level word after 等, closed by a mark, names each short item a place of it", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
