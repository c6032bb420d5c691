import Testing
import TupuDiagnostics
import TupuGraph

@Suite("Facts-file readers")
struct FactsFileReaderTests {
  static func tsv(_ text: String) throws -> DocumentGraph {
    try TSVFactsReader.read(bytes: Array(text.utf8), path: "gold.tsv")
  }

  static func lines(_ graph: DocumentGraph) -> [String] {
    graph.facts.map { fact in
      let kind: String
      switch fact.object {
      case .entity: kind = "entity"
      case .literal: kind = "literal"
      case .classRef: kind = "class"
      }
      return "\(fact.subject) \(fact.predicate) \(fact.object.text) (\(kind))"
    }
  }

  @Test("TSV: types, literal titles, alternatives canonical first, comments and blank lines")
  func readsGoldFormat() throws {
    let graph = try Self.tsv(
      """
      # Gold for a page
      魏都区\ttype\tDistrict

      李朝锋\ttitle\t区委书记
        # an indented comment
      全区重点项目要素保障第7次工作例会|重点项目要素保障第7次工作例会\ttype\tMeeting
      何长成\tchairs\t全区重点项目要素保障第7次工作例会|重点项目要素保障第7次工作例会\r
      """)
    #expect(
      Self.lines(graph) == [
        "魏都区 type District (class)", "李朝锋 title 区委书记 (literal)",
        "全区重点项目要素保障第7次工作例会 type Meeting (class)",
        "何长成 chairs 全区重点项目要素保障第7次工作例会 (entity)",
      ])
    #expect(graph.document.path == "gold.tsv")
    #expect(graph.document.contentHash.count == 64)
  }

  @Test("TSV evidence is the line: its number, its character offsets in the file, the reader")
  func tsvEvidence() throws {
    let text = "# 注释\n魏都区\ttype\tDistrict\n何长成\tchairs\t例会\n"
    let graph = try Self.tsv(text)
    let evidence = try #require(graph.facts.last?.evidence)
    #expect(evidence.sentence == 3)
    #expect(evidence.pattern == "tsv")
    #expect(evidence.text == "何长成\tchairs\t例会")
    let scalars = Array(text.unicodeScalars)
    #expect(
      String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
  }

  @Test(
    "TSV errors name the file, the line and what to do",
    arguments: [
      ("魏都区\ttype\tDistrict\n李朝锋 title 区委书记\n", 2, "found 1"),
      ("魏都区\ttype\n", 1, "found 2"),
      ("a\tb\tc\td\n", 1, "found 4"),
      ("\tchairs\t例会\n", 1, "the subject is empty"),
    ])
  func tsvErrors(text: String, line: Int, message: String) throws {
    let error = try #require(throws: Diagnostic.self) { try Self.tsv(text) }
    #expect(error.location?.source == "gold.tsv")
    #expect(error.location?.line == line)
    #expect(error.message.contains(message), "\(error.message)")
    #expect(error.hint != nil)
  }

  @Test("TSV that is not UTF-8 is refused at the line of the first bad byte")
  func invalidUTF8() throws {
    var bytes = Array("魏都区\ttype\tDistrict\n何".utf8)
    bytes += [0xB0, 0xA1]  // GB2312 啊
    bytes += Array("\tchairs\tx\n".utf8)
    let error = try #require(throws: Diagnostic.self) {
      try TSVFactsReader.read(bytes: bytes, path: "gbk.tsv")
    }
    #expect(error.location?.line == 2)
    #expect(error.location?.column == 2)
    #expect(error.message.contains("not valid UTF-8"))
    #expect(error.hint?.contains("iconv") == true)
  }

  @Test("N-Triples: Tupu IRIs become names, rdf:type objects classes, escapes resolved")
  func readsNTriples() throws {
    let name = TupuIRI.entity("魏都区")
    #expect(name == "https://tupu.dev/entity/%E9%AD%8F%E9%83%BD%E5%8C%BA")
    let text = """
      # comment
      <\(name)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://tupu.dev/ontology/District> .
      <\(TupuIRI.entity("李朝锋"))> <https://tupu.dev/ontology/title> "区委\\"书记\\"\\t\\u4E00\\U0001F600"@zh .
      <\(TupuIRI.entity("许继 社区"))> <\(TupuIRI.ontology("located-in"))> <\(name)> . # trailing
      _:b1 <https://tupu.dev/ontology/attends> <https://tupu.dev/entity/\\u4F1A> .

      """
    let graph = try NTriplesReader.read(bytes: Array(text.utf8), path: "g.nt")
    #expect(
      FactsFileReaderTests.lines(graph) == [
        "魏都区 type District (class)", "李朝锋 title 区委\"书记\"\t一😀 (literal)",
        "许继 社区 located-in 魏都区 (entity)",
      ])
    #expect(graph.facts.map { $0.evidence?.sentence ?? 0 } == [2, 3, 4])
    #expect(graph.facts.allSatisfy { $0.evidence?.pattern == "ntriples" })
  }

  @Test(
    "N-Triples syntax errors give line and column",
    arguments: [
      ("<a> <b> <c>\n", 1, 12, "expected `.`"),
      ("<a> <b> <c> .\n<a> b <c> .\n", 2, 5, "predicate"),
      ("<a> <b> \"open .\n", 1, 9, "unterminated literal"),
      ("<a> <b> \"x\\q\" .\n", 1, 11, "unknown escape"),
      ("<a b> <b> <c> .\n", 1, 3, "not allowed in an IRI"),
    ])
  func ntriplesErrors(text: String, line: Int, column: Int, message: String) throws {
    let error = try #require(throws: Diagnostic.self) {
      try NTriplesReader.read(bytes: Array(text.utf8), path: "bad.nt")
    }
    #expect(error.location?.source == "bad.nt")
    #expect(error.location?.line == line)
    #expect(error.location?.column == column, "\(error)")
    #expect(error.message.contains(message), "\(error.message)")
  }

  @Test(
    "N-Triples written with TupuIRI read back to the same names",
    arguments: ["魏都区", "A&B 公司/1", "100%"])
  func iriRoundTrip(name: String) {
    #expect(TupuIRI.name(of: TupuIRI.entity(name)) == name)
  }

  @Test("SHA-256 matches the standard test vectors")
  func digest() {
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test(
    "SHA-256 of many blocks, with and without room for the length in the last one, matches hashlib",
    arguments: [
      (55, "45a344cde8cc7bcc5d780a871048d00983991feff392d87648848867aac47541"),
      (56, "fdb3521a2c5a469731d4f1024d81f5897ec012184896fd5dc73a0aa6533c36b1"),
      (64, "d9b2a25c3ad6b679350d8b13aede3ac5b835c7f1736be05c90cbc5370c35416d"),
      (1000, "8a534c2c17b263fd09c13fcb6d530b4dcdd9d47d2f24f219c04d5a8e4f74c67d"),
    ])
  func longDigest(repeats: Int, expected: String) {
    let text = String(repeating: "图谱tupu", count: repeats)
    #expect(SHA256.hex(Array(text.utf8)) == expected)
    // Fed in uneven pieces, as a file read block by block: the same digest.
    let bytes = Array(text.utf8)
    var digest = SHA256.Digest()
    var start = 0
    for size in [1, 63, 64, 65, 7, 128, 3] where start < bytes.count {
      digest.add(Array(bytes[start..<min(bytes.count, start + size)]))
      start += size
    }
    if start < bytes.count { digest.add(Array(bytes[start...])) }
    #expect(digest.hex() == expected)
  }
}
