import Foundation
import Testing

/// Round 22: every county-level division of the country's lists at the head of its own bodies
/// (某某市政协主席某某, 某某自治县人大常委会第十次会议, 某某市政府第五次常务会议) is that
/// division — a county-level city a District, as anywhere (Rulings: levels), a long autonomous
/// county's name whole, and a county whose name ends with a level word (宁乡县, 桐乡市) no
/// coupled level (乡镇人大).
@Suite("Divisions at the head of their bodies")
struct DivisionBodyTests {
  /// Names whose characters other rules read first, each kept by a spec of its own
  /// (WholeDivisionTests: 让胡路区, 下花园区, 沙县区, 长白朝鲜族自治县); 和田市 and 和龙市, whose 和
  /// is read as the conjunction at a clause's head; 津市市 and 芒市.
  static let apart: Set<String> = [
    "友好区", "城中区", "沙县区", "赣县区", "让胡路区", "下花园区", "梅县区", "长白朝鲜族自治县",
    "河南蒙古族自治县", "和田市", "和龙市", "津市市",
  ]

  static func names() throws -> [String] {
    try (WholeDivisionTests.listed("county") + WholeDivisionTests.listed("county-city"))
      .filter { !apart.contains($0) && !$0.hasSuffix("旗") && !$0.hasSuffix("新区") }
  }

  @Test("each county-level division, before its CPPCC's chairman")
  func beforeCommitteePost() throws {
    let names = try Self.names()
    #expect(names.count > 2500)
    var missed: [String] = []
    for name in names {
      let facts = try Fixtures.facts(of: "工作动态\n3月5日，\(name)政协主席欧阳卫东到青石街道调研。")
      if !facts.contains("\(name) : District") || !facts.contains("\(name)政协 : Organization")
        || !facts.contains("欧阳卫东 affiliated-with \(name)政协")
      {
        missed.append(name)
      }
    }
    #expect(missed.isEmpty, "not read: \(missed)")
  }

  @Test("each county-level division, at the head of a numbered meeting")
  func headOfMeeting() throws {
    let names = try Self.names()
    var missed: [String] = []
    for name in names {
      let facts = try Fixtures.facts(of: "工作动态\n3月5日，\(name)人大常委会第十二次会议召开。")
      if !facts.contains("\(name) : District")
        || !facts.contains("\(name)人大常委会第十二次会议 : Meeting")
      {
        missed.append(name)
      }
    }
    #expect(missed.isEmpty, "not read: \(missed)")
  }

  /// 乌兰浩特市委书记某某: a county-level city of four characters or more before its
  /// committee's post (it had been read, but the post had no unit).
  @Test("each county-level city, before its committee's secretary")
  func citySecretary() throws {
    let names = try WholeDivisionTests.listed("county-city").filter { !Self.apart.contains($0) }
    #expect(names.count > 350)
    var missed: [String] = []
    for name in names {
      let facts = try Fixtures.facts(of: "工作动态\n3月5日，\(name)委书记欧阳卫东到青石街道调研。")
      if !facts.contains("\(name) : District")
        || !facts.contains("欧阳卫东 affiliated-with \(name)")
      {
        missed.append(name)
      }
    }
    #expect(missed.isEmpty, "not read: \(missed)")
  }

  @Test("a county-level city before its government's standing meeting")
  func cityGovernmentMeeting() throws {
    let facts = try Fixtures.facts(of: "工作动态\n3月5日，青州市政府第十二次常务会议召开。")
    #expect(facts.contains("青州市 : District"))
    #expect(!facts.contains("青州市 : City"))
    #expect(facts.contains("青州市政府第十二次常务会议 : Meeting"))
  }

  @Test("two level words together still speak of every such body")
  func coupledLevels() throws {
    let facts = try Fixtures.facts(of: "工作动态\n株洲乡镇人大工作座谈会召开，各乡镇人大主席参加。")
    #expect(!facts.contains("株洲乡镇人大 : Organization"))
    #expect(!facts.contains(where: { $0.hasPrefix("株洲乡 : ") || $0.hasPrefix("株洲乡镇 : ") }))
  }
}

/// Round 22: a county named with one character before its own body or committee post (泾县政协,
/// 泾县委书记某某) is that county, where a name may begin; it had lost its character (县政协).
@Suite("Counties of one character before their bodies")
struct OneCharacterCountyBodyTests {
  static let wordlike: Set<String> = ["和县", "代县", "新县", "应县", "户县"]

  @Test("each county of one character, before its CPPCC and its committee's secretary")
  func beforeBodyAndPost() throws {
    let names = try WholeDivisionTests.listed("county-one", shortest: 2)
      .filter { !Self.wordlike.contains($0) }
    #expect(names.count > 90)
    var missed: [String] = []
    for name in names {
      let body = try Fixtures.facts(of: "工作动态\n3月5日，\(name)政协召开主席会议。")
      let post = try Fixtures.facts(of: "工作动态\n3月5日，\(name)委书记欧阳卫东到青石街道调研。")
      if !body.contains("\(name) : District") || !body.contains("\(name)政协 : Organization")
        || !post.contains("\(name) : District") || !post.contains("欧阳卫东 affiliated-with \(name)")
      {
        missed.append(name)
      }
    }
    #expect(missed.isEmpty, "not read: \(missed)")
  }

  @Test("the words among them stay words, and a character inside a word is no county")
  func words() throws {
    for text in [
      "全市和县政协委员参加活动。", "应县政府邀请，专家组到青石街道指导。", "代县委书记欧阳卫东主持会议。",
      "会议要求提高县委决策水平。",
    ] {
      let facts = try Fixtures.facts(of: "工作动态\n" + text)
      #expect(!facts.contains(where: { $0.hasSuffix(" : District") }), "\(text): \(facts.sorted())")
    }
  }
}
