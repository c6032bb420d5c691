import Foundation
import Testing

/// Round 20: every county-level division and prefecture of the country's lists, written in full
/// where a place may be named, is read as that division — though a shorter reading inside it
/// (a road's 路 in 让胡路区, the country 朝鲜 of 长白朝鲜族自治县, the old county 沙县 of 沙县区, the
/// kind word 城中 of 城中区) fired first.
@Suite("Divisions named in full")
struct WholeDivisionTests {
  /// Names of the lists the genre writes as common words (老城区改造, 新城区建设: not-a-suffix),
  /// and two-character names (芒市), which need a frame of their own.
  static let commonWords: Set<String> = ["新城区", "老城区"]

  /// The names of one of the country's lists in counties.tupu, `shortest` characters or more.
  static func listed(_ listName: String, shortest: Int = 3) throws -> [String] {
    let path = Fixtures.repositoryRoot.appendingPathComponent("Ontology/lexicon/counties.tupu").path
    return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").flatMap {
      line -> [String] in
      let fields = line.split(separator: " ").map(String.init)
      guard fields.count > 2, fields[0] == "words", fields[1] == listName else { return [] }
      return Array(fields.dropFirst(2))
    }.filter { $0.unicodeScalars.count >= shortest && !commonWords.contains($0) }
  }

  @Test("each county-level division of the list, after 到", arguments: ["county", "county-city"])
  func counties(_ listName: String) throws {
    let names = try Self.listed(listName)
    #expect(names.count > 300)
    var missed: [String] = []
    for name in names {
      let facts = try Fixtures.facts(of: "工作动态\n3月5日，县领导到\(name)调研。")
      if !facts.contains("\(name) : District") { missed.append(name) }
    }
    #expect(missed.isEmpty, "not read as Districts: \(missed)")
  }

  @Test("each prefecture of the list, after 到")
  func prefectures() throws {
    let names = try Self.listed("prefecture")
    #expect(names.count > 300)
    var missed: [String] = []
    for name in names {
      let facts = try Fixtures.facts(of: "工作动态\n3月5日，县领导到\(name)调研。")
      if !facts.contains("\(name) : City") { missed.append(name) }
    }
    #expect(missed.isEmpty, "not read as Cities: \(missed)")
  }

  /// 湖南省长沙市, 西安市长安区: a division whose name starts with 长 written right after its
  /// province or city is that division, not a 省长 or 市长 and a person named 沙市.
  @Test("each division starting with 长, after a province and after a city")
  func afterLeaderLookalike() throws {
    let names = try Self.listed("county") + Self.listed("county-city") + Self.listed("prefecture")
    let long = names.filter { $0.hasPrefix("长") }
    #expect(long.count > 15)
    var missed: [String] = []
    for name in long {
      for higher in ["湖南省", "西安市"] {
        let facts = try Fixtures.facts(of: "工作动态\n3月5日，县领导到\(higher)\(name)调研。")
        let read = facts.contains("\(name) : District") || facts.contains("\(name) : City")
        if !read || facts.contains(where: { $0.hasSuffix(" : Official") }) {
          missed.append(higher + name)
        }
      }
    }
    #expect(missed.isEmpty, "not read as divisions: \(missed)")
  }

  /// 山西省兴县, 陕西省户县: a county of one character right after its province, though its
  /// character is a stop word elsewhere; 和 stays a conjunction (某街道和县有关部门).
  @Test("each county of one character, after a province")
  func oneCharacterAfterProvince() throws {
    let names = try Self.listed("county-one", shortest: 2).filter { $0 != "和县" }
    #expect(names.count > 80)
    var missed: [String] = []
    for name in names {
      let facts = try Fixtures.facts(of: "工作动态\n3月5日，县领导到河北省\(name)调研。")
      if !facts.contains("\(name) : District") { missed.append(name) }
    }
    #expect(missed.isEmpty, "not read as Districts: \(missed)")
    let conjunction = try Fixtures.facts(of: "工作动态\n龙溪镇、青石街道和县有关部门负责同志参加调研。")
    #expect(!conjunction.contains("和县 : District"))
    let bare = try Fixtures.facts(of: "工作动态\n全省和县里的干部都来了，市区和县城也一样。")
    #expect(!bare.contains("和县 : District"))
  }

  @Test("the cases that had failed, in other frames")
  func mended() throws {
    for (text, expected) in [
      ("让胡路区召开会议。", "让胡路区 : District"),
      ("县长带队赴西宁市城中区、省卫健委汇报工作。", "城中区 : District"),
      ("长白朝鲜族自治县召开会议。", "长白朝鲜族自治县 : District"),
      ("沙县区召开会议。", "沙县区 : District"),
      ("代表团到延边朝鲜族自治州考察。", "延边朝鲜族自治州 : City"),
      ("下花园区召开会议。", "下花园区 : District"),
      ("援疆干部到喀什地区调研。", "喀什地区 : City"),
    ] {
      let facts = try Fixtures.facts(of: "工作动态\n" + text)
      #expect(facts.contains(expected), "\(text): \(facts.sorted())")
    }
  }

  @Test("a county's characters inside a phrase stay the phrase's")
  func phrases() throws {
    let facts = try Fixtures.facts(of: "工作动态\n该县南部县城周边的老城区改造加快推进。")
    #expect(!facts.contains("南部县 : District"))
    #expect(!facts.contains("老城区 : District"))
  }
}
