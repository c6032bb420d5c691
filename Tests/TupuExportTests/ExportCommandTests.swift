import Foundation
import Testing
import TupuGraph

@testable import TupuExport

/// `tupu export` end to end: the built binary, a store made by `tupu ingest` in a temporary
/// folder, real Graphviz and rapper where installed.
@Suite("tupu export, end to end")
struct ExportCommandTests {
  /// The `tupu` executable beside this test bundle (swift test builds every product).
  static let binary: String? = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("tupu").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }()

  static let noBinary = Comment(rawValue: "needs the built tupu executable (swift build)")

  /// A temporary folder with a store ingested from `facts` written as `fileName`.
  struct Workspace {
    let folder: URL
    var store: String { folder.appendingPathComponent("graph.sqlite").path }

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tupu-export-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ text: String, to name: String) throws -> String {
      try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
      return file(name)
    }

    func tupu(_ arguments: [String]) throws -> ExternalTool.Run {
      let tool = try #require(binary.map { ExternalTool(path: $0) })
      return try tool.run(arguments + ["--db", store])
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  let asserted = SampleGraph.facts.filter { !$0.isDerived }

  @Test(
    "TSV written by the exporter, ingested, exports back byte for byte",
    .enabled(if: binary != nil, noBinary))
  func tsvRoundTrip() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let tsv = TSVWriter(vocabulary: SampleGraph.vocabulary).render(asserted)
    let ingest = try workspace.tupu(["ingest", try workspace.write(tsv, to: "sample.tsv")])
    #expect(ingest.status == 0, "\(ingest.errors)")
    let export = try workspace.tupu(["export", "--format", "tsv"])
    #expect(export.status == 0, "\(export.errors)")
    #expect(export.output == tsv)
  }

  @Test(
    "N-Triples with awkward names, ingested, give the same names back in JSON",
    .enabled(if: binary != nil, noBinary))
  func nTriplesRoundTrip() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let facts = SampleGraph.awkwardFacts
    let nTriples = RDFWriter(
      syntax: .nTriples, naming: try RDFNaming(), vocabulary: SampleGraph.vocabulary
    ).render(facts)
    let ingest = try workspace.tupu(["ingest", try workspace.write(nTriples, to: "awkward.nt")])
    #expect(ingest.status == 0, "\(ingest.errors)")
    let export = try workspace.tupu(["export", "--format", "json"])
    #expect(export.status == 0, "\(export.errors)")
    let objects = try JSONLinesWriterTests.objects(export.output)
    #expect(Set(objects.compactMap { $0["subject"] as? String }) == Set(SampleGraph.awkwardNames))
    #expect(objects.contains { $0["object"] as? String == "书记\"一\"\\\n二" })
    let again = try workspace.tupu(["export", "--format", "ntriples"])
    #expect(again.output == nTriples, "the store gives back the triples it was given")
  }

  @Test(
    "rapper reads the store's N-Triples and Turtle with one triple per stored fact",
    .enabled(if: binary != nil && ExternalTool.isInstalled("rapper"), noBinary),
    arguments: ["ntriples", "turtle"])
  func storeThroughRapper(format: String) throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let tsv = TSVWriter(vocabulary: SampleGraph.vocabulary).render(asserted)
    _ = try workspace.tupu(["ingest", try workspace.write(tsv, to: "sample.tsv")])
    let stats = try workspace.tupu(["stats"])
    func count(_ name: String) throws -> Int {
      try #require(
        stats.output.split(separator: "\n").first { $0.hasPrefix(name + "\t") }
          .flatMap { Int($0.dropFirst(name.count + 1)) })
    }
    // `facts` counts derived ones too (the ontology's rules ran on ingest).
    let (facts, derived) = (try count("facts"), try count("derived"))
    #expect(facts - derived == asserted.count)
    let file = workspace.file("graph.\(format)")
    let rapper = try #require(ExternalTool("rapper"))
    for (options, expected) in [
      ([], facts - derived), (["--derived"], facts),
      // Each asserted fact was read from one line: 4 triples of the statement + 7 of
      // evidence; each derived one gets 4 + its rule.
      (["--evidence"], (facts - derived) * 12),
      (["--derived", "--evidence"], facts * 6 + (facts - derived) * 6),
    ] {
      let export = try workspace.tupu(["export", "--format", format, "-o", file] + options)
      #expect(export.status == 0, "\(export.errors)")
      let run = try rapper.run(["-i", format, "-c", "file://" + file])
      #expect(run.errors.contains("returned \(expected) triples"), "\(options): \(run.errors)")
    }
  }

  @Test(
    "--render draws an SVG with Graphviz; --around keeps a neighbourhood",
    .enabled(if: binary != nil && ExternalTool.isInstalled("dot"), noBinary))
  func render() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let tsv = TSVWriter(vocabulary: SampleGraph.vocabulary).render(asserted)
    _ = try workspace.tupu(["ingest", try workspace.write(tsv, to: "sample.tsv")])
    let svg = workspace.file("around.svg")
    let run = try workspace.tupu(
      ["export", "--around", "颍昌街道", "--depth", "1", "--render", "svg", svg])
    #expect(run.status == 0, "\(run.errors)")
    let picture = String(
      decoding: FileManager.default.contents(atPath: svg) ?? Data(), as: UTF8.self)
    #expect(picture.contains(">颍昌街道</text>"))
    #expect(picture.contains(">许继社区</text>"))
    #expect(!picture.contains(">李朝锋"), "two steps away: not in a depth-1 neighbourhood")
  }

  @Test(
    "--query exports the facts the answers stand on, and nothing else",
    .enabled(if: binary != nil, noBinary))
  func query() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let tsv = TSVWriter(vocabulary: SampleGraph.vocabulary).render(asserted)
    _ = try workspace.tupu(["ingest", try workspace.write(tsv, to: "sample.tsv")])
    let run = try workspace.tupu(
      ["export", "--format", "tsv", "--query", "?c : Community, ?c located-in+ 魏都区"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output == """
        许继社区\ttype\tCommunity
        颍昌街道\ttype\tStreet
        魏都区\ttype\tDistrict

        许继社区\tlocated-in\t颍昌街道
        颍昌街道\tlocated-in\t魏都区

        """)
  }

  @Test(
    "bad requests exit 2, missing things exit 3, each with a message",
    .enabled(if: binary != nil, noBinary),
    arguments: [
      (["export", "--format", "tsv", "--vocabulary"], Int32(2), "--vocabulary is for RDF"),
      (["export", "--format", "json", "--render", "svg", "x.svg"], 2, "--render draws DOT"),
      (["export", "--render", "gif", "x.gif"], 2, "not a picture format"),
      (["export", "--depth", "2"], 2, "--depth needs --around"),
      (["export", "--format", "turtle", "--base", "no base"], 2, "not a usable base IRI"),
      (["export", "--around", "魏都"], 3, "did you mean 魏都区"),
      (["export", "--query", "?x chair ?m"], 2, "chairs"),
    ])
  func badRequests(arguments: [String], status: Int32, message: String) throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let tsv = TSVWriter(vocabulary: SampleGraph.vocabulary).render(asserted)
    _ = try workspace.tupu(["ingest", try workspace.write(tsv, to: "sample.tsv")])
    let run = try workspace.tupu(arguments)
    #expect(run.status == status, "\(run.errors)")
    #expect(run.errors.contains(message), "\(run.errors)")
    #expect(run.output.isEmpty)
  }

  @Test(
    "-o replaces a file whole; a device is written in place, and a full one is an input error",
    .enabled(if: binary != nil, noBinary))
  func outputFile() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let tsv = TSVWriter(vocabulary: SampleGraph.vocabulary).render(asserted)
    _ = try workspace.tupu(["ingest", try workspace.write(tsv, to: "sample.tsv")])
    let target = try workspace.write(String(repeating: "old line\n", count: 1000), to: "out.tsv")
    let run = try workspace.tupu(["export", "-o", target])
    #expect(run.status == 0, "\(run.errors)")
    #expect(FileManager.default.contents(atPath: target) == Data(tsv.utf8))
    #expect(!FileManager.default.fileExists(atPath: target + ".tupu-partial"))
    if FileManager.default.fileExists(atPath: "/dev/full") {
      let full = try workspace.tupu(["export", "-o", "/dev/full"])
      #expect(full.status == 3)
      #expect(full.errors.contains("cannot write /dev/full"))
      let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/full")
      #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial, "still a device")
    }
  }

  @Test("a store that does not exist is an input error", .enabled(if: binary != nil, noBinary))
  func missingStore() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let run = try workspace.tupu(["export"])
    #expect(run.status == 3)
    #expect(run.errors.contains("no store at"))
    #expect(!FileManager.default.fileExists(atPath: workspace.store), "export creates nothing")
  }
}
