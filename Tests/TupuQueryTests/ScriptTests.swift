import Testing
import TupuDiagnostics
import TupuGraph
@testable import TupuQuery

@Suite("Scripts run statements and check assertions")
struct ScriptTests {
  @Test("statements end at the line end unless unfinished; comments and blank lines are skipped")
  func splitting() {
    let text = """
      # a comment
      何长成 chairs ?m

      ?m : Meeting,
        ?m reviews ?p   # continued after a comma
      find ?who, count(?m)
        where ?who chairs ?m
      "unclosed
      """
    let entries = StatementReader().statements(in: text)
    #expect(entries.map(\.line) == [2, 4, 6, 8])
    #expect(entries[1].text == "?m : Meeting,\n  ?m reviews ?p   # continued after a comma")
    #expect(entries[2].text == "find ?who, count(?m)\n  where ?who chairs ?m")
  }

  @Test("isComplete asks for more after a comma, an open parenthesis or a keyword", arguments: [
    ("?x chairs ?m", true), ("?x chairs ?m,", false), ("?p : Official, not (", false),
    ("find ?x", false), ("find ?x where", false), ("find ?x where ?x : Project", true), ("assert count(?p : Project) >=", false),
    ("\"half", false), ("", true), ("# only a comment", true),
  ])
  func completeness(text: String, complete: Bool) {
    #expect(StatementReader.isComplete(text) == complete)
  }

  static let script = """
    # checks over the fixture graph
    assert 何长成 reviews 微光夜视
    assert count(?p : Project) >= 3
    assert count(?p : Project) = 3
    assert 何长成 主持 ?m
    assert count(?x : Official, not ?x attends _) == 1
    assert count(?p : Project) > 3
    assert asserted 何长成 reviews 微光夜视
    """

  func run(_ text: String, keepGoing: Bool) throws -> (Script.Summary, [String]) {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    let session = try graph.session()
    var messages: [String] = []
    let summary = Script(text: text, source: "checks.tq").run(in: session, keepGoing: keepGoing) {
      _, outcome in
      switch outcome {
      case .assertion(let result) where !result.passed: messages.append(result.diagnostic.description)
      case .failure(let failure): messages.append(failure.diagnostic.description)
      default: break
      }
    }
    return (summary, messages)
  }

  @Test("a failed assertion names file, line, expectation and actual value; the run exits 1")
  func failedAssertion() throws {
    let (summary, messages) = try run(Self.script, keepGoing: false)
    #expect(summary.exitStatus == 1)
    #expect(summary.assertionsPassed == 5)
    #expect(summary.assertionsFailed == 1)
    #expect(messages == ["error: assertion failed: expected count(?p : Project) > 3, found 3\n --> checks.tq:7"])
  }

  @Test("--keep-going runs every statement and reports each failure")
  func keepGoing() throws {
    let (summary, messages) = try run(Self.script, keepGoing: true)
    #expect(summary.statements == 7)
    #expect(summary.assertionsFailed == 2)
    #expect(
      messages.last
        == "error: assertion failed: expected a match for asserted 何长成 reviews 微光夜视, found no rows\n --> checks.tq:8")
  }

  @Test("a syntax error stops the script with status 2 and points into the file")
  func syntaxError() throws {
    let (summary, messages) = try run(
      "assert count(?p : Project) >= 3\n\n?p : Project,\n  ?p reviewz ?x\nassert 何长成 chairs ?m", keepGoing: false)
    #expect(summary.exitStatus == 2)
    #expect(summary.statements == 2)
    #expect(messages.first?.contains(" --> checks.tq:4:6") == true)
  }

  @Test("a script whose assertions all hold exits 0")
  func passing() throws {
    let (summary, messages) = try run(
      "assert count(?p : Project) >= 3\n何长成 reviews ?p\nassert count(无此人 chairs ?m) = 0", keepGoing: false)
    #expect(summary.exitStatus == 0)
    #expect(messages == [])
  }
}
