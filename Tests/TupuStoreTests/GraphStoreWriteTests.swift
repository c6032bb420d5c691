import Foundation
import Testing
import TupuGraph

@testable import TupuStore

@Suite("Writing documents")
struct GraphStoreWriteTests {
  @Test("writing the same content again changes nothing")
  func idempotent() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    let graph = Sample.graph("page.txt", hash: "h1", Sample.meetingPage)
    let first = try store.write([graph])
    #expect(first.documentsWritten == 1)
    #expect(first.factsAdded == Sample.meetingPage.count)
    let before = try store.facts(includeDerived: true)
    let counts = try ["terms", "facts", "evidence", "sentences", "documents"].map {
      try store.count("SELECT count(*) FROM \($0)")
    }

    let second = try store.write([graph])
    #expect(second.documentsWritten == 0)
    #expect(second.documentsUnchanged == 1)
    #expect(second.factsAdded == 0)
    #expect(try store.facts(includeDerived: true) == before)
    #expect(
      try ["terms", "facts", "evidence", "sentences", "documents"].map {
        try store.count("SELECT count(*) FROM \($0)")
      } == counts)
  }

  @Test("a changed file replaces what its older version said; facts others state survive")
  func replacesChangedDocument() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.write([
      Sample.graph("a.txt", hash: "a1", [("何长成", "chairs", "例会"), ("例会", "reviews", "微光夜视")]),
      Sample.graph("b.txt", hash: "b1", [("例会", "reviews", "微光夜视")]),
    ])
    let summary = try store.write([
      Sample.graph("a.txt", hash: "a2", [("何长成", "attends", "例会")])
    ])
    #expect(summary.documentsReplaced == 1)
    #expect(summary.factsRemoved == 1)  // 何长成 chairs 例会: only a.txt said it
    #expect(
      try store.tripleLines() == ["何长成 attends 例会", "例会 reviews 微光夜视"])
    let sources = try store.facts(includeDerived: false).map { $0.documentPath ?? "-" }
    #expect(sources.sorted() == ["a.txt", "b.txt"])
    #expect(try store.documents().map(\.contentHash).sorted() == ["a2", "b1"])
  }

  @Test("a batch that fails part-way leaves the store as it was")
  func failingBatchRollsBack() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.write([Sample.graph("a.txt", hash: "a1", Sample.meetingPage)])
    let before = try store.facts(includeDerived: true)
    let terms = try store.count("SELECT count(*) FROM terms")
    // A trigger stands in for a failure (disk full, interrupt) in the middle of the batch.
    try store.database.execute(
      """
      CREATE TEMP TRIGGER poison BEFORE INSERT ON main.documents WHEN NEW.path = 'poison.txt'
      BEGIN SELECT RAISE(ABORT, 'poisoned document'); END
      """)
    #expect(throws: StoreError.self) {
      try store.write([
        Sample.graph("b.txt", hash: "b1", [("李朝锋", "chairs", "常委会")]),
        Sample.graph("a.txt", hash: "a2", [("李朝锋", "attends", "常委会")]),
        Sample.graph("poison.txt", hash: "p1", [("王小五", "type", "Official")]),
      ])
    }
    #expect(try store.facts(includeDerived: true) == before)
    #expect(try store.count("SELECT count(*) FROM terms") == terms)
    #expect(try store.documents().map(\.path) == ["a.txt"])
    // And the connection is usable afterwards.
    try store.database.execute("DROP TRIGGER temp.poison")
    #expect(
      try store.write([Sample.graph("b.txt", hash: "b1", [("李朝锋", "chairs", "常委会")])])
        .documentsWritten == 1)
  }

  @Test("a first bulk load leaves the store in WAL mode; with a reader open it never leaves it")
  func firstLoadJournal() throws {
    let folder = try TemporaryFolder()
    let people = (0..<GraphStore.bulkLoadFacts).map { ("人\($0)", "type", "Official") }
    let alone = try GraphStore(path: folder.file("alone.sqlite"))
    try alone.write([Sample.graph("a.tsv", hash: "a", people)])
    #expect(try alone.database.statement("PRAGMA journal_mode").rows { $0.text(0) } == ["wal"])
    #expect(try alone.count("SELECT count(*) FROM facts") == people.count)

    let shared = try GraphStore(path: folder.file("shared.sqlite"))
    let reader = try GraphStore(path: folder.file("shared.sqlite"))
    try reader.database.readTransaction {
      _ = try reader.count("SELECT count(*) FROM facts")
      try shared.write([Sample.graph("a.tsv", hash: "a", people)])
      // The reader's snapshot still holds: the write went through the log.
      #expect(try reader.count("SELECT count(*) FROM facts") == 0)
    }
    #expect(try reader.count("SELECT count(*) FROM facts") == people.count)
    #expect(try shared.database.statement("PRAGMA journal_mode").rows { $0.text(0) } == ["wal"])
  }

  @Test("a Chinese name is one term however many facts and documents use it")
  func termsEncodedOnce() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.write([
      Sample.graph(
        "a.txt", hash: "a", [("魏都区", "type", "District"), ("颍昌街道", "located-in", "魏都区")]),
      Sample.graph("b.txt", hash: "b", [("金湾社区", "located-in", "魏都区")]),
    ])
    try store.write([Sample.graph("c.txt", hash: "c", [("魏都区", "located-in", "许昌市")])])
    #expect(try store.count("SELECT count(*) FROM terms WHERE text = '魏都区'") == 1)
    #expect(
      try store.count("SELECT count(*) FROM terms WHERE text = 'located-in' AND kind = 3") == 1)
    // The same text as a literal is a different term from the entity.
    try store.write([Sample.graph("d.txt", hash: "d", [("许昌市", "title", "魏都区")])])
    #expect(try store.count("SELECT count(*) FROM terms WHERE text = '魏都区'") == 2)
  }

  @Test("evidence keeps document, sentence, offsets, pattern and the sentence text once")
  func evidenceRoundTrips() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    let sentence = "何长成主持召开全区重点项目要素保障第7次工作例会。"
    let evidence = Evidence(
      article: 2, sentence: 5, start: 120, end: 144, text: sentence, pattern: "chairs-zhuchi")
    let graph = DocumentGraph(
      document: DocumentRecord(contentHash: "h", path: "page.txt"),
      facts: [
        Fact("何长成", "chairs", .entity("第7次工作例会"), evidence: evidence),
        Fact("第7次工作例会", "type", .classRef("Meeting"), evidence: evidence),
      ])
    try store.write([graph])
    let stored = try store.facts(about: "何长成")
    #expect(stored.count == 1)
    #expect(stored.first?.fact.evidence == evidence)
    #expect(stored.first?.documentPath == "page.txt")
    #expect(try store.count("SELECT count(*) FROM sentences") == 1)
  }

  @Test("the chair of a meeting reviews what the meeting reviews, derived and marked")
  func derivesChairReviews() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.setVocabulary(Sample.vocabulary)
    let summary = try store.write([Sample.graph("a.txt", hash: "a", Sample.meetingPage)])
    #expect(summary.derivedFacts == 2)
    let derived = try store.facts(includeDerived: true).filter(\.fact.isDerived)
    #expect(
      derived.map { "\($0.fact.subject) \($0.fact.predicate) \($0.fact.object.text)" }.sorted()
        == ["何长成 reviews 人才公寓", "何长成 reviews 微光夜视"])
    #expect(derived.allSatisfy { $0.fact.derivedBy == "chair-reviews" && $0.fact.evidence == nil })
    #expect(try store.facts(includeDerived: false).allSatisfy { !$0.fact.isDerived })
    #expect(try store.statistics().derivedFacts == 2)
  }

  @Test("derived facts follow the documents: replaced evidence takes its consequences along")
  func derivedFactsRecomputed() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.setVocabulary(Sample.vocabulary)
    try store.write([Sample.graph("a.txt", hash: "a", [("何长成", "chairs", "例会")])])
    try store.write([Sample.graph("b.txt", hash: "b", [("例会", "reviews", "微光夜视")])])
    #expect(try store.tripleLines().contains("何长成 reviews 微光夜视 *"))
    // Stated outright, the fact is asserted, not derived.
    try store.write([Sample.graph("c.txt", hash: "c", [("何长成", "reviews", "微光夜视")])])
    #expect(try store.tripleLines().contains("何长成 reviews 微光夜视"))
    #expect(!(try store.tripleLines().contains("何长成 reviews 微光夜视 *")))
    try store.write([Sample.graph("c.txt", hash: "c2", [])])
    try store.write([Sample.graph("b.txt", hash: "b2", [("例会", "reviews", "人才公寓")])])
    #expect(try store.tripleLines() == ["何长成 chairs 例会", "何长成 reviews 人才公寓 *", "例会 reviews 人才公寓"])
  }

  @Test("rules with three body atoms and constants run in SQL")
  func longerRules() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    var vocabulary = Sample.vocabulary
    vocabulary.rules = [
      InferenceRule(
        id: "district-official-reviews",
        body: [
          .init("?x", "attends", "?m"), .init("?m", "reviews", "?p"),
          .init("?p", "located-in", "魏都区"),
        ],
        head: .init("?x", "reviews", "?p"))
    ]
    try store.setVocabulary(vocabulary)
    try store.write([
      Sample.graph(
        "a.txt", hash: "a",
        [
          ("孙卫东", "attends", "例会"), ("例会", "reviews", "微光夜视"), ("例会", "reviews", "外地项目"),
          ("微光夜视", "located-in", "魏都区"), ("外地项目", "located-in", "建安区"),
        ])
    ])
    #expect(try store.tripleLines().filter { $0.hasSuffix("*") } == ["孙卫东 reviews 微光夜视 *"])
  }

  @Test("rules that feed each other and themselves run until nothing new follows")
  func chainedRules() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    var vocabulary = Sample.vocabulary
    // Listed so that the rule using `within` runs before the rule that concludes it, and
    // `within` is transitive: each later pass must see what the one before derived.
    vocabulary.rules = [
      InferenceRule(
        id: "attends-within",
        body: [.init("?x", "attends", "?m"), .init("?m", "within", "?d")],
        head: .init("?x", "attends", "?d")),
      InferenceRule(
        id: "located-within",
        body: [.init("?a", "located-in", "?b")], head: .init("?a", "within", "?b")),
      InferenceRule(
        id: "within-transitive",
        body: [.init("?a", "within", "?b"), .init("?b", "within", "?c")],
        head: .init("?a", "within", "?c")),
    ]
    try store.setVocabulary(vocabulary)
    try store.write([
      Sample.graph(
        "a.txt", hash: "a",
        [
          ("孙卫东", "attends", "例会"), ("例会", "located-in", "社区"), ("社区", "located-in", "街道"),
          ("街道", "located-in", "区"), ("区", "located-in", "市"),
        ])
    ])
    let derived = try store.tripleLines().filter { $0.hasSuffix("*") }
    let places = ["社区", "街道", "区", "市"]
    let expected =
      places.map { "孙卫东 attends \($0) *" }
      + (["例会"] + places).enumerated().flatMap { index, place in
        places.dropFirst(max(0, index - 1)).filter { $0 != place }.map { "\(place) within \($0) *" }
      }
    #expect(derived == expected.sorted())
    // Writing again (replacing the document) recomputes the same closure.
    try store.write([
      Sample.graph(
        "a.txt", hash: "a2",
        [("例会", "located-in", "社区"), ("社区", "located-in", "街道"), ("孙卫东", "attends", "例会")])
    ])
    #expect(
      try store.tripleLines().filter { $0.hasSuffix("*") }
        == [
          "孙卫东 attends 社区 *", "孙卫东 attends 街道 *", "例会 within 社区 *", "例会 within 街道 *",
          "社区 within 街道 *",
        ].sorted())
  }

  @Test("class membership includes ancestors, and classes seen only in facts are their own")
  func classAncestors() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.setVocabulary(Sample.vocabulary)
    try store.write([
      Sample.graph("a.txt", hash: "a", [("何长成", "type", "Official"), ("许继花园", "type", "Place")])
    ])
    let ancestors = try store.database.statement(
      """
      SELECT c.text, a.text FROM class_ancestors x JOIN terms c ON c.id = x.class
      JOIN terms a ON a.id = x.ancestor ORDER BY 1, 2
      """
    ).rows { "\($0.text(0))<\($0.text(1))" }
    #expect(ancestors.contains("Official<Person"))
    #expect(ancestors.contains("Official<Official"))
    #expect(ancestors.contains("Place<Place"))
    #expect(try store.classOf("何长成") == "Official")
    #expect(try store.classOf("没有的人") == nil)
  }

  @Test("statistics count by class and by predicate; completion finds names by prefix")
  func readsForOtherStages() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.setVocabulary(Sample.vocabulary)
    try store.write([Sample.graph("a.txt", hash: "a", Sample.meetingPage)])
    let statistics = try store.statistics()
    #expect(statistics.documents == 1)
    #expect(
      statistics.classes.map { "\($0.name) \($0.count)" } == [
        "Project 2", "Meeting 1", "Official 1",
      ])
    #expect(
      statistics.predicates.first { $0.name == "reviews" }
        == .init(name: "reviews", count: 4, derived: 2))
    #expect(try store.entityNames(matchingPrefix: "第7", limit: 10) == ["第7次工作例会"])
    #expect(try store.entityNames(matchingPrefix: "何", limit: 10) == ["何长成"])
    #expect(try store.entityNames(matchingPrefix: "", limit: 2).count == 2)
  }
}
