import Testing

@testable import TupuExtract

@Suite("convenes: who holds a meeting")
struct ConveningTests {
  @Test("并召开 after a visit: the person the sentence began with convenes, not the place visited")
  func carriedSubject() throws {
    let text = """
      发布时间：2023-06-21
      6月20日，县委书记柯立新赴云岫镇调研，并召开全县重点项目协调推进会。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("柯立新 convenes 全县重点项目协调推进会"))
    #expect(!facts.contains { $0.hasPrefix("云岫镇 convenes") })
  }

  @Test("并召开 after a body's visit: the body the sentence began with convenes")
  func carriedBody() throws {
    let text = """
      发布时间：2023-06-21
      6月20日，青松区委组织部深入云岫镇调研，并召开基层党建工作座谈会。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("青松区委组织部 convenes 基层党建工作座谈会"))
    #expect(!facts.contains("云岫镇 convenes 基层党建工作座谈会"))
  }

  @Test("在某镇举行: the place after 在 is where the meeting is held, not who holds it")
  func venue() throws {
    let text = """
      发布时间：2023-06-21
      6月20日，青松区委、区政府在云岫镇举行2023年重点项目集中开工仪式。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("青松区委 convenes 2023年重点项目集中开工仪式"))
    #expect(facts.contains("青松区政府 convenes 2023年重点项目集中开工仪式"))
    #expect(!facts.contains("云岫镇 convenes 2023年重点项目集中开工仪式"))
    let bare = "发布时间：2023-06-21\n6月20日，在云岫镇政府会议室召开全镇重点项目推进会。"
    #expect(!(try Fixtures.facts(of: bare)).contains { $0.contains(" convenes ") })
  }

  @Test("活动由甲、乙共同主办: every body of the list convenes the article's event")
  func jointlyHostedBy() throws {
    let text = """
      发布时间：2023-06-21
      6月20日，第三届青松文化节开幕式在区体育馆举行。本次活动由青松区委宣传部、青松区政协共同主办。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("青松区委宣传部 convenes 第三届青松文化节开幕式"))
    #expect(facts.contains("青松区政协 convenes 第三届青松文化节开幕式"))
  }

  @Test("由甲和乙共同发起的某仪式: the bodies that started the event convene it")
  func initiatedBy() throws {
    let text = """
      发布时间：2023-09-01
      8月30日，由青松县工商联和青松县妇联共同发起的秋季助学金发放仪式在县会展中心举行。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("青松县工商联 convenes 秋季助学金发放仪式"))
    #expect(facts.contains("青松县妇联 convenes 秋季助学金发放仪式"))
  }

  @Test("本次活动由甲、乙发起，…: the bodies after 由 convene the article's event")
  func initiatedByAtClauseEnd() throws {
    let text = """
      发布时间：2023-06-21
      6月20日，第二届青松读书节开幕式在区图书馆举行。本次活动由青松区委宣传部、青松区文联发起，旨在倡导全民阅读。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("青松区委宣传部 convenes 第二届青松读书节开幕式"))
    #expect(facts.contains("青松区文联 convenes 第二届青松读书节开幕式"))
  }

  @Test("某分会组织的某仪式在某地举行: a body opening the clause holds the meeting, 由 or not")
  func organizedByOpeningClause() throws {
    let text = """
      发布时间：2023-09-12
      9月11日下午，青松县工商联云岫分会组织的“同心圆”捐赠仪式在云岫中学举行。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("青松县工商联云岫分会 convenes “同心圆”捐赠仪式"))
    // 学习市委召开的某会议精神: a meeting spoken of, its convener not opening the clause.
    let spoken = """
      发布时间：2023-09-12
      9月11日，云岫镇党委传达学习了青松县委召开的全县经济工作会议精神。
      """
    #expect(!(try Fixtures.facts(of: spoken)).contains("青松县委 convenes 全县经济工作会议"))
  }

  @Test("a clause with its own subject keeps it")
  func ownSubject() throws {
    let text = """
      发布时间：2023-06-21
      6月20日，县委书记柯立新赴云岫镇调研，云岫镇召开全县重点项目协调推进会。
      """
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("云岫镇 convenes 全县重点项目协调推进会"))
    #expect(!facts.contains("柯立新 convenes 全县重点项目协调推进会"))
  }

  @Test("召开常委会会议: a standing committee's meeting is named by its kind, and its body holds it")
  func committeeMeeting() throws {
    let text = "发布时间：2023-06-21\n3月2日，石岭区委召开常委会会议，研究重点工作。"
    let facts = try Fixtures.facts(of: text)
    #expect(facts.contains("常委会会议 : Meeting"))
    #expect(facts.contains("石岭区委 convenes 常委会会议"))
  }
}

@Suite("meetings: kinds of meeting named after a cue")
struct MeetingKindTests {
  @Test("工作会, 总结会, 团拜会, 研判会 end a meeting's name as 会议 does")
  func moreKinds() throws {
    for (sentence, meeting) in [
      ("青松区召开全区安全生产工作会。", "全区安全生产工作会"),
      ("青松区举行2024年新春团拜会。", "2024年新春团拜会"),
      ("青松区召开重点项目研判会。", "重点项目研判会"),
    ] {
      let facts = try Fixtures.facts(of: "发布时间：2023-06-21\n6月20日，" + sentence)
      #expect(facts.contains("青松区 convenes \(meeting)"))
    }
  }
}
