import Foundation
import Testing
import TupuGraph

@testable import TupuStore

/// A file too big to hold its facts at once is written in slices, in one transaction.
@Suite("Writing one document in slices")
struct StreamingWriteTests {
  struct ReaderFailed: Error {}

  static let page = Sample.graph("page.txt", hash: "h1", Sample.meetingPage)

  /// The facts of `graph` in slices of `size`, as a `write(streaming:)` producer.
  static func slices(of graph: DocumentGraph, size: Int, failingAt failure: Int? = nil)
    -> () throws -> [Fact]?
  {
    var next = 0
    var served = 0
    return {
      if served == failure { throw ReaderFailed() }
      guard next < graph.facts.count else { return nil }
      defer {
        next += size
        served += 1
      }
      return Array(graph.facts[next..<min(next + size, graph.facts.count)])
    }
  }

  @Test("written in slices, a document holds exactly what it holds written whole")
  func slicesEqualWhole() throws {
    let folder = try TemporaryFolder()
    let whole = try GraphStore(path: folder.file("whole.sqlite"))
    let sliced = try GraphStore(path: folder.file("sliced.sqlite"))
    try whole.setVocabulary(Sample.vocabulary)
    try sliced.setVocabulary(Sample.vocabulary)
    let one = try whole.write([Self.page])
    let other = try sliced.write(
      streaming: Self.page.document, slices: Self.slices(of: Self.page, size: 2))
    #expect(other == one)
    for table in ["facts", "evidence", "sentences", "documents"] {
      #expect(try whole.rows(of: table) == sliced.rows(of: table), "table \(table)")
    }
    #expect(try sliced.count("SELECT count(*) FROM facts WHERE derived = 1") > 0)
    #expect(try sliced.count("SELECT count(*) FROM pragma_index_list('facts')") >= 2)
  }

  @Test("content the store has already is not read again")
  func unchangedIsNotRead() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.write([Self.page])
    var calls = 0
    let summary = try store.write(streaming: Self.page.document) {
      calls += 1
      return nil
    }
    #expect(calls == 0)
    #expect(summary.documentsUnchanged == 1)
  }

  @Test("a reader that fails in the middle leaves the store as it was, older version included")
  func failingSliceRollsBack() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.write([Sample.graph("page.txt", hash: "h0", [("何长成", "chairs", "例会")])])
    let before = try ["facts", "evidence", "sentences", "documents"].map { try store.rows(of: $0) }
    #expect(throws: ReaderFailed.self) {
      try store.write(
        streaming: Self.page.document, slices: Self.slices(of: Self.page, size: 2, failingAt: 2))
    }
    #expect(
      try ["facts", "evidence", "sentences", "documents"].map { try store.rows(of: $0) } == before)
    #expect(try store.count("SELECT count(*) FROM pragma_index_list('facts')") >= 2)
  }

  @Test("a changed file written in slices replaces its older version")
  func slicesReplace() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.write([Sample.graph("page.txt", hash: "h0", [("李朝锋", "chairs", "常委会")])])
    let summary = try store.write(
      streaming: Self.page.document, slices: Self.slices(of: Self.page, size: 3))
    #expect(summary.documentsReplaced == 1)
    #expect(summary.factsRemoved == 1)
    #expect(try store.documents().map(\.contentHash) == ["h1"])
    #expect(try store.count("SELECT fact_count FROM documents") == Self.page.facts.count)
  }
}
