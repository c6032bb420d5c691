import Testing

/// Who reviews on a visit, found on unread visit and tour news (round 11, helper h9): a roster of
/// posts and names parted by commas that ends in 参加 or 陪同 goes along, and those a frame
/// 在…陪同下 names go along, not the leaders before it. Invented names.
@Suite("Who makes a visit and who goes along")
struct PrecisionRound11Tests {
  typealias Case = ReadingCase

  /// 甲、乙，某职丙，某委员会部分委员等参加了视察活动: every name of the roster merely takes part,
  /// however many commas part it; the team's visit after it gives them no reviews.
  static let rosters: [Case] = [
    Case(
      text:
        "5月10日，市人大常委会副主任张三丰、李四海，市人大常委会秘书长王五岳，市人大常委会部分委员等参加了视察活动。视察组一行深入青石镇白沙水库扩建项目工地，详细了解工程进度。",
      expected: ["青石镇白沙水库扩建项目 : Project"],
      absent: [
        "张三丰 reviews 青石镇白沙水库扩建项目", "李四海 reviews 青石镇白沙水库扩建项目",
        "王五岳 reviews 青石镇白沙水库扩建项目",
      ]),
    Case(
      text: "5月10日，区委书记张三丰调研白沙河综合治理项目，区委常委李四海，副区长王五岳陪同。",
      expected: ["张三丰 reviews 白沙河综合治理项目"],
      absent: ["李四海 reviews 白沙河综合治理项目", "王五岳 reviews 白沙河综合治理项目"]),
    Case(
      text:
        "5月10日，区长张三丰，副区长李四海带领相关部门负责人，先后来到白沙河综合治理项目、青石产业园二期项目现场，察看工程进度。",
      expected: [
        "张三丰 reviews 白沙河综合治理项目", "李四海 reviews 白沙河综合治理项目",
        "张三丰 reviews 青石产业园二期项目", "李四海 reviews 青石产业园二期项目",
      ]),
  ]

  @Test("a roster parted by commas that ends in 参加 or 陪同 goes along", arguments: rosters)
  func roster(_ example: Case) throws { try example.check() }

  /// 甲，乙在某局负责人的陪同下，调研A: the frame names those who go along; 甲 and 乙 make the visit.
  static let companionFrames: [Case] = [
    Case(
      text: "5月10日，区长张三丰，区委常委、副区长李四海在相关部门负责人的陪同下，调研白沙河综合治理项目。",
      expected: ["张三丰 reviews 白沙河综合治理项目", "李四海 reviews 白沙河综合治理项目"]),
    Case(
      text: "5月10日，县长张三丰在县住建局负责人陪同下，来到县第三污水处理厂进行实地调研。",
      expected: ["张三丰 reviews 县第三污水处理厂"]),
  ]

  @Test("who a frame 在…陪同下 follows makes the visit", arguments: companionFrames)
  func companionFrame(_ example: Case) throws { try example.check() }

  /// 调研组, 视察组, 考察团: a visit's word that names a team opens no list; the team's own verb
  /// (先后深入) does, and the first work begins after it.
  static let teamWords: [Case] = [
    Case(
      text: "每到一地，调研组详细了解工程投资、项目进度以及项目实施过程中遇到的困难和问题。",
      expected: [], absent: ["工程投资 : Project"]),
    Case(
      text: "视察组先后深入年产5万吨青石新材料及配套3万吨白沙铝棒项目、东湖大桥新建项目等6个视察点，详细了解项目建设情况。",
      expected: ["年产5万吨青石新材料及配套3万吨白沙铝棒项目 : Project", "东湖大桥新建项目 : Project"],
      absent: ["组先后深入年产5万吨青石新材料及配套3万吨白沙铝棒项目 : Project"]),
  ]

  @Test("a team's name is no cue of a list", arguments: teamWords)
  func teamWord(_ example: Case) throws { try example.check() }

  /// 听取了甲政府、乙政府关于A建设情况的汇报: 关于 begins a clause; the list of bodies ends
  /// before it, and no work runs through it.
  static let aboutClauses: [Case] = [
    Case(
      text: "调研组还听取了青石县政府、白沙区政府关于重点项目建设推进情况的汇报。",
      expected: ["白沙区政府 : Organization"], absent: ["白沙区政府关于重点项目 : Project"]),
  ]

  @Test("关于 ends a listed item", arguments: aboutClauses)
  func aboutClause(_ example: Case) throws { try example.check() }

  /// 深入全区各个棚户区改造项目, 察看部分城中村改造项目: a kind of urban renewal and the share a
  /// visit sees name no work; a village's own keeps its name.
  static let renewalKinds: [Case] = [
    Case(
      text: "9月15日上午，区委书记张三丰深入全区各个棚户区改造项目实地调研。",
      expected: [], absent: ["棚户区改造项目 : Project", "张三丰 reviews 棚户区改造项目"]),
    Case(
      text: "区长张三丰察看了部分城中村改造项目。", expected: [],
      absent: ["城中村改造项目 : Project", "部分城中村改造项目 : Project"]),
    Case(
      text: "区长张三丰察看了青石村城中村改造项目。",
      expected: ["青石村城中村改造项目 : Project", "张三丰 reviews 青石村城中村改造项目"]),
  ]

  @Test("a kind of urban renewal is no work", arguments: renewalKinds)
  func renewalKind(_ example: Case) throws { try example.check() }
}
