import Testing

/// A kind word with only a common modifier names no meeting (the meetings ruling: a bare kind
/// word names nothing): its occasion (首次会议), its size (小规模, 大型), a generic field (文化活动,
/// 专题报告会) or giving money said as 捐款. A modifier beside a topic still names one. Invented
/// names.
@Suite("A kind word with only a common modifier")
struct MeetingModifierOnlyTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "7月1日，白沙镇召开基层党组织书记联席会议。这是该镇建立联席会议制度后召开的首次会议。",
      expected: ["基层党组织书记联席会议 : Meeting"],
      absent: ["首次会议 : Meeting"]),
    Case(
      text: "10月5日，青禾县白沙村举行了一场小规模捐赠仪式，乡贤柳成荫捐赠图书500册。",
      expected: [],
      absent: ["小规模捐赠仪式 : Meeting"]),
    Case(
      text: "会后，白沙村举行了捐款仪式。村民们还经常在文化大院举办文化活动。",
      expected: [],
      absent: ["捐款仪式 : Meeting", "文化活动 : Meeting"]),
    Case(
      text: "5月6日，青禾县委组织部举办专题报告会，邀请省委党校教授作辅导。",
      expected: [],
      absent: ["专题报告会 : Meeting"]),
    // Giving said by its spirit (爱心), its aim (帮扶) or as a visit of comfort (慰问), and a
    // count of one (一场): the kind again; the village it is held at convenes nothing.
    Case(
      text: "4月26日，县工商联组织商会到白沙镇青溪村举行帮扶捐赠仪式。县政协副主席柳成荫出席捐赠仪式。",
      expected: [],
      absent: ["帮扶捐赠仪式 : Meeting", "青溪村 convenes 帮扶捐赠仪式", "柳成荫 attends 帮扶捐赠仪式"]),
    Case(
      text: "10月30日，青溪小学内暖意融融，一场爱心捐赠仪式在此举行。",
      expected: [],
      absent: ["一场爱心捐赠仪式 : Meeting", "爱心捐赠仪式 : Meeting"]),
    Case(
      text: "近日，白沙镇帮扶团到青溪村开展帮扶慰问活动。",
      expected: [],
      absent: ["帮扶慰问活动 : Meeting"]),
    // A library's opening (开馆, as 开园), taking a gift in (接收捐赠款) and a batch of works begun
    // or finished (一批项目开竣工: 项目 is no topic of its own): the kind again, so no one attends
    // it, no one convenes it and it takes no date.
    Case(
      text: "7月13日，青禾县图书馆白沙分馆举行开馆仪式。县文化局局长柳成荫出席开馆仪式。",
      expected: [],
      absent: ["开馆仪式 : Meeting", "柳成荫 attends 开馆仪式", "开馆仪式 held-on --07-13"]),
    Case(
      text: "2月11日，白沙镇举行接收捐赠款仪式，镇党委书记柳成荫参加接收捐赠款仪式。",
      expected: [],
      absent: ["接收捐赠款仪式 : Meeting", "柳成荫 attends 接收捐赠款仪式"]),
    Case(
      text: "8月10日，青禾县集中举行一批项目开竣工仪式。9月9日，青禾县举行白沙工业园重点项目集中开工仪式。",
      expected: ["白沙工业园重点项目集中开工仪式 : Meeting", "青禾县 convenes 白沙工业园重点项目集中开工仪式"],
      absent: ["一批项目开竣工仪式 : Meeting", "青禾县 convenes 一批项目开竣工仪式"]),
    // The library and its new building name the opening.
    Case(
      text: "1月22日，青禾县图书馆新馆开馆仪式在县文化中心举行。县委副书记柳成荫出席仪式。",
      expected: ["青禾县图书馆新馆开馆仪式 : Meeting", "柳成荫 attends 青禾县图书馆新馆开馆仪式"]),
    // 爱心助学 names its topic.
    Case(
      text: "10月30日，青禾县举行爱心助学捐赠仪式。",
      expected: ["爱心助学捐赠仪式 : Meeting"]),
    // Giving said by another verb (捐助, 捐资, 募捐) or as a good deed (献爱心), moving in to stay
    // (入驻), the party's activities in general (党内) and a ceremony's main or branch venue
    // (主会场, 分会场): the kind again, so no one attends it and it takes no date.
    Case(
      text: "6月3日，白沙镇青溪村举行爱心捐助活动。县政协副主席柳成荫参加了捐助活动。",
      expected: [],
      absent: ["爱心捐助活动 : Meeting", "捐助活动 : Meeting", "柳成荫 attends 捐助活动",
        "爱心捐助活动 held-on --06-03"]),
    Case(
      text: "据了解，此次活动是青禾县团委联合白沙商会开展的一次献爱心活动。",
      expected: [],
      absent: ["一次献爱心活动 : Meeting", "献爱心活动 : Meeting"]),
    Case(
      text: "工作组组长柳成荫，青溪社区班子成员参加入驻活动。过去党员参加各类党内活动都不主动。",
      expected: [],
      absent: ["入驻活动 : Meeting", "各类党内活动 : Meeting", "柳成荫 attends 入驻活动"]),
    Case(
      text: "县委书记柳成荫等出席主会场开工仪式，各乡镇负责人参加分会场启动仪式。",
      expected: [],
      absent: ["主会场开工仪式 : Meeting", "分会场启动仪式 : Meeting", "柳成荫 attends 主会场开工仪式"]),
    // A village and its road name the giving.
    Case(
      text: "8月5日，青禾县白沙村通村公路捐助仪式在村委会举行。",
      expected: ["青禾县白沙村通村公路捐助仪式 : Meeting"]),
    // A topic beside the modifier still names the event.
    Case(
      text: "3月2日，青禾县举办全县乡村振兴专题研讨班。3月6日，青禾县举办首次乡贤大会。",
      expected: ["全县乡村振兴专题研讨班 : Meeting", "首次乡贤大会 : Meeting"]),
    Case(
      text: "9月9日，青禾县举办第三届白沙文化旅游节暨大型招聘会。",
      expected: ["第三届白沙文化旅游节暨大型招聘会 : Meeting"]),
  ]

  @Test("a kind word with only a common modifier names no meeting", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
