import TupuDiagnostics
import TupuExtract
import TupuGraph
import TupuText

/// What one of the ingest's reading threads made of an input file; the writer takes these in
/// input order.
enum IngestRead: Sendable {
  /// One document, or the many of a `.jsonl` file.
  case content([DocumentFacts])
  /// A text file bigger than one part: the writer streams it itself, part by part.
  case inParts
  case nothing
  case problem(Diagnostic)

  /// Reads, decodes and extracts one file (on any thread: it touches no store).
  static func read(_ input: IngestInputs, extractor: Extractor?, partBytes: Int) -> IngestRead {
    if IngestInterruption.wasRequested { return .nothing }
    do {
      switch input.kind {
      case .facts(let format):
        return .content(try FactsFile.readDocumentsForStore(path: input.path, format: format))
      case .text:
        guard let extractor else { return .nothing }
        var parts = try TextPipeline.parts(path: input.path, partBytes: partBytes)
        if !parts.isOnePart { return .inParts }
        guard let document = try parts.next() else { return .nothing }
        return .content([.graph(extractor.extract(document))])
      }
    } catch let error as DiagnosticConvertible {
      return .problem(error.diagnostic)
    } catch {
      return .problem(Diagnostic("cannot read \(input.path): \(error)", hint: "check the file"))
    }
  }
}
