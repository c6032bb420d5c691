import Testing

@testable import TupuShell

@Suite("When a statement is complete")
struct CompletenessTests {
  @Test(
    "unfinished statements wait for more lines",
    arguments: [
      "?m : Meeting,", "?p :", "find ?who where", "find ?who, count(?m) where ?who chairs ?m order by",
      "?x chairs ?m, not", "何长成 \"quoted", "count(?p", "assert count(?p : Project) >=",
      "?x ^", "?x chairs ?m limit", "?m : Meeting, # a comment, with a comma at the end",
    ])
  func incomplete(text: String) {
    #expect(!StatementCompleteness.isComplete(text))
  }

  @Test(
    "whole statements run",
    arguments: [
      "何长成 chairs ?m", "?m : Meeting,\n  何长成 chairs ?m", "?c located-in+ 魏都区",
      "find ?who, count(?m) where ?who chairs ?m order by count(?m) desc limit 10",
      "\"a'b\\\"; DROP TABLE facts; --\" ?p ?o", "assert count(?p : Project) >= 10",
      "何长成 chairs ?m # who, where,", "?p : Official, not ?p attends _",
    ])
  func complete(text: String) {
    #expect(StatementCompleteness.isComplete(text))
  }
}
