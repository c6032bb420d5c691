import Foundation
import TupuDiagnostics
import TupuGraph
import TupuOntology

/// The repository's classes and predicates, loaded once: every facts file is also read
/// checked against them.
///
/// NB: only the vocabulary's files, not the lexicons: with the whole ontology in memory, the
/// leak check libFuzzer runs after an input scans hundreds of megabytes (3 inputs/s).
let vocabulary: FactsVocabulary = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "fuzz-facts-vocabulary-\(getpid())")
  do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in ["classes.tupu", "predicates.tupu", "rules.tupu"] {
      let target = folder.appendingPathComponent(file)
      try? FileManager.default.removeItem(at: target)
      try FileManager.default.copyItem(
        at: root.appendingPathComponent("Ontology").appendingPathComponent(file), to: target)
    }
    return FactsVocabulary(try Ontology.load(directory: folder.path).vocabulary)
  } catch {
    fatalError("cannot load the ontology's vocabulary: \(error)")
  }
}()

/// One libFuzzer input: the bytes of a facts file, read as TSV (gold format), as N-Triples
/// and as the JSON Lines of `tupu extract`, unchecked and checked against the ontology. Errors are fine (they are diagnostics naming a
/// line); crashes and hangs are not. The TSV reader's two forms must agree: the
/// dictionary-encoded read decodes to the fact-by-fact one, and both refuse the same input at
/// the same line. A checked read stores only the ontology's predicate and class ids, and its
/// every problem names a line of the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFacts(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  for format in [FactsFile.Format.tsv, .ntriples] {
    if let graph = try? FactsFile.read(bytes: bytes, path: "fuzz", format: format) {
      for fact in graph.facts {
        precondition(!fact.subject.isEmpty && !fact.predicate.isEmpty, "a fact with an empty term")
      }
    }
    checkAgainstOntology(bytes, format: format)
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

private func checkAgainstOntology(_ bytes: [UInt8], format: FactsFile.Format) {
  do {
    let checked = try FactsFile.readChecked(
      bytes: bytes, path: "fuzz", format: format, vocabulary: vocabulary)
    let graph: DocumentGraph
    switch checked.facts {
    case .graph(let read): graph = read
    case .encoded(let read): graph = read.decoded()
    }
    for fact in graph.facts {
      precondition(vocabulary.predicate(fact.predicate) == fact.predicate, "a predicate not an id")
      if case .classRef(let name) = fact.object {
        precondition(vocabulary.className(name) == name, "a class that is not an id")
      }
    }
  } catch let problems as FactsFileProblems {
    precondition(!problems.diagnostics.isEmpty, "problems without a diagnostic")
    for diagnostic in problems.diagnostics {
      precondition(diagnostic.location != nil, "a problem that names no place")
      _ = DiagnosticRenderer().render(diagnostic)
    }
  } catch let diagnostic as Diagnostic {
    precondition(diagnostic.location?.line ?? 0 >= 1, "an error that names no line")
    _ = DiagnosticRenderer().render(diagnostic)
  } catch {
    preconditionFailure("an error that is not a diagnostic: \(error)")
  }
}
