import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuExtract
import TupuGraph
import TupuOntology
import TupuStore
import TupuText

/// `tupu ingest FILE|DIR…`: reads text and facts files into the store.
struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Build or update the graph from text files and facts files.",
    discussion: """
      Folders are walked in sorted order. The extension decides how a file is read: text \
      (.txt .text .html .htm .pdf) goes through the text pipeline and the extractor; facts \
      (.tsv gold format, .nt N-Triples, .jsonl) are checked against the ontology and stored. \
      Other files in a folder are skipped with a count; named directly they are refused. A \
      file the store already has (same content, read the same way) changes nothing; a changed \
      file replaces what it said before. A summary goes to standard error.
      """)

  @OptionGroup var options: GlobalOptions

  @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "file-or-folder"))
  var paths: [String] = []

  /// Documents per transaction (tests make it small to have many batches).
  @Option(name: .customLong("batch-size"), help: .hidden)
  var batchSize = 256

  @Option(
    help: ArgumentHelp(
      "Files read and extracted at once (default: every core). One writer stores them in "
        + "order, so the graph is the same for any number.", valueName: "n"))
  var jobs: Int?

  /// Bytes of a text file read at a time (tests make it small to read small files in parts).
  @Option(name: .customLong("part-bytes"), help: .hidden)
  var partBytes = 4 << 20

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of files, 1 or more") }
  }

  func run() throws {
    guard !paths.isEmpty else {
      throw report(
        [Diagnostic("no files given", hint: "usage: tupu ingest FILE|DIR…")], exit: ExitStatus.usage
      )
    }
    var problems: [Diagnostic] = []
    var skipped = IngestInputs.Skipped()
    let inputs = IngestInputs.collect(paths, problems: &problems, skipped: &skipped)
    if inputs.isEmpty {
      throw report(problems + (skipped.note.map { [$0] } ?? []), exit: ExitStatus.input)
    }
    if let note = skipped.note { _ = report([note], exit: ExitStatus.input) }
    let progress = ProgressLine()
    let store = try withDiagnostics { try GraphStore(path: options.storePath) }
    let needsOntology = inputs.contains { $0.kind == .text }
    let ontology = try loadOntology(required: needsOntology, problems: &problems)
    if let ontology { try withDiagnostics { try store.setVocabulary(ontology.vocabulary) } }

    var batch: [DocumentFacts] = []
    var batchFacts = 0
    var total = WriteSummary()
    func flush() throws {
      guard !batch.isEmpty else { return }
      let summary = try withDiagnostics { try store.write(batch) }
      total.add(summary)
      batch.removeAll(keepingCapacity: true)
      batchFacts = 0
    }
    IngestInterruption.install()
    var filesLeft = 0
    var filesFailed = 0
    let extractor = ontology.map { Extractor(ontology: $0) }
    let factsVocabulary = ontology.map { FactsVocabulary($0.vocabulary) }
    // NB: left to the process's exit: freeing the ontology's and extractor's tables one
    // allocation at a time cost ~18M instructions a run, for memory the exit gives back.
    KeptUntilExit.keep((ontology, extractor, factsVocabulary))
    let partBytes = self.partBytes
    let jobCount = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    // NB: room for a whole batch and the next: while the writer stores one batch, the readers
    // extract the next instead of waiting for the writer (a window of a few files made
    // storing and extracting take turns). Held facts are bounded as a batch's are.
    let work = OrderedWork(
      count: inputs.count, jobs: jobCount, window: 2 * max(1, batchSize) + 4 * jobCount,
      maxWeight: 2_000_000, weight: { $0.factCount }
    ) { index in
      IngestRead.read(
        inputs[index], extractor: extractor, vocabulary: factsVocabulary, partBytes: partBytes)
    }
    defer { work.stop() }
    var index = -1
    reading: while let read = work.next() {
      index += 1
      if IngestInterruption.wasRequested {
        filesLeft = inputs.count - index
        break
      }
      let input = inputs[index]
      progress.show("[\(index + 1)/\(inputs.count)] \(input.path)")
      switch read {
      case .nothing:
        continue
      case .problems(let found):
        filesFailed += 1
        problems += found
      case .inParts:
        guard let extractor else { continue }
        // A big file is written on its own, part by part, in one transaction.
        try flush()
        do {
          var parts = try TextPipeline.parts(path: input.path, partBytes: partBytes)
          total.add(try writeParts(&parts, extractor: extractor, to: store))
        } catch let error as DiagnosticConvertible {
          filesFailed += 1
          problems += everyDiagnostic(of: error)
        } catch is IngestInterruption.Requested {
          filesLeft = inputs.count - index
          break reading
        }
      case .content(let documents, let warnings):
        _ = report(warnings, exit: ExitStatus.input)
        for content in documents {
          batch.append(content)
          batchFacts += content.factCount
          // Bounded batches keep memory flat on big corpora; each is one transaction.
          if batch.count >= max(1, batchSize) || batchFacts >= 2_000_000 { try flush() }
        }
      }
    }
    try flush()
    let summary =
      "\(total.documentsWritten) document(s) written (\(total.documentsReplaced) replaced, "
      + "\(total.documentsUnchanged) unchanged); \(total.factsAdded) new fact(s), "
      + "\(total.factsRemoved) removed, \(total.derivedFacts) derived"
      + (filesFailed > 0 ? "; \(filesFailed) file(s) failed" : "")
    if IngestInterruption.wasRequested {
      progress.finish("")
      problems.append(
        Diagnostic(
          "interrupted: stored what was read before Ctrl-C — \(summary); "
            + "\(filesLeft) file(s) not read",
          hint: "run the same command again to read the rest (stored files are skipped)"))
      _ = report(problems, exit: ExitStatus.input)
      throw ExitCode(130)
    }
    progress.finish("")
    let status = problems.isEmpty ? nil : report(problems, exit: ExitStatus.input)
    // NB: always, not only on a terminal, and last: a piped run must say what was stored and
    // what failed.
    writeError("ingest: " + summary + "\n")
    if let status { throw status }
  }

  /// Extracts a big text file part by part into one streaming write: memory holds one part
  /// and its facts, not the file. Ctrl-C abandons the file (its transaction rolls back).
  private func writeParts(_ parts: inout TextParts, extractor: Extractor, to store: GraphStore)
    throws -> WriteSummary
  {
    /// A part that cannot be read: a problem of this file, not of the store.
    struct UnreadablePart: Error { var diagnostic: Diagnostic }

    guard let first = try parts.next() else { return WriteSummary() }
    var head = extractor.extract(first)
    head.document.contentHash = DocumentFacts.key(head.document.contentHash, readAs: first.format)
    var pending: DocumentGraph? = head
    do {
      return try withDiagnostics {
        try store.write(streaming: head.document) {
          if IngestInterruption.wasRequested { throw IngestInterruption.Requested() }
          if let graph = pending {
            pending = nil
            return graph.facts
          }
          do {
            return try parts.next().map { extractor.extract($0).facts }
          } catch let problem as Diagnostic {
            throw UnreadablePart(diagnostic: problem)
          }
        }
      }
    } catch let failure as UnreadablePart {
      throw failure.diagnostic
    }
  }

  /// The ontology, or nil when it cannot be loaded and only facts files need storing (then a
  /// warning says what is missing).
  private func loadOntology(required: Bool, problems: inout [Diagnostic]) throws -> Ontology? {
    do {
      return try Ontology.load(named: options.ontology)
    } catch let error as DiagnosticConvertible {
      // An ontology the person named must load; the built-in one may be absent for facts files.
      if options.ontology != nil {
        throw report(everyDiagnostic(of: error), exit: ExitStatus.input)
      }
      if required {
        problems.append(Self.textNeedsOntology(error.diagnostic))
      } else {
        warnWithoutOntology(error.diagnostic)
      }
      return nil
    }
  }

  /// The ontology's problem, worded for the text files that could not be read because of it.
  private static func textNeedsOntology(_ cause: Diagnostic) -> Diagnostic {
    var diagnostic = cause
    diagnostic.message = "text files were not read: \(cause.message)"
    return diagnostic
  }

  private func warnWithoutOntology(_ cause: Diagnostic) {
    var warning = Diagnostic(
      "the ontology could not be loaded (\(cause.message)); facts files are stored without "
        + "class hierarchy or inference rules", severity: .warning)
    warning.hint = cause.hint
    _ = report([warning], exit: ExitStatus.input)
  }
}

