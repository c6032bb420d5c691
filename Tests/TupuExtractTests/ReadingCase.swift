import Testing

/// One short text of the genre, the facts it must give (`"甲 title 区长"`, `"乙 : Project"`)
/// and the traps it must not: the form every reading specification is written in.
struct ReadingCase: Sendable, CustomStringConvertible {
  var text: String
  var expected: [String]
  var absent: [String] = []
  var description: String { text }

  /// Reads the text and records each expected fact it did not give and each trap it gave.
  func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let facts = try Fixtures.facts(of: text)
    for fact in expected {
      #expect(
        facts.contains(fact), "missing \(fact); got \(facts.sorted())",
        sourceLocation: sourceLocation)
    }
    for fact in absent {
      #expect(!facts.contains(fact), "unexpected \(fact)", sourceLocation: sourceLocation)
    }
  }
}
