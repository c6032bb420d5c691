import Testing
import TupuGraph

@testable import TupuExport

@Suite("Choosing part of a graph to draw")
struct SubgraphTests {
  func entities(_ facts: [Fact]) -> Set<String> {
    Set(
      facts.flatMap { fact -> [String] in
        if case .entity(let object) = fact.object { return [fact.subject, object] }
        return [fact.subject]
      })
  }

  @Test("depth 0 is the entity alone, with its class and posts")
  func depthZero() {
    let part = SampleGraph.facts.neighbourhood(of: "李朝锋", depth: 0)
    #expect(entities(part) == ["李朝锋"])
    #expect(part.contains { $0.predicate == "title" })
    #expect(part.contains { $0.predicate == "type" })
  }

  @Test("depth 1 reaches the neighbours, following edges either way")
  func depthOne() {
    let part = SampleGraph.facts.neighbourhood(of: "颍昌街道", depth: 1)
    #expect(entities(part) == ["颍昌街道", "魏都区", "许继社区"])
  }

  @Test("depth 2 reaches the neighbours' neighbours and the facts between them")
  func depthTwo() {
    let part = SampleGraph.facts.neighbourhood(of: "何长成", depth: 2)
    #expect(entities(part) == ["何长成", SampleGraph.meeting, "李朝锋", "微光夜视"])
    #expect(part.contains { $0.subject == "李朝锋" && $0.predicate == "chairs" })
    #expect(!part.contains { $0.object == .entity("魏都区") })
  }

  @Test("an unknown name has no neighbourhood")
  func unknown() {
    #expect(SampleGraph.facts.neighbourhood(of: "不存在", depth: 3).isEmpty)
  }

  @Test("the subgraph connecting a set of entities keeps only facts among them")
  func connecting() {
    let part = SampleGraph.facts.connecting(["李朝锋", SampleGraph.meeting])
    #expect(entities(part) == ["李朝锋", SampleGraph.meeting])
    #expect(part.contains { $0.predicate == "chairs" })
  }
}
