import TupuDiagnostics
import TupuGraph

/// One libFuzzer input: the bytes of a facts file, read as TSV (gold format), as N-Triples and
/// as the JSON Lines of `tupu extract`.
/// Errors are fine (they are diagnostics naming a line); crashes and hangs are not. The TSV
/// reader's two forms must agree: the dictionary-encoded read decodes to the fact-by-fact one,
/// and both refuse the same input at the same line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFacts(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  for format in [FactsFile.Format.tsv, .ntriples] {
    guard let graph = try? FactsFile.read(bytes: bytes, path: "fuzz", format: format) else {
      continue
    }
    for fact in graph.facts {
      precondition(!fact.subject.isEmpty && !fact.predicate.isEmpty, "a fact with an empty term")
    }
  }
  // JSON Lines: what reads, written again, reads back the same.
  if let documents = try? JSONLFactsReader.read(bytes: bytes, path: "fuzz.jsonl") {
    let written = documents.map(JSONLFacts.lines(of:)).joined()
    let again = Result { try JSONLFactsReader.read(bytes: Array(written.utf8), path: "again") }
    guard case .success(let reread) = again else {
      preconditionFailure("what the reader read does not read back once written: \(written)")
    }
    precondition(reread == documents, "JSON Lines read back to other documents")
  }
  let oneByOne = Result { try TSVFactsReader.read(bytes: bytes, path: "fuzz.tsv") }
  let encoded = Result { try TSVFactsReader.readEncoded(bytes: bytes, path: "fuzz.tsv") }
  switch (oneByOne, encoded) {
  case (.success(let graph), .success(let table)):
    precondition(table.decoded() == graph, "the encoded read decodes to other facts")
  case (.failure(let a as Diagnostic), .failure(let b as Diagnostic)):
    precondition(a.location?.line == b.location?.line, "the two reads fail at other lines")
  default:
    preconditionFailure("one read succeeds, the other fails")
  }
  return 0
}
