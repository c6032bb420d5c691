import TupuDiagnostics
import TupuExtract
import TupuGraph
import TupuText

/// What one of the ingest's reading threads made of an input file; the writer takes these in
/// input order.
enum IngestRead: Sendable {
  /// One document, or the many of a `.jsonl` file, with warnings about skipped lines.
  case content([DocumentFacts], warnings: [Diagnostic])
  /// A text file bigger than one part: the writer streams it itself, part by part.
  case inParts
  case nothing
  /// Every problem of the file; nothing of it is stored.
  case problems([Diagnostic])

  /// Reads, decodes and extracts one file (on any thread: it touches no store). Facts files
  /// are checked against `vocabulary` when there is one; every document is keyed by how it was
  /// read (`text:…`, `tsv:…`), so `tupu extract` and a direct ingest give the same keys.
  static func read(
    _ input: IngestInputs, extractor: Extractor?, vocabulary: FactsVocabulary?, partBytes: Int
  ) -> IngestRead {
    if IngestInterruption.wasRequested { return .nothing }
    do {
      switch input.kind {
      case .facts(.jsonl):
        // Each document of a `.jsonl` file keeps the key `tupu extract` gave it.
        let documents = try FactsFile.readDocumentsForStore(path: input.path, format: .jsonl)
        if let vocabulary { try vocabulary.check(documents, path: input.path) }
        return .content(documents, warnings: [])
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
        let facts = DocumentFacts.graph(extractor.extract(document))
        return .content([facts.keyed(by: document.format)], warnings: [])
      }
    } catch let error as DiagnosticConvertible {
      return .problems(everyDiagnostic(of: error))
    } catch {
      return .problems([Diagnostic("cannot read \(input.path): \(error)", hint: "check the file")])
    }
  }
}
