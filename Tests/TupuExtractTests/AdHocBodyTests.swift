import Testing

/// Round 23: a body a place sets up for one task (领导小组, 指挥部, 工作组, 专班) is named by the
/// task, which may hold verbs, posts and a quoted work; the name runs back over the task to the
/// place, the place's body or the level written at the clause's start. A body being set up with
/// no place, levels written together (乡镇) and a task after a verb of the sentence name none.
/// Invented names.
@Suite("Ad hoc bodies named by their task")
struct AdHocBodyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "会上介绍了成立青河镇推进“千村示范工程”重点项目指挥部的情况。",
      expected: ["青河镇推进千村示范工程重点项目指挥部 : Organization"],
      absent: ["重点项目指挥部 : Organization"]),
    Case(
      text: "仪式上,柳湾镇市派第一书记工作组向柳湾镇中心小学捐赠了图书。",
      expected: ["柳湾镇市派第一书记工作组 : Organization", "柳湾镇中心小学 : Organization"]),
    Case(
      text: "区委全面深化改革领导小组各成员单位负责同志参加会议。",
      expected: ["区委全面深化改革领导小组 : Organization"],
      absent: ["改革领导小组 : Organization"]),
    Case(
      text: "区民政局、区网格精细治理专班部分成员单位负责同志参加会议。",
      expected: ["区网格精细治理专班 : Organization", "区民政局 : Organization"]),
    // No place before the task, levels written together, a verb of the sentence in between.
    Case(
      text: "区相关部门要成立专班,做到一个项目一套专班、一套方案。",
      expected: [],
      absent: ["专班 : Organization", "一套专班 : Organization"]),
    Case(
      text: "一是乡镇工作专班要压实责任。",
      expected: [],
      absent: ["乡镇工作专班 : Organization"]),
    Case(
      text: "柳湾镇成立防汛抗旱指挥部,镇干部参加垃圾分类工作组。",
      expected: ["防汛抗旱指挥部 : Organization"],
      absent: [
        "柳湾镇成立防汛抗旱指挥部 : Organization", "镇干部参加垃圾分类工作组 : Organization",
      ]),
  ]

  @Test("ad hoc bodies named by their task", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
