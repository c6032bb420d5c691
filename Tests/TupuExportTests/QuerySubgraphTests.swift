import Testing
import TupuGraph

@testable import TupuExport

@Suite("The subgraph a query's answer stands on")
struct QuerySubgraphTests {
  func cell(_ text: String) -> ResultTable.Cell { .term(id: 0, kind: 0, text: text) }

  func edges(_ facts: [Fact]) -> Set<String> {
    Set(
      facts.filter { $0.predicate != "type" }.map {
        "\($0.subject) \($0.predicate) \($0.object.text)"
      })
  }

  @Test("`何长成 attends ?m, ?m reviews ?p` keeps the two facts of each answer and their classes")
  func join() {
    let plan = QueryPlan(
      steps: [
        .triple(subject: .name("何长成"), predicate: .fixed("attends"), object: .variable("m")),
        .triple(subject: .variable("m"), predicate: .fixed("reviews"), object: .variable("p")),
      ], outputs: [.variable("m"), .variable("p")])
    let answers = ResultTable(
      columns: ["m", "p"], rows: [[cell(SampleGraph.meeting), cell("微光夜视")]])
    let part = SampleGraph.facts.matching(plan, answers: answers)
    #expect(
      edges(part) == [
        "何长成 attends \(SampleGraph.meeting)", "\(SampleGraph.meeting) reviews 微光夜视",
        "何长成 title 区长",
      ])
    let typed = Set(part.filter { $0.predicate == "type" }.map(\.subject))
    #expect(typed == ["何长成", SampleGraph.meeting, "微光夜视"])
  }

  @Test("a class test keeps the type fact; a variable the answer hides matches anything")
  func classTestAndHiddenVariable() {
    let plan = QueryPlan(
      steps: [
        .classTest(subject: .variable("x"), classes: ["Official", "Person"]),
        .triple(subject: .variable("x"), predicate: .fixed("chairs"), object: .variable("m")),
      ], outputs: [.variable("x")])
    let answers = ResultTable(columns: ["x"], rows: [[cell("李朝锋")]])
    let part = SampleGraph.facts.matching(plan, answers: answers)
    #expect(edges(part).contains("李朝锋 chairs \(SampleGraph.meeting)"))
    #expect(!edges(part).contains("何长成 attends \(SampleGraph.meeting)"))
  }

  @Test("a path step keeps every fact on a walk between its ends")
  func path() {
    let plan = QueryPlan(
      steps: [
        .classTest(subject: .variable("c"), classes: ["Community"]),
        .path(
          subject: .variable("c"), predicate: "located-in", repetition: .oneOrMore,
          object: .name("魏都区")),
      ], outputs: [.variable("c")])
    let answers = ResultTable(columns: ["c"], rows: [[cell("许继社区")]])
    let part = SampleGraph.facts.matching(plan, answers: answers)
    #expect(edges(part) == ["许继社区 located-in 颍昌街道", "颍昌街道 located-in 魏都区"])
  }

  @Test("no answers, no facts")
  func empty() {
    let plan = QueryPlan(
      steps: [.triple(subject: .variable("a"), predicate: .fixed("chairs"), object: .anything)],
      outputs: [.variable("a")])
    #expect(SampleGraph.facts.matching(plan, answers: ResultTable(columns: ["a"])).isEmpty)
  }
}
