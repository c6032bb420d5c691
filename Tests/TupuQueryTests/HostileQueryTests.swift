import Foundation
import Testing
import TupuGraph

@testable import TupuQuery
@testable import TupuStore

/// Queries nobody should write, and some that fuzzing wrote: each ends with a clear error or a
/// correct answer, quickly, never with a crash or a hang.
@Suite("Hostile and huge queries")
struct HostileQueryTests {
  @Test(
    "a control character is a syntax error at its column (fuzzing found a lexer that never ended)",
    arguments: ["?p : Official, not ?p attend\u{0}s _", "何长成\u{1} chairs ?m", "\u{7}"])
  func controlCharacter(text: String) {
    let message = planError(text)
    #expect(message.contains("error: unexpected control character U+"))
    #expect(message.contains("--> query:1:"))
  }

  @Test("patterns nested 100 000 deep are refused with a message, not a stack overflow")
  func deepNesting() {
    let depth = 100_000
    let text =
      String(repeating: "not (", count: depth) + "?x : Person"
      + String(repeating: ")", count: depth)
    let message = planError("?x : Person, " + text)
    #expect(message.contains("error: patterns are nested too deeply"))
  }

  @Test("nesting within the parser's limit is planned: a `not` inside a `not` says \"for all\"")
  func shallowNesting() throws {
    let fixture = try FixtureGraph()
    defer { fixture.remove() }
    // Officials every meeting of whom (they chair) reviews 微光夜视.
    let text = "?p : Official, not (?p chairs ?m, not (?m reviews 微光夜视))"
    #expect(tsv(try fixture.session(), text) == "p\n何长成\n王小五\n")
  }

  @Test("a 100 KB name is answered (no rows, a note) without a crash")
  func hugeName() throws {
    let fixture = try FixtureGraph()
    defer { fixture.remove() }
    let session = try fixture.session()
    let name = String(repeating: "何", count: 100_000)
    #expect(tsv(session, "\(name) chairs ?m") == "m\n")
  }

  @Test("100 KB of joined patterns are refused quickly with a syntax error at the 65th")
  func hugeJoin() throws {
    let patterns = (0..<4_000).map { "?a\($0) attends ?m" }.joined(separator: ", ")
    #expect(patterns.utf8.count > 60_000)
    let started = Date()
    let message = planError(patterns)
    #expect(message.contains("error: a query may have at most 64 patterns"))
    #expect(
      message.contains("--> query:1:\(patterns.components(separatedBy: ", ?a64 ")[0].count + 3)"))
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test("64 joined patterns plan and answer")
  func longestJoin() throws {
    let fixture = try FixtureGraph()
    defer { fixture.remove() }
    let session = try fixture.session()
    let patterns = (0..<63).map { "?a\($0) attends 第7次例会" }.joined(separator: ", ")
    #expect(tsv(session, "count(\(patterns), ?x : Project)") == "count\n3\n")
  }

  @Test("names with SQL and quote metacharacters are bound, not spliced")
  func sqlMetacharacters() throws {
    let fixture = try FixtureGraph()
    defer { fixture.remove() }
    let session = try fixture.session()
    #expect(tsv(session, #""a'b\"; DROP TABLE facts; --" sponsors ?c"#) == "c\n许继社区\n")
    #expect(tsv(session, "?x : Organization").contains("a'b\"; DROP TABLE facts; --"))
    #expect(tsv(session, "count(?x : Project)") == "count\n3\n")
  }
}
