import Foundation
import Testing
import TupuDiagnostics
import TupuGraph

@Suite("Facts files checked against the ontology's vocabulary")
struct FactsVocabularyTests {
  static let vocabulary = FactsVocabulary(
    Vocabulary(
      classes: [
        .init(id: "Person", label: "人物"), .init(id: "Official", label: "官员", parent: "Person"),
        .init(id: "Meeting", label: "会议"),
      ],
      predicates: [
        .init(id: "chairs", label: "主持会议", aliases: ["主持"]),
        .init(id: "title", label: "职务", literalObject: true),
      ]))

  static func read(_ text: String, as format: FactsFile.Format) throws -> DocumentGraph {
    let checked = try FactsFile.readChecked(
      bytes: Array(text.utf8), path: "f", format: format, vocabulary: vocabulary)
    switch checked.facts {
    case .graph(let graph): return graph
    case .encoded(let encoded): return encoded.decoded()
    }
  }

  @Test("labels and aliases become ids; the evidence keeps the line as written")
  func labelsBecomeIDs() throws {
    let graph = try Self.read("甲\t主持\t会一\n甲\ttype\t官员\n甲\t职务\t区长\n", as: .tsv)
    #expect(
      graph.facts.map { "\($0.subject) \($0.predicate) \($0.object.text)" } == [
        "甲 chairs 会一", "甲 type Official", "甲 title 区长",
      ])
    #expect(graph.facts[0].evidence?.text == "甲\t主持\t会一")
    #expect(graph.facts[2].object == .literal("区长"))
  }

  @Test("every unknown predicate and class is reported once, at its first line and column")
  func unknownNames() throws {
    let text = "甲\tchaired\t乙\n丙\tchaired\t丁\n戊\ttype\tSpaceship\n"
    do {
      _ = try Self.read(text, as: .tsv)
      Issue.record("an unknown predicate was accepted")
    } catch let problems as FactsFileProblems {
      #expect(
        problems.diagnostics.map {
          "\($0.message) @\($0.location?.line ?? 0):\($0.location?.column ?? 0)"
        }
          == [
            "unknown predicate `chaired` @1:3", "unknown class `Spaceship` @3:8",
            "nothing of f was stored @0:0",
          ])
      #expect(problems.diagnostics[0].hint == "did you mean chairs?")
    }
  }

  @Test("N-Triples: ids checked too, broken escapes refused, non-facts counted by reason")
  func nTriples() throws {
    let base = "https://tupu.dev/"
    let good = try FactsFile.readChecked(
      bytes: Array(
        """
        <\(base)entity/%E7%94%B2> <\(base)ontology/chairs> <\(base)entity/b> .
        _:x <\(base)ontology/chairs> <\(base)entity/b> .
        <\(base)entity/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .

        """.utf8), path: "g.nt", format: .ntriples, vocabulary: Self.vocabulary)
    let graph = good.facts.graph
    #expect(graph.facts.map(\.subject) == ["甲"])
    #expect(good.warnings.count == 1)
    #expect(
      good.warnings.first?.message.hasPrefix("skipped 2 triples that are not Tupu facts") == true)
    #expect(good.warnings.first?.location?.line == 2)
    for escape in ["%ZZ", "%E4%B8", "%", "%+5"] {
      #expect(throws: Diagnostic.self) {
        _ = try FactsFile.readChecked(
          bytes: Array(
            "<\(base)entity/\(escape)> <\(base)ontology/chairs> <\(base)entity/b> .\n".utf8),
          path: "h.nt", format: .ntriples, vocabulary: Self.vocabulary)
      }
    }
  }

  @Test("an N-Triples line written as the export writes it is rebuilt from its fact; others kept")
  func nTriplesLines() throws {
    let base = "https://tupu.dev/"
    let lines = [
      "<\(base)entity/%E7%94%B2> <\(base)ontology/chairs> <\(base)entity/b> .",
      "<\(base)entity/a>  <\(base)ontology/chairs> <\(base)entity/b> .",
      "<\(base)entity/a> <\(base)ontology/title> \"x\\ty\" .",
      "<\(base)entity/a> <\(base)ontology/title> \"主任\" .",
    ]
    let read = try NTriplesReader.readEncoded(
      bytes: Array((lines.joined(separator: "\n") + "\n").utf8), path: "g.nt", vocabulary: nil)
    #expect(read.graph.lineTexts.keys.sorted() == [1, 2])
    #expect(read.graph.decoded().facts.map { $0.evidence?.text } == lines)
  }
}
