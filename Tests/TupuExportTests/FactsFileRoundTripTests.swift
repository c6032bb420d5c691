import Testing
import TupuGraph

@testable import TupuExport

/// What the exporters write, the facts-file readers read back to the same facts.
@Suite("Export then ingest: the same facts")
struct FactsFileRoundTripTests {
  static let names =
    SampleGraph.awkwardNames + ["\\#", "#", "a\\|b|c", "...", ".", "%2E", "会议\r\n", "魏都区"]

  /// Each name a Community located in the next; one literal post that is awkward too.
  static var facts: [Fact] {
    var facts: [Fact] = []
    for (number, name) in names.enumerated() {
      facts.append(Fact(name, "type", .classRef("Community")))
      facts.append(Fact(name, "located-in", .entity(names[(number + 1) % names.count])))
    }
    facts.append(Fact(names[0], "title", .literal("书记\"一\"\\\n二|#\t")))
    return facts
  }

  static func triples(_ facts: [Fact]) -> Set<String> {
    Set(facts.map { "\($0.subject)\u{1}\($0.predicate)\u{1}\($0.object)" })
  }

  @Test("TSV writer → TSV reader gives every awkward name back")
  func tsv() throws {
    let text = TSVWriter(vocabulary: SampleGraph.vocabulary).render(Self.facts)
    let graph = try TSVFactsReader.read(bytes: Array(text.utf8), path: "x.tsv")
    #expect(Self.triples(graph.facts) == Self.triples(Self.facts))
  }

  @Test(
    "N-Triples writer → reader gives the plain facts, with or without evidence and vocabulary",
    arguments: [(false, false), (true, false), (false, true), (true, true)])
  func nTriples(evidence: Bool, vocabulary: Bool) throws {
    let facts = SampleGraph.awkwardFacts + Self.facts
    let writer = RDFWriter(
      syntax: .nTriples, naming: try RDFNaming(), vocabulary: SampleGraph.vocabulary,
      includeEvidence: evidence, includeVocabulary: vocabulary)
    let text = writer.render(facts)
    let (graph, skipped) = try NTriplesReader.readCountingSkipped(
      bytes: Array(text.utf8), path: "x.nt")
    #expect(Self.triples(graph.facts) == Self.triples(facts))
    #expect(graph.facts.count + skipped == writer.tripleCount(facts))
    #expect((skipped > 0) == (evidence || vocabulary))
    #expect(!graph.facts.contains { $0.object.text.hasPrefix("http") })
  }

  @Test("names made of dots are `%2E…` from both the exporter and TupuIRI")
  func dots() throws {
    let naming = try RDFNaming()
    for name in [".", "..", "..."] {
      #expect(naming.entityIRI(name) == TupuIRI.entity(name))
      #expect(!TupuIRI.entity(name).hasSuffix("."))
      #expect(TupuIRI.name(of: TupuIRI.entity(name)) == name)
    }
  }
}
