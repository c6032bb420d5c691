import Foundation
import Testing
import TupuDiagnostics
import TupuGraph

@testable import TupuExport

@Suite("One entry point for every format, and pictures through Graphviz")
struct ExporterTests {
  @Test("each format name picks its writer", arguments: ExportFormat.allCases)
  func formats(format: ExportFormat) throws {
    let text = try Exporter(
      options: ExportOptions(format: format), vocabulary: SampleGraph.vocabulary
    )
    .render(SampleGraph.facts)
    let expected: String
    switch format {
    case .dot: expected = DOTWriter(vocabulary: SampleGraph.vocabulary).render(SampleGraph.facts)
    case .ntriples, .turtle:
      expected = RDFWriter(
        syntax: format == .turtle ? .turtle : .nTriples, naming: try RDFNaming(),
        vocabulary: SampleGraph.vocabulary
      ).render(SampleGraph.facts)
    case .tsv: expected = TSVWriter(vocabulary: SampleGraph.vocabulary).render(SampleGraph.facts)
    case .json: expected = JSONLinesWriter().render(SampleGraph.facts)
    }
    #expect(text == expected)
    #expect(!text.isEmpty)
  }

  @Test("options reach the writers: derived, evidence, vocabulary, base, edge labels")
  func options() throws {
    var options = ExportOptions(format: .ntriples)
    options.includeDerived = true
    options.includeEvidence = true
    options.includeVocabulary = true
    options.entityBase = "http://example.org/e/"
    let text = try Exporter(options: options, vocabulary: SampleGraph.vocabulary)
      .render(SampleGraph.facts)
    #expect(text.contains("<http://example.org/e/%E6%9D%8E%E6%9C%9D%E9%94%8B>"))
    #expect(text.contains("rdf-syntax-ns#Statement>"))
    #expect(text.contains("\"官员\"@zh"))
    #expect(text.contains("\"chair-reviews\""))
    var dot = ExportOptions(format: .dot)
    dot.edgeLabels = .ids
    let picture = try Exporter(options: dot, vocabulary: SampleGraph.vocabulary)
      .render(SampleGraph.facts)
    #expect(picture.contains("[label=\"chairs\"]"))
  }

  @Test("a bad base IRI is refused with a hint")
  func badBase() {
    var options = ExportOptions(format: .turtle)
    options.entityBase = "not an iri"
    #expect {
      try Exporter(options: options, vocabulary: SampleGraph.vocabulary)
    } throws: { error in
      (error as? Diagnostic)?.hint?.contains("absolute IRI") == true
    }
  }

  @Test("without Graphviz the renderer says how to install it")
  func missingGraphviz() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-no-dot-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    #expect {
      try GraphvizRenderer(searchPath: empty.path)
    } throws: { error in
      let diagnostic = error as? Diagnostic
      return diagnostic?.message.contains("not installed") == true
        && diagnostic?.hint?.contains("apt-get install graphviz") == true
    }
  }

  @Test(
    "with Graphviz the renderer writes an SVG and a PNG of the graph",
    .enabled(if: ExternalTool.isInstalled("dot"), "needs Graphviz dot (apt-get install graphviz)"),
    arguments: GraphvizRenderer.PictureFormat.allCases)
  func render(format: GraphvizRenderer.PictureFormat) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("graph.\(format.rawValue)").path
    let dot = DOTWriter(vocabulary: SampleGraph.vocabulary).render(SampleGraph.facts)
    try GraphvizRenderer().render(dot, as: format, to: file)
    let bytes = try #require(FileManager.default.contents(atPath: file))
    switch format {
    case .svg: #expect(String(decoding: bytes, as: UTF8.self).contains("魏都区"))
    case .png: #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
  }

  @Test(
    "Graphviz's complaint about an unwritable file becomes the error",
    .enabled(if: ExternalTool.isInstalled("dot"), "needs Graphviz dot (apt-get install graphviz)"))
  func renderFailure() throws {
    let dot = DOTWriter(vocabulary: SampleGraph.vocabulary).render(SampleGraph.facts)
    #expect(throws: Diagnostic.self) {
      try GraphvizRenderer().render(dot, as: .svg, to: "/nonexistent-folder/graph.svg")
    }
  }
}
