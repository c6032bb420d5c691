import Testing
import TupuGraph
@testable import TupuQuery

/// The rendered diagnostic for planning `text` against the fixture vocabulary.
func planError(_ text: String) -> String {
  do {
    _ = try PlannedStatement.plan(text, vocabulary: FixtureGraph.vocabulary)
    return "no error"
  } catch {
    return error.diagnostic(source: "query", text: text).description
  }
}

@Suite("Errors say where, what and what to do")
struct QueryErrorTests {
  static let cases: [(String, String)] = [
    (
      "何长成 chaired ?m",
      """
      error: unknown predicate `chaired`
       --> query:1:5
        |
      1 | 何长成 chaired ?m
        |        ^^^^^^^
        = hint: did you mean chairs?
      """
    ),
    (
      "?x : Offical",
      """
      error: unknown class `Offical`
       --> query:1:6
        |
      1 | ?x : Offical
        |      ^^^^^^^
        = hint: did you mean Official?
      """
    ),
    (
      "何长成 主持 ?会议 ?x",
      """
      error: unexpected `?x`
       --> query:1:12
        |
      1 | 何长成 主持 ?会议 ?x
        |                   ^^
        = hint: expected `,` and another pattern, `group by`, `order by`, `limit` or the end of the statement
      """
    ),
    (
      "何长成 chairs",
      """
      error: the statement ends too soon
       --> query:1:11
        |
      1 | 何长成 chairs
        |              ^
        = hint: expected an object: ?variable, name, "quoted name" or _
      """
    ),
    (
      "find ?y where ?x chairs ?m",
      """
      error: ?y is not bound by any pattern
       --> query:1:6
        |
      1 | find ?y where ?x chairs ?m
        |      ^^
        = hint: did you mean ?m or ?x?
      """
    ),
    (
      "find ?m where ?p : Official, not ?p chairs ?m",
      """
      error: ?m appears only under `not`, so it has no value to report
       --> query:1:6
        |
      1 | find ?m where ?p : Official, not ?p chairs ?m
        |      ^^
        = hint: bind ?m in a pattern outside `not`
      """
    ),
    (
      "not ?p chairs ?m",
      """
      error: a query needs at least one pattern that is not negated or optional
       --> query:1:1
        |
      1 | not ?p chairs ?m
        | ^^^
        = hint: add what the answers are, e.g. `?p : Official, not ?p attends _`
      """
    ),
    (
      "\"何长成 chairs ?m",
      """
      error: a quoted name is not closed
       --> query:1:1
        |
      1 | "何长成 chairs ?m
        | ^^^^^^^^^^^^^^^^^
        = hint: expected a closing `"`
      """
    ),
    (
      "?x ?p+ ?y",
      """
      error: a path needs a named predicate, not a variable
       --> query:1:6
        |
      1 | ?x ?p+ ?y
        |      ^
        = hint: expected an object after `?p`
      """
    ),
    (
      "find ?who, count(?m) where ?who chairs ?m order by ?m",
      """
      error: order by ?m needs ?m among the outputs
       --> query:1:52
        |
      1 | find ?who, count(?m) where ?who chairs ?m order by ?m
        |                                                    ^^
        = hint: add it after `find`
      """
    ),
    (
      "find ?who where ?who chairs ?m group by ?who",
      """
      error: `group by` needs a count(…) among the outputs
       --> query:1:41
        |
      1 | find ?who where ?who chairs ?m group by ?who
        |                                         ^^^^
        = hint: write e.g. `find ?who, count(?m) where … group by ?who`
      """
    ),
    (
      "?x chairs ?m limit many",
      """
      error: unexpected `many`
       --> query:1:20
        |
      1 | ?x chairs ?m limit many
        |                    ^^^^
        = hint: expected a whole number of rows
      """
    ),
  ]

  @Test("each kind of error renders exactly this message", arguments: cases)
  func message(query: String, expected: String) {
    #expect(planError(query) == expected)
  }

  @Test("an error on a later line of a statement names that line of the file")
  func laterLine() {
    let text = "?m : Meeting,\n  ?m reviewz ?p"
    var rendered = ""
    do {
      _ = try PlannedStatement.plan(text, vocabulary: FixtureGraph.vocabulary)
    } catch {
      rendered = error.diagnostic(source: "checks.tq", text: text, firstLine: 7).description
    }
    #expect(
      rendered == """
        error: unknown predicate `reviewz`
         --> checks.tq:8:6
          |
        8 |   ?m reviewz ?p
          |      ^^^^^^^
          = hint: did you mean reviews?
        """)
  }
}
