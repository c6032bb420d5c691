import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuExport
import TupuExtract
import TupuGraph
import TupuOntology
import TupuText

/// `tupu extract FILE|DIR…`: extraction with no store, for batch engines.
struct Extract: ParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl
    case ntriples
  }

  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Write the facts of text files, with their evidence, to standard output.",
    discussion: """
      Needs no store and keeps no state, so a batch engine can run it on parts of a corpus \
      anywhere (GNU parallel, Spark's pipe, a job array); `tupu ingest` reads the .jsonl parts \
      back, each document under its own key, and gives the graph a direct ingest gives:
        tupu extract news/ > news.jsonl && tupu ingest news.jsonl
        ls news/* | parallel -N 100 tupu extract {} '>' part{#}.jsonl
      jsonl: per document a line {"document":KEY,"path":…,"facts":N}, then N fact lines with \
      their evidence. ntriples: the facts as RDF, evidence as reified statements. Folders are \
      walked in sorted order; facts files (.tsv, .nt, .jsonl) are skipped.
      """)

  @Argument(help: ArgumentHelp("Text files or folders to read.", valueName: "file-or-folder"))
  var paths: [String] = []

  @Option(
    name: .customLong("files-from"),
    help: ArgumentHelp(
      "Also read the paths to extract from this file, one a line (- for standard input, as "
        + "Spark's pipe gives them).", valueName: "file"))
  var filesFrom: String?

  @Option(help: "jsonl (default) or ntriples.")
  var format: Format = .jsonl

  @Option(
    name: .long,
    help: ArgumentHelp("An ontology folder to use instead of the built-in one.", valueName: "dir"))
  var ontology: String?

  @Option(
    help: ArgumentHelp("Files read and extracted at once (default: every core).", valueName: "n"))
  var jobs: Int?

  /// Bytes of a text file read at a time (tests make it small to read small files in parts).
  @Option(name: .customLong("part-bytes"), help: .hidden)
  var partBytes = 4 << 20

  func validate() throws {
    if paths.isEmpty && filesFrom == nil {
      throw ValidationError("give the text files or folders to read (or --files-from -)")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of files, 1 or more") }
  }

  func run() throws {
    var problems: [Diagnostic] = []
    var paths = self.paths
    if let filesFrom {
      let data =
        filesFrom == "-"
        ? FileHandle.standardInput.readDataToEndOfFile()
        : FileManager.default.contents(atPath: filesFrom)
      guard let data else {
        throw report(
          [Diagnostic("cannot read the list of files \(filesFrom)", hint: "check the path")],
          exit: ExitStatus.input)
      }
      paths += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        .map(String.init).filter { !$0.isEmpty }
    }
    var skipped = IngestInputs.Skipped()
    let inputs = IngestInputs.collect(paths, problems: &problems, skipped: &skipped)
      .filter { $0.kind == .text }
    let loaded: Ontology
    do {
      loaded = try Ontology.load(named: ontology)
    } catch let error as OntologyError {
      throw report(error.diagnostics, exit: ExitStatus.input)
    }
    let extractor = Extractor(ontology: loaded)
    let writer = try withDiagnostics {
      try RDFWriter(
        syntax: .nTriples, naming: RDFNaming(), vocabulary: loaded.vocabulary,
        includeEvidence: true)
    }
    let partBytes = self.partBytes
    let work = OrderedWork(
      count: inputs.count, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount
    ) { index in
      IngestRead.read(inputs[index], extractor: extractor, vocabulary: nil, partBytes: partBytes)
    }
    defer { work.stop() }
    var index = -1
    while let read = work.next() {
      index += 1
      switch read {
      case .nothing: continue
      case .problems(let found): problems += found
      case .content(let documents, _):
        for case .graph(let graph) in documents { try emit(graph, writer: writer) }
      case .inParts:
        // A big file, part by part: each part's lines under the same document key, which
        // `tupu ingest` joins again.
        do {
          var parts = try TextPipeline.parts(path: inputs[index].path, partBytes: partBytes)
          while let part = try parts.next() {
            var graph = extractor.extract(part)
            graph.document.contentHash = DocumentFacts.key(
              graph.document.contentHash, readAs: part.format)
            try emit(graph, writer: writer)
          }
        } catch let error as DiagnosticConvertible {
          problems.append(error.diagnostic)
        }
      }
    }
    if !problems.isEmpty { throw report(problems, exit: ExitStatus.input) }
  }

  private func emit(_ graph: DocumentGraph, writer: RDFWriter) throws {
    let text: String
    switch format {
    case .jsonl: text = JSONLFacts.lines(of: graph)
    case .ntriples:
      text = writer.render(
        graph.facts.map { fact in
          var fact = fact
          fact.evidence?.document = graph.document.path
          return fact
        })
    }
    try writeOutput(text)
  }
}
