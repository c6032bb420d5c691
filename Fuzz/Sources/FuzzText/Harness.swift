import Foundation
import TupuExtract
import TupuGraph
import TupuOntology
import TupuText

/// The repository's ontology, loaded once: every document read is also extracted.
let ontology: Ontology = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  do {
    return try Ontology.load(directory: root.appendingPathComponent("Ontology").path)
  } catch {
    fatalError("cannot load the ontology: \(error)")
  }
}()

/// One libFuzzer input: the bytes of a file, read as plain text and as an HTML page, and, when
/// longer than the smallest part, as a big file in parts; every document read is extracted.
/// Errors are fine (they are diagnostics); crashes, hangs and offsets outside the text are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  for path in ["fuzz.txt", "fuzz.html"] {
    guard let document = try? TextPipeline.read(bytes: bytes, path: path) else { continue }
    checkOffsets(document)
    checkExtraction(document)
  }
  if bytes.count > 4096 { readInParts(bytes) }
  return 0
}

/// The extractor's facts name something and cite a sentence of the document.
func checkExtraction(_ document: ReadDocument) {
  let end = document.originalTextStart + document.originalText.unicodeScalars.count
  for fact in Extractor(ontology: ontology).extract(document).facts {
    precondition(!fact.subject.isEmpty && !fact.object.text.isEmpty, "a fact with an empty term")
    if let evidence = fact.evidence, evidence.end > evidence.start {
      precondition(
        evidence.start >= document.originalTextStart && evidence.end <= end,
        "evidence \(evidence.start)..<\(evidence.end) outside the document")
    }
  }
}

/// Every article and sentence lies inside the part's own text.
func checkOffsets(_ document: ReadDocument) {
  let base = document.originalTextStart
  let end = base + document.originalText.unicodeScalars.count
  for article in document.articles {
    precondition(base <= article.start && article.start <= article.end && article.end <= end)
    for sentence in article.sentences {
      precondition(
        base <= sentence.start && sentence.start <= sentence.end && sentence.end <= end,
        "sentence \(sentence.start)..<\(sentence.end) outside the part [\(base), \(end))")
    }
  }
}

/// The input as a file read 4 KB at a time: parts follow each other without overlap, and
/// their articles are numbered on.
func readInParts(_ bytes: [UInt8]) {
  let path = NSTemporaryDirectory() + "tupu-fuzz-parts-\(getpid()).txt"
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
  defer { try? FileManager.default.removeItem(atPath: path) }
  guard var parts = try? TextPipeline.parts(path: path, partBytes: 4096) else { return }
  var textEnd = 0
  var nextArticle = 0
  while let part = try? parts.next() {
    checkOffsets(part)
    checkExtraction(part)
    precondition(part.originalTextStart >= textEnd, "parts overlap at \(part.originalTextStart)")
    precondition(part.firstArticleIndex >= nextArticle, "article numbers repeat")
    textEnd = part.originalTextStart + part.originalText.unicodeScalars.count
    nextArticle = part.boilerplateArticleIndex
  }
}
