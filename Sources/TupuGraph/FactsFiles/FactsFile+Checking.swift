import TupuDiagnostics

/// A facts file read and checked against the ontology, with what was skipped.
public struct CheckedFactsFile: Sendable {
  public var facts: DocumentFacts
  /// Warnings about the file (N-Triples it skipped, counted and named).
  public var warnings: [Diagnostic]
}

extension FactsFile {
  /// Reads a facts file for the store and checks it against the ontology: Chinese labels and
  /// aliases become ids, an unknown predicate or class is an error at file:line:column (every
  /// one of them, with a "did you mean"), and nothing of a file with an error is stored.
  public static func readChecked(
    path: String, format: Format, vocabulary: FactsVocabulary
  ) throws -> CheckedFactsFile {
    try readChecked(bytes: contents(path), path: path, format: format, vocabulary: vocabulary)
  }

  /// As `readChecked(path:…)`, for bytes already read (the fuzz target's input).
  public static func readChecked(
    bytes: [UInt8], path: String, format: Format, vocabulary: FactsVocabulary
  ) throws -> CheckedFactsFile {
    switch format {
    case .tsv:
      let encoded = try TSVFactsReader.readEncoded(
        bytes: bytes, path: path, literalPredicates: vocabulary.literalPredicates)
      return CheckedFactsFile(
        facts: .encoded(try vocabulary.check(encoded, bytes: bytes, path: path)), warnings: [])
    case .ntriples:
      let read = try NTriplesReader.readEncoded(bytes: bytes, path: path, vocabulary: vocabulary)
      return CheckedFactsFile(facts: .encoded(read.graph), warnings: read.warnings)
    case .jsonl:
      // One graph of every document's facts (the store keeps them apart: see
      // `JSONLFactsReader.readChecked`).
      let documents = try JSONLFactsReader.readChecked(
        bytes: bytes, path: path, vocabulary: vocabulary)
      let graph = DocumentGraph(
        document: DocumentRecord(contentHash: SHA256.hex(bytes), path: path),
        facts: documents.flatMap(\.facts))
      return CheckedFactsFile(facts: .graph(graph), warnings: [])
    }
  }
}

extension FactsFile {
  /// The note that closes a facts file's list of problems.
  static func nothingStored(_ path: String) -> Diagnostic {
    Diagnostic(
      "nothing of \(path) was stored", at: SourceLocation(source: path, line: 0),
      hint: "fix the lines above (or the ontology) and run the same command again",
      severity: .note)
  }
}

extension FactsVocabulary {
  /// The TSV graph with every predicate and class written as its id; throws every unknown
  /// one at the first line that uses it.
  func check(_ graph: EncodedGraph, bytes: [UInt8], path: String) throws -> EncodedGraph {
    var checked = graph
    var unknownPredicates: Set<Int> = []
    var renamedPredicates: Set<Int> = []
    for (index, name) in graph.predicates.enumerated() {
      guard let id = predicate(name) else {
        unknownPredicates.insert(index)
        continue
      }
      if id != name {
        checked.predicates[index] = id
        renamedPredicates.insert(index)
      }
    }
    var unknownClasses: Set<Int> = []
    var renamedClasses: Set<Int> = []
    for (index, term) in graph.terms.enumerated() {
      guard case .classRef(let name) = term else { continue }
      guard let id = className(name) else {
        unknownClasses.insert(index)
        continue
      }
      if id != name {
        checked.terms[index] = .classRef(id)
        renamedClasses.insert(index)
      }
    }
    let lines = FactsFile.lineRanges(bytes)
    func lineText(_ number: Int32) -> String {
      let index = Int(number) - 1
      guard lines.indices.contains(index) else { return "" }
      return String(decoding: bytes[lines[index]], as: UTF8.self)
    }
    if !unknownPredicates.isEmpty || !unknownClasses.isEmpty {
      var reported: Set<Int> = []
      var problems: [(line: Int32, diagnostic: Diagnostic)] = []
      for row in graph.rows {
        let predicateIndex = Int(row.predicate)
        let objectIndex = Int(row.object)
        if unknownPredicates.contains(predicateIndex), reported.insert(predicateIndex).inserted {
          let name = graph.predicates[predicateIndex]
          let text = lineText(row.line)
          problems.append(
            (
              row.line,
              Diagnostic(
                "unknown predicate `\(name)`",
                at: SourceLocation(
                  source: path, line: Int(row.line), column: Self.column(ofField: 1, in: text)),
                sourceLine: text, length: name.count, hint: predicateHint(name))
            ))
        }
        if unknownClasses.contains(objectIndex), reported.insert(-1 - objectIndex).inserted {
          let name = graph.terms[objectIndex].text
          let text = lineText(row.line)
          problems.append(
            (
              row.line,
              Diagnostic(
                "unknown class `\(name)`",
                at: SourceLocation(
                  source: path, line: Int(row.line), column: Self.column(ofField: 2, in: text)),
                sourceLine: text, length: name.count, hint: classHint(name))
            ))
        }
      }
      throw FactsFileProblems(
        problems.sorted { $0.line < $1.line }.map(\.diagnostic) + [FactsFile.nothingStored(path)])
    }
    // A renamed line keeps its own text as evidence (甲<TAB>主持<TAB>会2, not the ids).
    if !renamedPredicates.isEmpty || !renamedClasses.isEmpty {
      for (index, row) in graph.rows.enumerated()
      where checked.lineTexts[index] == nil
        && (renamedPredicates.contains(Int(row.predicate))
          || renamedClasses.contains(Int(row.object)))
      {
        checked.lineTexts[index] = lineText(row.line)
      }
    }
    return checked
  }

  /// The 1-based column (in characters) where TAB-separated field `field` of `line` starts.
  static func column(ofField field: Int, in line: String) -> Int {
    var column = 1
    var tabs = 0
    for character in line {
      if tabs == field { break }
      if character == "\t" { tabs += 1 }
      column += 1
    }
    return column
  }
}
