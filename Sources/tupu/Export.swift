import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuExport
import TupuGraph
import TupuOntology
import TupuQuery
import TupuStore

extension ExportFormat: ExpressibleByArgument {}

/// `tupu export`: the graph, or a part of it, as a picture or for other tools.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the graph as Graphviz DOT, RDF (N-Triples, Turtle), TSV or JSON Lines.",
    discussion: """
      TSV is the shared gold format (`tupu ingest` reads it back); JSON Lines carry each \
      fact's evidence; RDF loads into Oxigraph, Apache Jena or Virtuoso.

      Examples:
        tupu export --format turtle --vocabulary -o graph.ttl
        tupu export --around 王建国 --depth 2 --render svg graph.svg
        tupu export --query '王建国 chairs ?m, ?m reviews ?p' --render m.png
        tupu export --format json --derived | jq -r .subject
      """)

  @OptionGroup var options: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "The output format.", discussion: "Default: tsv, or dot with --render.",
      valueName: "format"))
  var format: ExportFormat?

  @Flag(help: "Include facts derived by inference rules (dashed in pictures).")
  var derived = false

  @Flag(help: "RDF: add evidence as reified statements. DOT: sentences as edge tooltips.")
  var evidence = false

  @Option(help: ArgumentHelp("RDF: the base IRI of entities.", valueName: "iri"))
  var base = RDFNaming.defaultEntityBase

  @Flag(help: "RDF: add the ontology as an RDFS vocabulary (labels in Chinese and English).")
  var vocabulary = false

  @Flag(help: "DOT: label edges with predicate ids (chairs) instead of Chinese labels (主持).")
  var predicateIds = false

  @Option(help: ArgumentHelp("Only the neighbourhood of this entity.", valueName: "name"))
  var around: String?

  @Option(
    help: ArgumentHelp(
      "Only the facts a query's answers stand on (derived ones it used included).",
      valueName: "pattern"))
  var query: String?

  @Option(
    help: ArgumentHelp(
      "Only facts dated in a period: 2023, 2023-06, 2023-06-20 or 2022-01..2023-06 "
        + "(a meeting's date, else its document's).", valueName: "period"))
  var during: String?

  @Option(help: ArgumentHelp("Steps from --around to follow (default 1).", valueName: "n"))
  var depth: Int?

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Draw a picture with Graphviz: `--render svg FILE`, `--render png FILE`, or "
        + "`--render FILE.svg`.", valueName: "format file"))
  var render: [String] = []

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to a file.", valueName: "file"))
  var output: String?

  func run() throws {
    let picture = try pictureRequest()
    let chosen = format ?? (picture == nil ? .tsv : .dot)
    try checkUsage(format: chosen, picture: picture)

    let path = options.storePath
    guard FileManager.default.fileExists(atPath: path) else {
      throw report(
        [
          Diagnostic(
            "no store at \(path)", at: SourceLocation(source: path, line: 0),
            hint: "run `tupu ingest FILE|DIR…` first, or pass the store with --db")
        ], exit: ExitStatus.input)
    }
    let words = try loadVocabulary(required: vocabulary)
    var facts = try withDiagnostics {
      try GraphStore.reading(path: path).facts(includeDerived: derived || query != nil)
        .map(\.factWithDocument)
    }
    if let query {
      facts = try answerSubgraph(of: query, in: facts)
    }
    if let during {
      guard let period = DatePeriod(during: during) else {
        throw usage("--during takes a period: 2023, 2023-06, 2023-06-20 or 2022-01..2023-06")
      }
      facts = DatedSubgraph(facts).during(period)
    }
    if let around {
      facts = try neighbourhood(of: around, in: facts)
    }

    var exportOptions = ExportOptions(format: chosen)
    exportOptions.includeDerived = derived || query != nil
    exportOptions.includeEvidence = evidence
    exportOptions.includeVocabulary = vocabulary
    exportOptions.entityBase = base
    exportOptions.edgeLabels = predicateIds ? .ids : .chinese
    let exporter = try withDiagnostics(exit: ExitStatus.usage) {
      try Exporter(options: exportOptions, vocabulary: words)
    }

    if let picture {
      let renderer = try withDiagnostics { try GraphvizRenderer() }
      try withDiagnostics {
        try renderer.render(exporter.render(facts), as: picture.0, to: picture.1)
      }
      if let output { try write(exporter, facts, to: output) }
      return
    }
    if let output {
      try write(exporter, facts, to: output)
    } else {
      var stdout = BufferedOutput(.standardOutput)
      exporter.write(facts, to: &stdout)
      stdout.flush()
      if let failure = stdout.failure { throw report([failure.diagnostic], exit: ExitStatus.input) }
    }
  }

  /// `--render svg FILE`, `--render FILE.svg`: the picture format and file, or nil.
  private func pictureRequest() throws -> (GraphvizRenderer.PictureFormat, String)? {
    switch render.count {
    case 0: return nil
    case 1:
      let file = render[0]
      let suffix = (file as NSString).pathExtension.lowercased()
      guard let format = GraphvizRenderer.PictureFormat(rawValue: suffix) else {
        throw usage(
          "--render needs a picture format: `--render svg FILE` or a file ending in .svg or .png")
      }
      return (format, file)
    case 2:
      guard let format = GraphvizRenderer.PictureFormat(rawValue: render[0].lowercased()) else {
        throw usage("'\(render[0])' is not a picture format: use svg or png")
      }
      return (format, render[1])
    default:
      throw usage("--render takes a format and a file: `--render svg graph.svg`")
    }
  }

  private func checkUsage(
    format: ExportFormat, picture: (GraphvizRenderer.PictureFormat, String)?
  ) throws {
    if picture != nil, format != .dot {
      throw usage("--render draws DOT: leave out --format \(format.rawValue) or use --format dot")
    }
    let rdf = format == .ntriples || format == .turtle
    if vocabulary, !rdf {
      throw usage("--vocabulary is for RDF: add --format turtle or --format ntriples")
    }
    if base != RDFNaming.defaultEntityBase, !rdf {
      throw usage("--base is for RDF: add --format turtle or --format ntriples")
    }
    if predicateIds, format != .dot { throw usage("--predicate-ids is for DOT: add --format dot") }
    if depth != nil, around == nil { throw usage("--depth needs --around NAME") }
    if let depth, depth < 0 { throw usage("--depth must be 0 or more") }
  }

  /// The facts the answers of `pattern` stand on; a failing query reports as `tupu query` does.
  private func answerSubgraph(of pattern: String, in facts: [Fact]) throws -> [Fact] {
    let session = try withDiagnostics {
      try QueryCommandSupport.openSession(options, asserted: false)
    }
    switch session.run(pattern, source: "--query") {
    case .rows(let table, let notes):
      QueryCommandSupport.printDiagnostics(notes)
      guard let plan = session.lastPlan else { return [] }
      let usable = plan.assertedOnly ? facts.filter { !$0.isDerived } : facts
      return usable.matching(plan, answers: table)
    case .assertion:
      throw usage("--query takes a query, not an assertion: leave out `assert`")
    case .failure(let failure):
      throw report(
        [failure.diagnostic], exit: ExitCode(failure.exitStatus))
    }
  }

  private func neighbourhood(of name: String, in facts: [Fact]) throws -> [Fact] {
    let part = facts.neighbourhood(of: name, depth: depth ?? 1)
    guard part.isEmpty else { return part }
    var names = Set(facts.map(\.subject))
    for fact in facts { if case .entity(let object) = fact.object { names.insert(object) } }
    var problem = Diagnostic("the graph has no entity named \(name)")
    problem.hint =
      Suggestions.nearest(to: name, in: names.sorted()).isEmpty
      ? "`tupu query '?x : ?class'` lists what it has; names are canonical (魏都区, not 魏都)"
      : "did you mean " + Suggestions.nearest(to: name, in: names.sorted()).joined(separator: ", ")
        + "?"
    throw report([problem], exit: ExitStatus.input)
  }

  /// Writes the export to `path`: a regular file through a temporary file renamed over it, so a
  /// failure leaves no half file; anything else (`/dev/stdout`, a pipe, a device) directly.
  /// Every write and the close are checked.
  private func write(_ exporter: Exporter, _ facts: [Fact], to path: String) throws {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let isRegular = attributes.map { $0[.type] as? FileAttributeType == .typeRegular } ?? true
    let target = isRegular ? path + ".tupu-partial" : path
    do throws(OutputFailure) {
      let channel = try OutputChannel.create(target)
      var file = BufferedOutput(OutputChannel(descriptor: channel.descriptor, name: path))
      exporter.write(facts, to: &file)
      file.flush()
      let closed = Result { () throws(OutputFailure) in try channel.close() }
      if let failure = file.failure { throw failure }
      try closed.get()
      // NB: rename(2) replaces `path` in one step, whether or not it exists.
      if isRegular, rename(target, path) != 0 { throw OutputFailure(name: path, code: errno) }
    } catch {
      if isRegular { try? FileManager.default.removeItem(atPath: target) }
      let failure = OutputFailure(name: path, reason: error.reason)
      throw report([failure.diagnostic], exit: ExitStatus.input)
    }
  }

  /// The ontology's vocabulary, for Chinese labels and the class hierarchy; when no ontology
  /// loads and none was named, the classes the store holds (labels are then ids), as
  /// `tupu query` does. `--vocabulary` needs the ontology itself.
  private func loadVocabulary(required: Bool) throws -> Vocabulary {
    do {
      return try Ontology.load(named: options.ontology).vocabulary
    } catch let error as DiagnosticConvertible {
      if required || options.ontology != nil {
        throw report([error.diagnostic], exit: ExitStatus.input)
      }
      return try withDiagnostics { try QueryEngine(path: options.storePath).storedVocabulary() }
    }
  }

  private func usage(_ message: String) -> ExitCode {
    report([Diagnostic(message, hint: "see `tupu export --help`")], exit: ExitStatus.usage)
  }
}

extension StoredFact {
  /// The fact with its evidence naming the document it was read from.
  var factWithDocument: Fact {
    var copy = fact
    if let documentPath { copy.evidence?.document = documentPath }
    return copy
  }
}

/// A file (or standard output) written in 64 KB pieces: an export of a million facts should not
/// make a write call per line, nor hold the whole text in memory.
struct BufferedOutput: TextOutputStream {
  private let channel: OutputChannel
  private var buffer: [UInt8] = []
  /// The first write that failed (a full disk): reported once the export is done.
  private(set) var failure: OutputFailure?

  init(_ channel: OutputChannel) { self.channel = channel }

  mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    guard !buffer.isEmpty, failure == nil else { return }
    do {
      try channel.write(bytes: &buffer)
    } catch {
      failure = error
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
