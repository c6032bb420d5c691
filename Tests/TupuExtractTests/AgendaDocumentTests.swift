import Testing

/// What a congress's meeting adopts or discusses that is a document or a choice of people, not a
/// work: a year's budget or investment plan adjustment (某县某年度财政预算调整方案), a draft rule
/// (选举办法(草案), 某某办法草案) and a nominee (某委员会主任委员人选). Listed after an agenda
/// cue they name no Project and nothing reviews them; a work's own plan (某项目实施方案) still
/// names the work. Invented names.
@Suite("Documents and nominees on an agenda are no works")
struct AgendaDocumentTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "10月30日，青山县人大常委会召开会议。会议审议通过了青山县2024年度国民经济和社会发展及政府"
        + "投资项目计划调整方案、青山县2024年度财政预算调整方案、《关于提请县人大常委会修改完善"
        + "<青山县工作评议办法>的议案》。",
      expected: [],
      absent: [
        "青山县2024年度财政预算调整方案 : Project",
        "青山县2024年度国民经济和社会发展及政府投资项目计划调整方案 : Project",
      ]),
    Case(
      text: "1月8日，区四届人大三次会议主席团举行第一次会议。会议讨论提出了选举办法(草案)、区四届"
        + "人大社会建设委员会主任委员人选的通过办法(草案)和2025年区级民生实事项目票决办法(草案)。",
      expected: [],
      absent: ["法(草案) : Project", "区四届人大社会建设委员会主任委员人选 : Project"]),
    Case(
      text: "1月8日，县十七届人大二次会议主席团召开第二次会议。会议听取了各代表团对选举办法草案和"
        + "民生实事项目票决与测评办法草案、2023年政府民生实事候选项目讨论情况的汇报。",
      expected: [],
      absent: ["法草案和民生实事项目票决与测评办法草案 : Project"]),
    // A work's own plan names the work.
    Case(
      text: "会议审议了柳湖公园改造项目实施方案、白沙大桥建设方案。",
      expected: ["柳湖公园改造项目 : Project", "白沙大桥 : Project"]),
  ]

  @Test("documents and nominees on an agenda name no work", arguments: cases)
  func documentOnAgenda(_ example: Case) throws { try example.check() }
}
