import Testing
import TupuGraph

@testable import TupuStore

@Suite("Index use")
struct IndexUseTests {
  /// Every triple pattern with one or two bound positions, and the index that must serve it.
  static let patterns: [(bound: String, sql: String, index: String)] = [
    ("s", "SELECT p, o FROM facts WHERE s = ?1", "PRIMARY KEY"),
    ("p", "SELECT s, o FROM facts WHERE p = ?1", "facts_pos"),
    ("o", "SELECT s, p FROM facts WHERE o = ?1", "facts_osp"),
    ("s p", "SELECT o FROM facts WHERE s = ?1 AND p = ?2", "PRIMARY KEY"),
    ("p o", "SELECT s FROM facts WHERE p = ?1 AND o = ?2", "facts_pos"),
    ("s o", "SELECT p FROM facts WHERE s = ?1 AND o = ?2", "facts_osp"),
  ]

  @Test(
    "a pattern with one or two bound positions is an index range scan, before and after ANALYZE",
    arguments: [false, true])
  func patternsUseIndexes(analyzed: Bool) throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    var triples: [(String, String, String)] = []
    for meeting in 0..<200 {
      triples.append(("会议\(meeting)", "type", "Meeting"))
      triples.append(("官员\(meeting % 17)", "chairs", "会议\(meeting)"))
      triples.append(("会议\(meeting)", "reviews", "项目\(meeting % 31)"))
    }
    try store.write([Sample.graph("g.tsv", hash: "g", triples)])
    if analyzed { try store.database.execute("ANALYZE") }
    for pattern in Self.patterns {
      let plan = try store.database.statement("EXPLAIN QUERY PLAN " + pattern.sql).rows {
        $0.text(3)
      }.joined(separator: " | ")
      #expect(plan.hasPrefix("SEARCH facts USING"), "\(pattern.bound): \(plan)")
      #expect(plan.contains(pattern.index), "\(pattern.bound): \(plan)")
      #expect(!plan.contains("SCAN"), "\(pattern.bound): \(plan)")
    }
  }

  @Test("a fact's evidence is found by a range scan of the evidence key")
  func evidenceByFact() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    let plan = try store.database.statement(
      "EXPLAIN QUERY PLAN SELECT * FROM evidence WHERE s = ?1 AND p = ?2 AND o = ?3"
    ).rows { $0.text(3) }.joined()
    #expect(plan.contains("SEARCH evidence USING PRIMARY KEY (s=? AND p=? AND o=?)"), "\(plan)")
  }
}