extension WriteSummary {
  mutating func add(_ other: WriteSummary) {
    documentsWritten += other.documentsWritten
    documentsUnchanged += other.documentsUnchanged
    documentsReplaced += other.documentsReplaced
    factsAdded += other.factsAdded
    factsRemoved += other.factsRemoved
    evidenceAdded += other.evidenceAdded
    derivedFacts = other.derivedFacts
  }
}

extension DocumentFacts {
  /// The document key is the content hash and how the file was read (`text`, `html`, `pdf`,
  /// `tsv`, `ntriples`): the same bytes read another way are another document.
  static func key(_ contentHash: String, readAs reader: String) -> String {
    reader + ":" + contentHash
  }

  func keyed(by reader: String) -> DocumentFacts {
    switch self {
    case .graph(var graph):
      graph.document.contentHash = Self.key(graph.document.contentHash, readAs: reader)
      return .graph(graph)
    case .encoded(var encoded):
      encoded.document.contentHash = Self.key(encoded.document.contentHash, readAs: reader)
      return .encoded(encoded)
    }
  }
}

/// Values a command never frees: the process exits right after, and gives their memory back
/// at once.
private final class KeptUntilExit {
  let value: Any

  private init(_ value: Any) { self.value = value }

  static func keep(_ value: Any) {
    _ = Unmanaged.passRetained(KeptUntilExit(value))
  }
}
