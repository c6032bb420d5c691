import Foundation
import Testing
import TupuGraph
@testable import TupuQuery
@testable import TupuStore

/// A graph of a few thousand facts in the genre's shape: districts ⊃ streets ⊃ communities,
/// officials chairing and attending meetings that review projects.
func mediumFacts() -> String {
  var lines: [String] = []
  for d in 0..<12 {
    let district = "区\(d)"
    lines.append("\(district)\ttype\tDistrict")
    for s in 0..<6 {
      let street = "街道\(d)-\(s)"
      lines.append("\(street)\ttype\tStreet")
      lines.append("\(street)\tlocated-in\t\(district)")
      for c in 0..<6 {
        lines.append("社区\(d)-\(s)-\(c)\ttype\tCommunity")
        lines.append("社区\(d)-\(s)-\(c)\tlocated-in\t\(street)")
      }
    }
    for o in 0..<20 {
      lines.append("官员\(d)-\(o)\ttype\tOfficial")
      lines.append("官员\(d)-\(o)\ttitle\t区长")
    }
    for p in 0..<15 { lines.append("项目\(d)-\(p)\ttype\tProject") }
    for m in 0..<30 {
      let meeting = "会议\(d)-\(m)"
      lines.append("\(meeting)\ttype\tMeeting")
      lines.append("官员\(d)-\(m % 20)\tchairs\t\(meeting)")
      lines.append("官员\(d)-\((m + 3) % 20)\tattends\t\(meeting)")
      lines.append("\(meeting)\treviews\t项目\(d)-\(m % 15)")
      lines.append("官员\(d)-\(m % 20)\treviews\t项目\(d)-\(m % 15)\tderived:chair-reviews")
    }
  }
  return lines.joined(separator: "\n")
}

@Suite("Plans use the indexes, with or without ANALYZE")
struct QueryPlanTests {
  static let queries = [
    "官员3-1 chairs ?m, ?m reviews ?p",
    "?c : Community, ?c located-in+ 区3",
    "find count(?c) where ?c : Community, ?c located-in+ 区3",
    "find ?who, count(?m) where ?who chairs ?m order by count(?m) desc limit 10",
    "官员3-1 ?p ?o",
    "?p : Official, not ?p attends _",
    "?m : Meeting, ?m reviews 项目3-4, ?who chairs ?m",
    "?x title 区长, ?x chairs ?m, ?m reviews 项目2-2",
    // The second round's shapes: a walk from a bound variable, alternatives, optional, or,
    // filters, bounds, nested not.
    "find ?d, count(?c) where ?d : District, ?c : Community, ?c located-in+ ?d",
    "官员3-1 chairs|attends ?m",
    "?o : Official, optional ?o title ?t",
    "?m : Meeting, optional (?w chairs ?m, ?w title ?t)",
    "?p title 区长 or ?p title 副区长",
    "?a attends ?m, ?b attends ?m, ?a != ?b, ?m reviews 项目3-4",
    "社区3-1-1 located-in{1,2} ?x",
    "?p : Official, not (?p chairs ?m, not (?m reviews _))",
  ]

  /// Plan lines that read facts without an index: a full scan of the triple table.
  static func fullScans(_ plan: [String]) -> [String] {
    plan.filter { line in
      let text = line.trimmingCharacters(in: .whitespaces)
      guard text.hasPrefix("SCAN ") else { return false }
      let table = text.dropFirst(5).split(separator: " ").first.map(String.init) ?? ""
      return table == "facts" || table.hasPrefix("f") || table.hasPrefix("k") || table == "w"
    }
  }

  @Test("no query of the benchmark shapes scans the facts table", arguments: queries)
  func indexed(query: String) throws {
    let graph = try FixtureGraph(facts: mediumFacts())
    defer { graph.remove() }
    let session = try graph.session()
    for analyzed in [false, true] {
      if analyzed { try QueryConnection(path: graph.path).execute("ANALYZE") }
      guard case .success(let explanation) = session.explain(query) else {
        Issue.record("cannot explain \(query)")
        return
      }
      #expect(Self.fullScans(explanation.queryPlan) == [], "ANALYZE: \(analyzed)\n\(explanation.text)")
    }
  }

  @Test("the scan detector sees a scan where there must be one")
  func detectorWorks() throws {
    let graph = try FixtureGraph(facts: mediumFacts())
    defer { graph.remove() }
    let explanation = try graph.session().explain("?s ?p ?o").get()
    #expect(Self.fullScans(explanation.queryPlan).count == 1)
  }

  @Test("the planner starts from the constant and follows bound variables")
  func joinOrder() throws {
    let plan = try PlannedStatement.plan(
      "?m reviews ?p, ?m : Meeting, 何长成 chairs ?m", vocabulary: FixtureGraph.vocabulary
    ).plan
    #expect(
      plan.steps == [
        .triple(subject: .name("何长成"), predicate: .fixed("chairs"), object: .variable("m")),
        .classTest(subject: .variable("m"), classes: ["Meeting"]),
        .triple(subject: .variable("m"), predicate: .fixed("reviews"), object: .variable("p")),
      ])
  }

  @Test("names and ids are bound parameters, never SQL text")
  func parameters() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    let query = #""a'b\"; DROP TABLE facts; --" sponsors ?c, ?c located-in+ 魏都区"#
    guard case .success(let explanation) = try graph.session().explain(query) else {
      Issue.record("cannot explain")
      return
    }
    #expect(!explanation.sql.contains("DROP"))
    #expect(!explanation.sql.contains("魏都区"))
    #expect(!explanation.sql.contains("sponsors"))
    #expect(explanation.sql.contains("WITH RECURSIVE"))
  }

  @Test("the same query explains the same SQL each time (statements are cached by text)")
  func stableSQL() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    let session = try graph.session()
    let first = try session.explain("何长成 chairs ?m").get().sql
    let second = try session.explain("李朝锋 chairs ?m").get().sql
    #expect(first == second)
  }
}
