import Foundation
import Testing
import TupuGraph
@testable import TupuQuery
@testable import TupuStore

/// Runaway queries: a time limit enforced inside SQLite, and a row limit for tables.
@Suite("Query limits")
struct QueryLimitTests {
  @Test("a cross product over a large graph stops at the time limit with a message")
  func timeLimit() throws {
    let facts = (0..<3_000).map { "人\($0)\ttype\tPerson" }.joined(separator: "\n")
    let fixture = try FixtureGraph(facts: facts)
    defer { fixture.remove() }
    let engine = try QueryEngine(path: fixture.path)
    engine.limits = QueryLimits(seconds: 0.3)
    let session = QuerySession(vocabulary: FixtureGraph.vocabulary, graph: engine)
    let started = Date()
    let outcome = tsv(session, "find count(*) where ?a : Person, ?b : Person, ?c : Person")
    #expect(outcome.contains("the query ran longer than 0.3 s and was stopped"))
    #expect(outcome.contains("--timeout"))
    #expect(Date().timeIntervalSince(started) < 5)
    // The engine is usable afterwards, and a query within the limit answers.
    #expect(tsv(session, "count(?x : Person)") == "count\n3000\n")
  }

  @Test("a row limit keeps the first rows and says so; assertions still count every row")
  func rowLimit() throws {
    let facts = (0..<50).map { "人\($0)\ttype\tPerson" }.joined(separator: "\n")
    let fixture = try FixtureGraph(facts: facts)
    defer { fixture.remove() }
    let session = try fixture.session()
    session.rowLimit = 10
    guard case .rows(let table, let notes) = session.run("?x : Person") else {
      Issue.record("no rows")
      return
    }
    #expect(table.rows.count == 10)
    #expect(notes.map(\.message) == ["showing the first 10 rows; the rest were not read"])
    guard case .assertion(let outcome) = session.run("assert ?x : Person >= 50") else {
      Issue.record("no assertion")
      return
    }
    #expect(outcome.passed)
  }
}
