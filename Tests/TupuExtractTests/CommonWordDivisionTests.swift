import Testing

/// Towns and villages named by a common word (建设乡, 发展村, 文明乡), with invented counties,
/// villages and people: read as the division where the sentence frames it as a place — after a
/// place cue, in a chain of places, in a list of divisions, before its bodies and posts or a
/// village inside it — while the same words in phrases (建设乡村, 发展乡村产业, 文明乡风, 创建文明村)
/// and kinds of village (贫困村, 示范村) name none.
@Suite("Divisions named by common words")
struct CommonWordDivisionTests {
  typealias Case = ReadingCase

  static let framedAsPlaces: [Case] = [
    Case(
      text: "县委书记张青禾到建设乡李庄村调研。",
      expected: ["建设乡 : Street", "李庄村 : Community", "李庄村 located-in 建设乡"],
      absent: ["乡李庄村 : Community"]),
    Case(
      text: "县长王柳溪到建设村调研人居环境整治工作。",
      expected: ["建设村 : Community"]),
    Case(
      text: "代表们到发展乡李庄村调研。",
      expected: ["发展乡 : Street", "李庄村 located-in 发展乡"]),
    Case(
      text: "调研组深入文明乡、太平镇调研。",
      expected: ["文明乡 : Street", "太平镇 : Street"],
      absent: ["文明乡镇 : Street"]),
    Case(
      text: "青禾县建设乡党委书记王五主持会议。",
      expected: ["建设乡 : Street", "建设乡 located-in 青禾县"]),
    Case(
      text: "近日，记者在建设乡兴港社区污水处理站看到，工人正在安装设备。",
      expected: ["建设乡 : Street", "兴港社区 located-in 建设乡"],
      absent: ["乡兴港社区 : Community"]),
    Case(
      text: "建设乡李庄村村民种植的葡萄喜获丰收。",
      expected: ["建设乡 : Street", "李庄村 located-in 建设乡"]),
  ]

  @Test("a common word names a town or village framed as a place", arguments: framedAsPlaces)
  func framedAsPlace(_ example: Case) throws { try example.check() }

  static let staysWords: [Case] = [
    Case(
      text: "县委书记张青禾到建设乡村振兴示范带调研。",
      expected: [],
      absent: ["建设乡 : Street", "建设乡村 : Community"]),
    Case(
      text: "要在发展乡村产业上下功夫，推进文明乡风建设。",
      expected: [],
      absent: ["发展乡 : Street", "文明乡 : Street"]),
    Case(
      text: "大力建设美丽乡村，到乡镇调研。",
      expected: [],
      absent: ["建设美丽乡 : Street", "美丽乡 : Street"]),
    Case(
      text: "在发展村集体经济中，我们坚持创建文明村、文明乡镇。",
      expected: [],
      absent: ["发展村 : Community", "文明村 : Community", "文明乡镇 : Street"]),
    Case(
      text: "县领导到贫困村、示范村调研。",
      expected: [],
      absent: ["贫困村 : Community", "示范村 : Community"]),
    Case(
      text: "最后镇党委副书记李柳溪讲话，要求紧跟镇党委、政府重点工作。",
      expected: [],
      absent: ["最后镇 : Street", "紧跟镇 : Street"]),
  ]

  @Test("the same words in phrases and kinds of village stay words", arguments: staysWords)
  func staysWord(_ example: Case) throws { try example.check() }
}
