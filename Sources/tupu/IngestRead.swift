import TupuDiagnostics
import TupuExtract
import TupuGraph
import TupuText

/// What one of the ingest's reading threads made of an input file; the writer takes these in
/// input order.
enum IngestRead: Sendable {
  /// One document, or the many of a `.jsonl` file, with warnings to print before storing.
  case content([DocumentFacts], warnings: [Diagnostic])
  /// A text file bigger than one part: the writer streams it itself, part by part.
  case inParts
  case nothing
  /// The file's problems: nothing of it is stored.
  case problems([Diagnostic])

  /// The facts it holds: what a reader keeps in memory until the writer takes it.
  var factCount: Int {
    guard case .content(let documents, _) = self else { return 0 }
    return documents.reduce(0) { $0 + $1.factCount }
  }

  /// Reads, decodes, checks and extracts one file (on any thread: it touches no store).
  static func read(
    _ input: IngestInputs, extractor: Extractor?, vocabulary: FactsVocabulary?, partBytes: Int
  ) -> IngestRead {
    if IngestInterruption.wasRequested { return .nothing }
    do {
      switch input.kind {
      case .facts(.jsonl):
        // NB: each document keeps the key `tupu extract` gave it (its hash and how its text
        // was read), so that it is the document a direct ingest stores.
        let documents = try JSONLFactsReader.readEncoded(
          path: input.path, vocabulary: vocabulary)
        return .content(documents.map { .encoded($0) }, warnings: [])
      case .facts(let format):
        guard let vocabulary else {
          let facts = try FactsFile.readForStore(path: input.path, format: format)
          return .content([facts.keyed(by: format.rawValue)], warnings: [])
        }
        let checked = try FactsFile.readChecked(
          path: input.path, format: format, vocabulary: vocabulary)
        return .content([checked.facts.keyed(by: format.rawValue)], warnings: checked.warnings)
      case .text:
        guard let extractor else { return .nothing }
        var parts = try TextPipeline.parts(path: input.path, partBytes: partBytes)
        if !parts.isOnePart { return .inParts }
        guard let document = try parts.next() else { return .nothing }
        let graph = DocumentFacts.graph(extractor.extract(document)).keyed(by: document.format)
        return .content([graph], warnings: [])
      }
    } catch let error as DiagnosticConvertible {
      return .problems(everyDiagnostic(of: error))
    } catch {
      return .problems([Diagnostic("cannot read \(input.path): \(error)", hint: "check the file")])
    }
  }
}
