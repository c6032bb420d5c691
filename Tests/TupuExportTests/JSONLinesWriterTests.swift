import Foundation
import Testing
import TupuGraph

@testable import TupuExport

@Suite("JSON Lines of facts with evidence")
struct JSONLinesWriterTests {
  @Test("the sample graph gives the golden JSON Lines")
  func golden() throws {
    let text = JSONLinesWriter(includeDerived: true).render(SampleGraph.facts)
    try Golden.check(text, against: "sample.jsonl")
  }

  @Test("each line is a JSON object with the fact, its evidence, derived flag and rule")
  func fields() throws {
    let text = JSONLinesWriter(includeDerived: true).render(SampleGraph.facts)
    let objects = try Self.objects(text)
    #expect(objects.count == SampleGraph.facts.count)
    let chairs = try #require(objects.first { $0["predicate"] as? String == "chairs" })
    #expect(chairs["subject"] as? String == "李朝锋")
    #expect(chairs["object"] as? String == SampleGraph.meeting)
    #expect(chairs["objectKind"] as? String == "entity")
    #expect(chairs["derived"] as? Bool == false)
    #expect(chairs["rule"] is NSNull)
    let evidence = try #require((chairs["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["document"] as? String == "Examples/weidu-district-news-page.txt")
    #expect(evidence["sentence"] as? Int == 1)
    #expect(evidence["start"] as? Int == 5)
    #expect(evidence["end"] as? Int == 29)
    #expect(evidence["pattern"] as? String == "chair-cue")
    #expect((evidence["text"] as? String)?.contains("主持召开") == true)
    let derived = try #require(objects.first { $0["derived"] as? Bool == true })
    #expect(derived["rule"] as? String == "chair-reviews")
    #expect((derived["evidence"] as? [Any])?.isEmpty == true)
    let title = try #require(objects.first { $0["predicate"] as? String == "title" })
    #expect(title["objectKind"] as? String == "literal")
  }

  @Test("derived facts only when asked for")
  func derived() throws {
    let objects = try Self.objects(JSONLinesWriter().render(SampleGraph.facts))
    #expect(objects.allSatisfy { $0["derived"] as? Bool == false })
    #expect(objects.count == SampleGraph.facts.count - 1)
  }

  @Test("names and texts with quotes, backslashes, brackets and control characters survive")
  func awkwardNames() throws {
    var facts = SampleGraph.awkwardFacts
    facts.append(Fact("控制\u{1}\u{1F}字符\u{2028}", "type", .classRef("Place")))
    let objects = try Self.objects(JSONLinesWriter().render(facts))
    let subjects = Set(objects.compactMap { $0["subject"] as? String })
    #expect(subjects == Set(SampleGraph.awkwardNames + ["控制\u{1}\u{1F}字符\u{2028}"]))
    let texts = objects.flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }
      .compactMap { $0["text"] as? String }
    #expect(texts.contains("原文\"a\\b项目\"\n第二行"))
    #expect(objects.contains { $0["object"] as? String == "书记\"一\"\\\n二" })
  }

  static func objects(_ text: String) throws -> [[String: Any]] {
    #expect(text.hasSuffix("\n"))
    return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      let object = try JSONSerialization.jsonObject(with: Data($0.utf8))
      return try #require(object as? [String: Any], "not an object: \($0)")
    }
  }
}
