import Testing

/// Round 17: a body or place whose name the text goes on with, up to the convene cue or the venue
/// before it, heads a longer name nobody read (某局某项目党支部, 某市某服务中心) or a venue (某县某之家前的
/// 广场内); it convenes nothing. A verb of its own in between (组织, 联合) leaves it the convener.
/// Invented names throughout.
@Suite("A convener that only heads an unread name")
struct ConvenerNameHeadTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "3月5日，青石建工三局翠湖花园项目党支部举行结对共建签约仪式。",
      expected: ["结对共建签约仪式 : Meeting"],
      absent: ["青石建工三局 convenes 结对共建签约仪式"]),
    Case(
      text: "当天，青山县文艺家之家前的广场内还举办了元宵灯谜展猜活动。",
      expected: ["元宵灯谜展猜活动 : Meeting"],
      absent: ["青山县 convenes 元宵灯谜展猜活动"]),
    Case(
      text: "3月6日上午，柳岸社区新时代文明实践站联合社区妇联、青山市翠竹林社会工作与服务中心在医疗站开展“邻里守望”志愿服务活动。",
      expected: ["“邻里守望”志愿服务活动 : Meeting"],
      absent: ["青山市 convenes “邻里守望”志愿服务活动"]),
    // The body's own verb before the words that follow it: it still convenes.
    Case(
      text: "7月13日下午，青石县委组织部机关党支部组织志愿服务队开展了“门前三包”志愿活动。",
      expected: ["青石县委组织部机关党支部 convenes “门前三包”志愿活动"]),
    // A venue or a time word between them leaves the body the convener.
    Case(
      text: "3月5日，青山区政府在区行政中心召开青山区安全生产工作会议。",
      expected: ["青山区政府 convenes 青山区安全生产工作会议"]),
    Case(
      text: "青山区委常委会近日举行青山区委常委会第十次会议。",
      expected: ["青山区委常委会 convenes 青山区委常委会第十次会议"]),
  ]

  @Test("a convener that only heads an unread name", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
