import Testing

/// Who reviews which projects, on the genre's sentence forms: the meeting that hears, studies,
/// deliberates or decides on a project (its chair through the rule), and the leaders who make a
/// visit — not those they take along, who accompany or who merely take part. Invented names.
@Suite("Reviews on meetings and visits")
struct ReviewTests {
  typealias Case = ReadingCase

  static let meetings: [Case] = [
    Case(
      text: "5月8日，区长钱立新主持召开青山区重点项目推进会。会议听取了柳岸路改造工程、东湖安置房项目情况汇报。",
      expected: [
        "青山区重点项目推进会 reviews 柳岸路改造工程", "青山区重点项目推进会 reviews 东湖安置房项目",
        "钱立新 reviews 柳岸路改造工程", "钱立新 reviews 东湖安置房项目",
      ]),
    // An agenda over several clauses: each verb of it reviews what it names.
    Case(
      text: "3月2日，区长钱立新主持召开青山区政府第5次常务会议。会议听取了全区一季度经济运行情况汇报，"
        + "研究了柳岸路改造工程征迁工作，听取了东湖安置房项目、柳岸大桥工程建设情况汇报。",
      expected: [
        "青山区政府第5次常务会议 reviews 柳岸路改造工程", "青山区政府第5次常务会议 reviews 东湖安置房项目",
        "钱立新 reviews 柳岸大桥工程",
      ]),
    Case(
      text: "青山区召开重点项目调度会。会议审议通过了东湖污水处理厂提标改造工程、柳岸大桥工程实施方案。",
      expected: [
        "重点项目调度会 reviews 东湖污水处理厂提标改造工程",
        "重点项目调度会 reviews 柳岸大桥工程",
      ]),
    // An agenda whose items are sentences of their own, numbered.
    Case(
      text: "区长钱立新主持召开青山区政府第8次常务会议。会议审议了以下事项。一、柳岸大桥工程建设资金安排。"
        + "二、东湖污水处理厂提标改造工程用地。",
      expected: [
        "青山区政府第8次常务会议 reviews 柳岸大桥工程",
        "青山区政府第8次常务会议 reviews 东湖污水处理厂提标改造工程", "钱立新 reviews 柳岸大桥工程",
      ]),
    // The chair named after the meeting (会议由…主持) reviews its agenda too.
    Case(
      text: "7月3日，青山区政府第12次常务会议召开。会议由区长钱立新主持。会议研究了东湖冷链物流中心项目用地有关事项。",
      expected: [
        "青山区政府第12次常务会议 reviews 东湖冷链物流中心项目", "钱立新 reviews 东湖冷链物流中心项目",
      ]),
  ]

