import Testing
import TupuDiagnostics
import TupuGraph

@testable import TupuExport

@Suite("RDF: N-Triples and Turtle")
struct RDFWriterTests {
  static let rapperMissing = "needs rapper (apt-get install raptor2-utils)"

  func writer(
    _ syntax: RDFWriter.Syntax, derived: Bool = false, evidence: Bool = false,
    vocabulary: Bool = false
  ) throws -> RDFWriter {
    RDFWriter(
      syntax: syntax, naming: try RDFNaming(), vocabulary: SampleGraph.vocabulary,
      includeDerived: derived, includeEvidence: evidence, includeVocabulary: vocabulary)
  }

  @Test("entity names are percent-encoded UTF-8 under the base and decode back")
  func naming() throws {
    let naming = try RDFNaming()
    #expect(naming.entityIRI("魏都区") == "https://tupu.dev/entity/%E9%AD%8F%E9%83%BD%E5%8C%BA")
    #expect(naming.entityIRI("Road-7_a.b~c d") == "https://tupu.dev/entity/Road-7_a.b~c%20d")
    #expect(naming.ontologyIRI("located-in") == "https://tupu.dev/ontology/located-in")
    for name in SampleGraph.awkwardNames + ["魏都区", ""] {
      #expect(naming.entityName(ofIRI: naming.entityIRI(name)) == name)
    }
    #expect(naming.entityName(ofIRI: "https://example.org/x") == nil)
    #expect(naming.entityIRI("..") == "https://tupu.dev/entity/%2E%2E", "not a dot segment")
    let other = try RDFNaming(entityBase: "urn:tupu:")
    #expect(other.entityIRI("区") == "urn:tupu:%E5%8C%BA")
  }

  @Test(
    "a base that is not an absolute IRI is refused",
    arguments: ["", "tupu/entity/", "http://a b/", "http://x/<y>", "1http://x/"])
  func badBase(base: String) {
    #expect(throws: Diagnostic.self) { try RDFNaming(entityBase: base) }
  }

  @Test("the sample graph gives the golden N-Triples and Turtle")
  func golden() throws {
    try Golden.check(try writer(.nTriples).render(SampleGraph.facts), against: "sample.nt")
    try Golden.check(try writer(.turtle).render(SampleGraph.facts), against: "sample.ttl")
    try Golden.check(
      try writer(.turtle, derived: true, evidence: true).render(SampleGraph.facts),
      against: "sample-evidence.ttl")
  }

  @Test("the vocabulary is written as RDFS with Chinese and English labels")
  func vocabulary() throws {
    let text = try writer(.turtle, vocabulary: true).render([])
    #expect(text.contains("tupu:Official a rdfs:Class ;\n    rdfs:subClassOf tupu:Person ;"))
    #expect(text.contains("rdfs:label \"官员\"@zh ,\n        \"Official\"@en"))
    #expect(text.contains("tupu:located-in a rdf:Property ;"))
    #expect(text.contains("\"位于\"@zh ,\n        \"located in\"@en"))
    #expect(text.contains("tupu:title a rdf:Property ;"))
    #expect(text.contains("rdfs:range rdfs:Literal"))
    #expect(!text.contains("tupu:type "), "type is rdf:type, not a property of its own")
    try Golden.check(text, against: "vocabulary.ttl")
  }

