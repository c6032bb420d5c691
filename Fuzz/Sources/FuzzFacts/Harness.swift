import TupuGraph

/// One libFuzzer input: the bytes of a facts file, read as TSV (gold format) and as N-Triples.
/// Errors are fine (they are diagnostics naming a line); crashes and hangs are not.
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
  return 0
}
