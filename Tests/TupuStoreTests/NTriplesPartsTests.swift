import Testing
import TupuDiagnostics
import TupuGraph

@Suite("N-Triples files big enough to be read in parallel parts")
struct NTriplesPartsTests {
  /// The generated TSV graph of `EncodedFactsTests` written as the export writes N-Triples.
  static func generated(lines: Int) -> [String] {
    EncodedFactsTests.generated(lines: lines).split(separator: "\n").map { line in
      if line.hasPrefix("#") { return String(line) }
      let fields = line.split(separator: "\t").map(String.init)
      let object: Term =
        fields[1] == "type"
        ? .classRef(fields[2]) : fields[1] == "title" ? .literal(fields[2]) : .entity(fields[2])
      return NTriplesReader.line(subject: fields[0], predicate: fields[1], object: object)
    }
  }

  @Test("read in parts: the terms, facts, lines and offsets of the same graph read as TSV")
  func sameAsOnePass() throws {
    let lines = Self.generated(lines: 240_000)
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    let read = try NTriplesReader.readEncoded(bytes: bytes, path: "big.nt", vocabulary: nil)
    let tsv = try TSVFactsReader.readEncoded(
      bytes: Array(EncodedFactsTests.generated(lines: 240_000).utf8), path: "big.tsv")
    #expect(read.graph.terms == tsv.terms)
    #expect(read.graph.rows.map(\.line) == tsv.rows.map(\.line))
    let facts = read.graph.decoded().facts
    #expect(facts.map { [$0.subject, $0.predicate, $0.object.text] }
      == tsv.decoded().facts.map { [$0.subject, $0.predicate, $0.object.text] })
    // Each fact's evidence is its line: scalar offset and length in the whole file.
    var offsets: [Int: (start: Int, end: Int)] = [:]
    var offset = 0
    for (index, line) in lines.enumerated() {
      offsets[index + 1] = (offset, offset + line.unicodeScalars.count)
      offset += line.unicodeScalars.count + 1
    }
    #expect(
      facts.allSatisfy { fact in
        guard let evidence = fact.evidence, let expected = offsets[evidence.sentence] else {
          return false
        }
        return evidence.start == expected.start && evidence.end == expected.end
          && evidence.text == lines[evidence.sentence - 1]
      })
    #expect(read.graph.lineTexts.isEmpty)
  }

  @Test("an unknown predicate in both parts is reported once, at its first line")
  func problemsOnce() throws {
    var lines = Self.generated(lines: 200_000)
    for index in [30, 150_002] {
      lines[index] = "<https://tupu.dev/entity/x> <https://tupu.dev/ontology/attendz> "
        + "<https://tupu.dev/entity/y> ."
    }
    let bytes = Array(lines.joined(separator: "\n").utf8)
    let vocabulary = FactsVocabulary(Sample.vocabulary)
    let error = try #require(throws: FactsFileProblems.self) {
      try NTriplesReader.readEncoded(bytes: bytes, path: "big.nt", vocabulary: vocabulary)
    }
    let unknown = error.diagnostics.filter { $0.message.contains("attendz") }
    #expect(unknown.count == 1)
    #expect(unknown.first?.location?.line == 31)
  }

  @Test("a syntax error in a later part is the error, not the earlier part's unknown names")
  func syntaxErrorWins() throws {
    var lines = Self.generated(lines: 200_000)
    lines[30] = "<https://tupu.dev/entity/x> <https://tupu.dev/ontology/attendz> "
      + "<https://tupu.dev/entity/y> ."
    lines[150_002] = "<https://tupu.dev/entity/x> <broken"
    let bytes = Array(lines.joined(separator: "\n").utf8)
    let vocabulary = FactsVocabulary(Sample.vocabulary)
    let error = try #require(throws: Diagnostic.self) {
      try NTriplesReader.readEncoded(bytes: bytes, path: "big.nt", vocabulary: vocabulary)
    }
    #expect(error.message.contains("syntax error"))
    #expect(error.location?.line == 150_003)
  }
}
