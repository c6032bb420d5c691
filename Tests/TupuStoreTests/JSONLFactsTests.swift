import Testing
import TupuDiagnostics
import TupuGraph

@testable import TupuStore

@Suite("JSON Lines facts: what `tupu extract` writes and `tupu ingest` reads back")
struct JSONLFactsTests {
  static let documents = [
    Sample.graph("news/a.txt", hash: "a1", Sample.meetingPage),
    Sample.graph("news/empty.txt", hash: "e0", []),
    DocumentGraph(
      document: DocumentRecord(contentHash: "b2", path: "news/b.txt"),
      facts: [
        Fact(
          "魏都区", "type", .classRef("District"),
          evidence: Evidence(
            article: 2, sentence: 7, start: 30, end: 41, text: "他说：\"好\"\t\\ 新\n行\u{2028}😀",
            pattern: "place-suffix"))
      ]),
  ]

  static func read(_ text: String) throws -> [DocumentGraph] {
    try JSONLFactsReader.read(bytes: Array(text.utf8), path: "part1.jsonl")
  }

  @Test("documents written and read back are the same documents, evidence and all")
  func roundTrip() throws {
    let text = Self.documents.map(JSONLFacts.lines(of:)).joined()
    #expect(try Self.read(text) == Self.documents)
    #expect(text.split(separator: "\n").count == 3 + Sample.meetingPage.count + 1)
  }

  @Test("the parts of a big file, under one key one after the other, are one document")
  func partsJoin() throws {
    let whole = Sample.graph("big.txt", hash: "k", Sample.meetingPage)
    var first = whole
    first.facts = Array(whole.facts.prefix(3))
    var second = whole
    second.facts = Array(whole.facts.dropFirst(3))
    #expect(try Self.read(JSONLFacts.lines(of: first) + JSONLFacts.lines(of: second)) == [whole])
  }

  @Test("a line without evidence gets its line as evidence; derived lines are not read")
  func bareFacts() throws {
    let graphs = try Self.read(
      """
      {"document":"k","path":"hand.txt","facts":3}
      {"s":"王建国","p":"type","o":"Official"}
      {"s":"王建国","p":"title","o":"区长","kind":"literal"}
      {"s":"王建国","p":"reviews","o":"项目","rule":"chair-reviews"}
      """)
    #expect(graphs.count == 1)
    #expect(graphs[0].facts.map(\.object) == [.classRef("Official"), .literal("区长")])
    #expect(graphs[0].facts[1].evidence?.sentence == 3)
    #expect(graphs[0].facts[1].evidence?.pattern == JSONLFactsReader.pattern)
  }

  @Test(
    "bad input names its line and column",
    arguments: [
      ("{\"document\":\"k\",\"path\":\"a\",\"facts\":2}\n{\"s\":\"x\",\"p\":\"type\",\"o\":\"C\"}\n",
       1, "announces 2 fact line(s) but 1 follow"),
      ("{\"s\":\"x\",\"p\":\"type\",\"o\":\"C\"}\n", 1, "before any document line"),
      ("{\"document\":\"k\",\"path\":\"a\",\"facts\":1}\n{\"s\":\"x\",\"p\":\"type\" \"o\":\"C\"}\n",
       2, "expected `,` or `}`"),
      ("{\"document\":\"k\",\"path\":\"a\",\"facts\":1}\n{\"s\":\"x\",\"p\":\"type\",\"o\":[1]}\n",
       2, "nested objects"),
      ("{\"document\":\"k\",\"facts\":0}\n", 1, "needs \"document\", \"path\" and \"facts\""),
      ("{\"document\":\"k\",\"path\":\"a\",\"facts\":1}\n{\"s\":\"x\",\"p\":\"t\",\"o\":\"\\uD800\"}\n",
       2, "lone surrogate"),
    ])
  func badInput(text: String, line: Int, message: String) {
    do {
      _ = try Self.read(text)
      Issue.record("read \(text)")
    } catch let diagnostic as Diagnostic {
      #expect(diagnostic.location?.line == line)
      #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test("a fact's text that is its own line as written stays when checking renames its label")
  func factLineRenamed() throws {
    let text = """
      {"document":"k","path":"hand.txt","facts":2}
      {"s":"王建国","p":"主持","o":"例会","kind":"entity","article":0,"sentence":1,"start":0,\
      "end":9,"text":"王建国\\t主持\\t例会","pattern":"hand"}
      {"s":"王建国","p":"chairs","o":"周会","kind":"entity","article":0,"sentence":2,"start":0,\
      "end":9,"text":"王建国\\tchairs\\t周会","pattern":"hand"}

      """
    let vocabulary = FactsVocabulary(Sample.vocabulary)
    let graphs = try JSONLFactsReader.readChecked(
      bytes: Array(text.utf8), path: "hand.jsonl", vocabulary: vocabulary)
    #expect(graphs[0].facts.map(\.predicate) == ["chairs", "chairs"])
    #expect(graphs[0].facts.map { $0.evidence?.text } == ["王建国\t主持\t例会", "王建国\tchairs\t周会"])
    let encoded = try JSONLFactsReader.readEncoded(
      bytes: Array(text.utf8), path: "hand.jsonl", vocabulary: vocabulary)
    // The renamed fact's line is kept as text; the other is rebuilt from its fact.
    #expect(encoded[0].lineTexts == [0: "王建国\t主持\t例会"])
  }

  @Test("a key written twice is refused, also when one of the two is escaped")
  func keyTwice() {
    for line in [
      "{\"document\":\"k\",\"path\":\"a\",\"facts\":0,\"path\":\"b\"}\n",
      "{\"document\":\"k\",\"path\":\"a\",\"facts\":0,\"pa\\u0074h\":\"b\"}\n",
      "{\"document\":\"k\",\"path\":\"a\",\"facts\":0,\"x\":1,\"x\":2}\n",
    ] {
      do {
        _ = try Self.read(line)
        Issue.record("read \(line)")
      } catch let diagnostic as Diagnostic {
        #expect(diagnostic.message.contains("appears twice"), "\(diagnostic.message)")
      } catch {
        Issue.record("\(error)")
      }
    }
  }

  @Test("a column counts characters, not bytes")
  func column() {
    do {
      _ = try Self.read("{\"document\":\"k\",\"path\":\"魏都区\" x}\n")
      Issue.record("read a bad line")
    } catch let diagnostic as Diagnostic {
      #expect(diagnostic.location?.column == 30)
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test("stored from JSON Lines, the graph is the graph stored directly; again, nothing changes")
  func storeTheSame() throws {
    let folder = try TemporaryFolder()
    let direct = try GraphStore(path: folder.file("direct.sqlite"))
    try direct.setVocabulary(Sample.vocabulary)
    try direct.write(Self.documents.map { .graph($0) })
    let viaLines = try GraphStore(path: folder.file("lines.sqlite"))
    try viaLines.setVocabulary(Sample.vocabulary)
    let read = try Self.read(Self.documents.map(JSONLFacts.lines(of:)).joined())
    try viaLines.write(read.map { .graph($0) })
    #expect(try viaLines.tripleLines() == direct.tripleLines())
    let again = try viaLines.write(read.map { .graph($0) })
    #expect(again.documentsUnchanged == Self.documents.count)
    #expect(again.factsAdded == 0)
  }
}