  static let visits: [Case] = [
    // What a host reports on (就项目落户、路网规划等作汇报) are topics, not works the visit sees.
    Case(
      text: "5月6日，区长钱立新来到东湖镇调研，察看柳岸智造园二期工程，"
        + "听取管委会主任孙晓峰就项目落户、路网规划、产业园区规划等作情况汇报。",
      expected: ["钱立新 reviews 柳岸智造园二期工程"],
      absent: ["钱立新 reviews 路网规划", "钱立新 reviews 产业园区规划"]),
    Case(
      text: "5月6日，区委书记赵明远带队调研重点项目建设，区领导钱立新、孙晓峰陪同。"
        + "赵明远一行先后来到东湖冷链物流中心项目、柳岸智造园二期工程，察看项目建设进度。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 柳岸智造园二期工程"],
      absent: ["钱立新 reviews 东湖冷链物流中心项目", "孙晓峰 reviews 柳岸智造园二期工程"]),
    // The leader named in an earlier sentence goes on as 一行, 他 or a group of the visit.
    Case(
      text: "5月6日，区长钱立新到东湖镇调研重点项目建设。随后，他来到柳岸智造园二期工程，察看施工进度。",
      expected: ["钱立新 reviews 柳岸智造园二期工程"]),
    Case(
      text: "9月2日，区委书记赵明远调研重点项目。区领导孙晓峰陪同。一行人先后来到东湖冷链物流中心项目、"
        + "北湖水厂扩建工程，听取项目建设情况介绍。随后，调研组深入柳岸智造园二期工程建设现场，实地察看工程进度。",
      expected: [
        "赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 北湖水厂扩建工程",
        "赵明远 reviews 柳岸智造园二期工程",
      ],
      absent: ["孙晓峰 reviews 东湖冷链物流中心项目", "孙晓峰 reviews 柳岸智造园二期工程"]),
    // A site named first (在…现场), the leader after it.
    Case(
      text: "10月8日，区长钱立新调研重点项目建设。在东湖冷链物流中心项目、柳岸智造园二期工程建设现场，钱立新详细询问了工程进度。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "区委书记赵明远调研重点项目建设。在东湖冷链物流中心项目、柳岸智造园二期工程建设现场，"
        + "他仔细察看工程进度。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 柳岸智造园二期工程"]),
    // Whoever accompanies does not review, whichever comes first.
    Case(
      text: "在区长钱立新的陪同下，市委书记赵明远视察了东湖冷链物流中心项目。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["钱立新 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "区领导孙晓峰陪同调研东湖冷链物流中心项目。",
      expected: [], absent: ["孙晓峰 reviews 东湖冷链物流中心项目"]),
    // Several leaders as subject each review; those taken along do not.
    Case(
      text: "区委书记赵明远、区长钱立新率党政代表团先后来到东湖冷链物流中心项目、柳岸智造园二期工程，实地察看。"
        + "区领导孙晓峰陪同考察。",
      expected: [
        "赵明远 reviews 东湖冷链物流中心项目", "钱立新 reviews 柳岸智造园二期工程",
      ],
      absent: ["孙晓峰 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "市委书记赵明远带领区长钱立新等来到柳岸智造园二期工程，察看项目进展。",
      expected: ["赵明远 reviews 柳岸智造园二期工程"],
      absent: ["钱立新 reviews 柳岸智造园二期工程"]),
    // A delegation led by leaders tours sites in the sentences after.
    Case(
      text: "11月4日，青岭县委书记赵明远率党政代表团来我区考察。当天下午，代表团先后来到东湖冷链物流中心项目、"
        + "柳岸智造园二期工程等地，实地考察产业发展情况。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 柳岸智造园二期工程"]),
    Case(
      text: "市人大常委会主任赵明远率视察组来我区视察重点项目建设。视察组一行先后视察了东湖冷链物流中心项目、"
        + "柳岸智造园二期工程。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 柳岸智造园二期工程"]),
    // The reporter of a byline leads nothing.
    Case(
      text: "本报讯（记者 孙晓峰）10月7日，区长钱立新调研重点项目建设。随后，一行人先后来到东湖冷链物流中心项目、"
        + "柳岸智造园二期工程，察看施工进度。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目", "钱立新 reviews 柳岸智造园二期工程"],
      absent: ["孙晓峰 reviews 东湖冷链物流中心项目"]),
    // Items of a visit's list ending in 等项目 are projects whatever their suffix.
    Case(
      text: "10月7日，区长钱立新察看了东湖智造、柳岸冷链等项目建设现场，听取项目介绍。",
      expected: ["钱立新 reviews 东湖智造", "钱立新 reviews 柳岸冷链"]),
    // The cue after the sites (先后到A、B调研, 对A、B进行了督导).
    Case(
      text: "9月5日，区长钱立新先后到东湖冷链物流中心项目、柳岸智造园二期工程调研。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目", "钱立新 reviews 柳岸智造园二期工程"]),
    Case(
      text: "区长钱立新对东湖冷链物流中心项目、柳岸智造园二期工程进行了督导。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目", "钱立新 reviews 柳岸智造园二期工程"]),
    // A congress's or a conference's inspection: the leader, not the deputies taken along.
    Case(
      text: "县人大常委会主任赵明远带领部分县人大代表视察了东湖冷链物流中心项目、柳岸智造园二期工程。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 柳岸智造园二期工程"]),
    Case(
      text: "区政协主席赵明远率部分政协委员视察重点项目建设。委员们先后来到东湖冷链物流中心项目、"
        + "柳岸智造园二期工程，听取项目建设情况介绍。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 柳岸智造园二期工程"]),
    Case(
      text: "7月1日，市委书记赵明远、市长钱立新等市领导深入东湖冷链物流中心项目、柳岸智造园二期工程，"
        + "现场督导项目建设。",
      expected: [
        "赵明远 reviews 东湖冷链物流中心项目", "钱立新 reviews 东湖冷链物流中心项目",
        "钱立新 reviews 柳岸智造园二期工程",
      ]),
    Case(
      text: "区委书记赵明远在区领导钱立新、孙晓峰陪同下先后来到东湖冷链物流中心项目、柳岸智造园二期工程。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 柳岸智造园二期工程"],
      absent: ["钱立新 reviews 东湖冷链物流中心项目", "孙晓峰 reviews 柳岸智造园二期工程"]),
    Case(
      text: "镇党委书记赵明远带领镇班子成员先后观摩了东湖冷链物流中心项目、柳岸智造园二期工程。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目", "赵明远 reviews 柳岸智造园二期工程"]),
    // Sites seen after a ceremony are the leaders' to review, not the ceremony's.
    Case(
      text: "青山区重点项目集中开工仪式在东湖镇举行。仪式结束后，区委书记赵明远察看了东湖冷链物流中心项目、"
        + "柳岸智造园二期工程。",
      expected: ["赵明远 reviews 东湖冷链物流中心项目"],
      absent: ["青山区重点项目集中开工仪式 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "区长钱立新督查了东湖冷链物流中心项目、柳岸智造园二期工程建设情况。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目", "钱立新 reviews 柳岸智造园二期工程"]),
    Case(
      text: "区长钱立新一行走进东湖冷链物流中心项目、柳岸智造园二期工程，详细了解项目建设进展。",
      expected: ["钱立新 reviews 东湖冷链物流中心项目"]),
  ]

  /// What no one reviews: a speech's demands, a project named without a visit or an agenda.
  static let traps: [Case] = [
    Case(
      text: "钱立新指出，东湖冷链物流中心项目是全区重点项目，要加快建设进度。",
      expected: [], absent: ["钱立新 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "区长钱立新到东湖镇调研。钱立新强调，各部门要深入研究东湖冷链物流中心项目建设中的问题。",
      expected: [], absent: ["钱立新 reviews 东湖冷链物流中心项目"]),
    Case(
      text: "去年以来，青山区先后建成东湖冷链物流中心项目、柳岸智造园二期工程。",
      expected: [], absent: ["青山区 reviews 东湖冷链物流中心项目"]),
  ]

  @Test("a meeting reviews what its agenda names", arguments: meetings)
  func meeting(_ example: Case) throws { try example.check() }

  @Test("the leaders of a visit review what it sees", arguments: visits)
  func visit(_ example: Case) throws { try example.check() }

  @Test("no one reviews a project only spoken of", arguments: traps)
  func trap(_ example: Case) throws { try example.check() }
}
