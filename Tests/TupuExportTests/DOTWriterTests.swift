import Foundation
import Testing
import TupuGraph

@testable import TupuExport

@Suite("Graphviz DOT pictures")
struct DOTWriterTests {
  static let dotMissing = "needs Graphviz dot (apt-get install graphviz)"
  let writer = DOTWriter(vocabulary: SampleGraph.vocabulary, includeDerived: true)

  @Test("the sample graph gives the golden DOT")
  func golden() throws {
    try Golden.check(writer.render(SampleGraph.facts), against: "sample.dot")
    let ids = DOTWriter(vocabulary: SampleGraph.vocabulary, edgeLabels: .ids)
    try Golden.check(ids.render(SampleGraph.facts), against: "sample-ids.dot")
  }

  @Test("type facts style nodes instead of drawing edges; posts sit under the name")
  func nodes() {
    let text = writer.render(SampleGraph.facts)
    #expect(!text.contains("  \"Official\" ["), "no node for a class outside the legend")
    #expect(!text.contains("-> \"Official\""))
    #expect(text.contains("\"李朝锋\" [label=\"李朝锋\\n区委书记\", shape=ellipse"))
    #expect(text.contains("\"魏都区\" [label=\"魏都区\", shape=octagon"))
    #expect(text.contains("\"李朝锋\" -> \"\(SampleGraph.meeting)\" [label=\"主持\"]"))
  }

  @Test("derived facts are dashed, and only drawn when asked for")
  func derived() {
    let text = writer.render(SampleGraph.facts)
    #expect(text.contains("\"李朝锋\" -> \"微光夜视\" [label=\"听取汇报\", style=dashed"))
    let asserted = DOTWriter(vocabulary: SampleGraph.vocabulary).render(SampleGraph.facts)
    #expect(!asserted.contains("style=dashed"))
    #expect(!asserted.contains("\"李朝锋\" -> \"微光夜视\""))
  }

  @Test("the legend shows each class present once, in Chinese and English")
  func legend() {
    let text = writer.render(SampleGraph.facts)
    #expect(text.contains("subgraph cluster_legend"))
    #expect(text.contains("\"legend:Official\" [label=\"官员\\nOfficial\", shape=ellipse"))
    #expect(!text.contains("legend:Road"))
    #expect(text.contains("推理得出 derived"))
  }

  @Test("with evidence, each asserted edge carries its sentence as a tooltip")
  func evidenceTooltips() {
    let text = DOTWriter(vocabulary: SampleGraph.vocabulary, includeEvidence: true)
      .render(SampleGraph.facts)
    #expect(text.contains("[label=\"主持\", tooltip=\"4月13日，区委书记李朝锋主持召开"))
    #expect(!writer.render(SampleGraph.facts).contains("tooltip=\"4月13日"))
  }

  @Test("fonts name a CJK face first, with fallbacks")
  func fonts() {
    let text = writer.render(SampleGraph.facts)
    #expect(text.contains("fontname=\"Noto Sans CJK SC,"))
    #expect(text.contains("charset=\"UTF-8\""))
  }

  @Test("the same facts in any order give the same bytes")
  func stableOrder() {
    #expect(writer.render(SampleGraph.facts.shuffled()) == writer.render(SampleGraph.facts))
  }

  @Test(
    "dot -Tsvg renders the output with nothing on stderr",
    .enabled(if: ExternalTool.isInstalled("dot"), Comment(rawValue: dotMissing)),
    arguments: [false, true])
  func graphvizAccepts(awkward: Bool) throws {
    let dot = try #require(ExternalTool("dot"))
    let facts = awkward ? SampleGraph.awkwardFacts + SampleGraph.facts : SampleGraph.facts
    let run = try dot.run(["-Tsvg"], input: writer.render(facts))
    #expect(run.status == 0)
    #expect(run.errors.isEmpty, "dot said: \(run.errors)")
    #expect(run.output.contains("<svg"))
    #expect(run.output.contains(">魏都区</text>"))
  }

  @Test(
    "names with quotes, backslashes, brackets and line breaks are drawn as written",
    .enabled(if: ExternalTool.isInstalled("dot"), Comment(rawValue: dotMissing)))
  func awkwardNames() throws {
    let dot = try #require(ExternalTool("dot"))
    let run = try dot.run(["-Tjson"], input: writer.render(SampleGraph.awkwardFacts))
    #expect(run.errors.isEmpty, "dot said: \(run.errors)")
    let graph = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let objects = try #require(graph["objects"] as? [[String: Any]])
    // A node's drawn label: the text of its label-drawing operations, one per line.
    var drawn: [[String]] = []
    for object in objects where object["nodes"] == nil {
      let operations = (object["_ldraw_"] as? [[String: Any]]) ?? []
      drawn.append(operations.compactMap { $0["text"] as? String })
    }
    for name in SampleGraph.awkwardNames where !name.contains("\t") {
      let lines = name.split(separator: "\n").map(String.init)
      let expected = name == SampleGraph.awkwardNames[0] ? lines + ["书记\"一\"\\", "二"] : lines
      #expect(drawn.contains(expected), "\(name.debugDescription) not drawn as written")
    }
    let nodeCount = objects.filter {
      $0["nodes"] == nil && !(($0["name"] as? String) ?? "").hasPrefix("legend:")
    }.count
    #expect(nodeCount == SampleGraph.awkwardNames.count, "distinct names stay distinct nodes")
  }

  @Test(
    "DOT ids keep distinct names distinct",
    arguments: [
      ("a\"b", "\"a\\\"b\""), ("a\\", "\"a\\\\\""), ("a\nb", "\"a\\nb\""), ("a\\nb", "\"a\\\\nb\""),
      ("x\u{7}", "\"x\\x07\""), ("<b>", "\"<b>\""),
    ])
  func quoting(name: String, quoted: String) {
    #expect(DOTWriter.quoted(name) == quoted)
  }
}

@Suite("Pictures from a vocabulary without labels")
struct UnlabelledVocabularyTests {
  @Test("a vocabulary without Chinese labels (a store's own) labels with ids, never blanks")
  func idsWhenUnlabelled() {
    let bare = Vocabulary(
      classes: SampleGraph.vocabulary.classes.map {
        .init(id: $0.id, label: "", parent: $0.parent)
      },
      predicates: SampleGraph.vocabulary.predicates.map { .init(id: $0.id, label: "") })
    let text = DOTWriter(vocabulary: bare).render(SampleGraph.facts)
    #expect(text.contains("[label=\"chairs\"]"))
    #expect(text.contains("\"legend:Official\" [label=\"Official\""))
    #expect(!text.contains("label=\"\","))
    #expect(!text.contains("tooltip=\"\""))
  }
}