  @Test("one triple per fact; evidence adds a reified statement each")
  func counts() throws {
    let asserted = SampleGraph.facts.filter { !$0.isDerived }
    #expect(try writer(.nTriples).tripleCount(SampleGraph.facts) == asserted.count)
    let lines = try writer(.nTriples).render(SampleGraph.facts).split(separator: "\n")
    #expect(lines.count == asserted.count)
    // 4 rdf:Statement triples + 7 evidence triples per piece of evidence; a derived fact has
    // 4 + its rule.
    let withEvidence = try writer(.nTriples, derived: true, evidence: true)
    #expect(
      withEvidence.tripleCount(SampleGraph.facts)
        == SampleGraph.facts.count + asserted.count * 11 + 1 * 5)
  }

  @Test(
    "rapper reads N-Triples and Turtle back with as many triples as were written",
    .enabled(if: ExternalTool.isInstalled("rapper"), Comment(rawValue: rapperMissing)),
    arguments: [false, true])
  func rapperCounts(everything: Bool) throws {
    let rapper = try #require(ExternalTool("rapper"))
    for facts in [SampleGraph.facts, SampleGraph.awkwardFacts] {
      let nTriples = try writer(
        .nTriples, derived: everything, evidence: everything, vocabulary: everything)
      let turtle = try writer(
        .turtle, derived: everything, evidence: everything, vocabulary: everything)
      let expected = nTriples.tripleCount(facts)
      #expect(turtle.tripleCount(facts) == expected)
      let written = try NTriplesLines.parse(nTriples.render(facts)).sorted()
      for (syntax, text) in [
        ("ntriples", nTriples.render(facts)), ("turtle", turtle.render(facts)),
      ] {
        let run = try rapper.run(
          ["-i", syntax, "-o", "ntriples", "-", "https://tupu.dev/"], input: text)
        #expect(run.status == 0, "rapper failed on \(syntax): \(run.errors)")
        #expect(run.errors.contains("returned \(expected) triples"), "\(syntax): \(run.errors)")
        #expect(!run.errors.contains("Warning") && !run.errors.contains("Error"), "\(run.errors)")
        let parsed = try NTriplesLines.parse(run.output).sorted()
        #expect(parsed.count == expected)
        let lost = written.filter { !parsed.contains($0) }
        let gained = parsed.filter { !written.contains($0) }
        #expect(
          lost.isEmpty && gained.isEmpty, "\(syntax) read back: lost \(lost), gained \(gained)")
        #expect(parsed == written)
      }
    }
  }

  @Test(
    "names with quotes, backslashes, brackets and line breaks survive a real parser",
    .enabled(if: ExternalTool.isInstalled("rapper"), Comment(rawValue: rapperMissing)),
    arguments: RDFWriter.Syntax.allCases)
  func awkwardNames(syntax: RDFWriter.Syntax) throws {
    let rapper = try #require(ExternalTool("rapper"))
    let naming = try RDFNaming()
    let text = try writer(syntax, evidence: true).render(SampleGraph.awkwardFacts)
    let run = try rapper.run(
      ["-i", syntax.rawValue, "-o", "ntriples", "-", "https://tupu.dev/"], input: text)
    #expect(run.status == 0, "\(run.errors)")
    let triples = try NTriplesLines.parse(run.output)
    var names = Set<String>()
    var literals = Set<String>()
    for triple in triples {
      if case .iri(let iri) = triple.subject, let name = naming.entityName(ofIRI: iri) {
        names.insert(name)
      }
      if case .literal(let text, _) = triple.object { literals.insert(text) }
    }
    #expect(names == Set(SampleGraph.awkwardNames))
    #expect(literals.contains("书记\"一\"\\\n二"))
    #expect(literals.contains("dir/with \"quote\".txt"))
    #expect(literals.contains("原文\"第一行\n第二行\"\n第二行"))
  }

  @Test("Turtle abbreviates only names that are valid local names")
  func localNames() {
    #expect(RDFWriter.isSimpleLocalName("%E9%AD%8F"))
    #expect(RDFWriter.isSimpleLocalName("located-in"))
    #expect(!RDFWriter.isSimpleLocalName("-x"))
    #expect(!RDFWriter.isSimpleLocalName(""))
    #expect(!RDFWriter.isSimpleLocalName("a~b"))
    #expect(!RDFWriter.isSimpleLocalName("a."))
    #expect(!RDFWriter.isSimpleLocalName("%E9%A"))
  }
}
