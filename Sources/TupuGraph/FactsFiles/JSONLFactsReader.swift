import Foundation
import TupuDiagnostics

/// Reads the JSON Lines `JSONLFacts` writes back into documents, each with its own key, path
/// and facts with their evidence; throws a `Diagnostic` naming the file, line and column.
public enum JSONLFactsReader {
  /// The pattern of a fact line that carries no evidence of its own (its line is the evidence).
  public static let pattern = "jsonl"

  public static func read(bytes: [UInt8], path: String) throws -> [DocumentGraph] {
    try readNumbered(bytes: bytes, path: path).map(\.graph)
  }

  public static func read(path: String) throws -> [DocumentGraph] {
    try read(bytes: FactsFile.contents(path), path: path)
  }

  /// Reads the documents and checks them against the ontology, as `FactsFile.readChecked`
  /// does a TSV file: Chinese labels and aliases become ids, and every unknown predicate or
  /// class is an error at the line that uses it first (then nothing of the file is stored).
  public static func readChecked(path: String, vocabulary: FactsVocabulary) throws
    -> [DocumentGraph]
  {
    try readChecked(bytes: FactsFile.contents(path), path: path, vocabulary: vocabulary)
  }

  public static func readChecked(bytes: [UInt8], path: String, vocabulary: FactsVocabulary)
    throws -> [DocumentGraph]
  {
    var documents = try readNumbered(bytes: bytes, path: path)
    var problems: [Diagnostic] = []
    var reported: Set<String> = []
    let lines = FactsFile.lineRanges(bytes)
    func problem(_ message: String, _ name: String, line: Int, hint: String) {
      guard reported.insert(message).inserted else { return }
      let text = lines.indices.contains(line - 1)
        ? String(decoding: bytes[lines[line - 1]], as: UTF8.self) : ""
      let column = text.range(of: "\"" + name + "\"").map {
        text.distance(from: text.startIndex, to: $0.lowerBound) + 2
      }
      problems.append(
        Diagnostic(
          message, at: SourceLocation(source: path, line: line, column: column), sourceLine: text,
          length: name.count, hint: hint))
    }
    for documentIndex in documents.indices {
      let numbered = documents[documentIndex]
      for (factIndex, fact) in numbered.graph.facts.enumerated() {
        let line = numbered.lines[factIndex]
        if let id = vocabulary.predicate(fact.predicate) {
          if id != fact.predicate { documents[documentIndex].graph.facts[factIndex].predicate = id }
        } else {
          problem(
            "unknown predicate `\(fact.predicate)`", fact.predicate, line: line,
            hint: vocabulary.predicateHint(fact.predicate))
        }
        guard case .classRef(let name) = fact.object else { continue }
        if let id = vocabulary.className(name) {
          if id != name { documents[documentIndex].graph.facts[factIndex].object = .classRef(id) }
        } else {
          problem("unknown class `\(name)`", name, line: line, hint: vocabulary.classHint(name))
        }
      }
    }
    guard problems.isEmpty else {
      throw FactsFileProblems(problems + [FactsFile.nothingStored(path)])
    }
    return documents.map(\.graph)
  }

  /// The documents, each with the line number of each of its facts.
  static func readNumbered(bytes: [UInt8], path: String) throws
    -> [(graph: DocumentGraph, lines: [Int])]
  {
    try FactsFile.requireUTF8(bytes, path: path)
    var documents: [(graph: DocumentGraph, lines: [Int])] = []
    var factLines: [Int] = []
    var current: DocumentGraph?
    var expected = 0
    var seen = 0
    var headerLine = 0
    var number = 0
    func finish() throws {
      guard let graph = current else { return }
      guard seen == expected else {
        throw Diagnostic(
          "the document \(graph.document.path) announces \(expected) fact line(s) but \(seen) "
            + "follow", at: SourceLocation(source: path, line: headerLine),
          hint: "the file was cut short or edited: extract the document again")
      }
      documents.append((graph, factLines))
      current = nil
      factLines = []
    }
    for range in FactsFile.lineRanges(bytes) {
      number += 1
      let line = bytes[range]
      guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
      let problemAt = { (offset: Int, message: String, hint: String) -> Diagnostic in
        let text = String(decoding: line, as: UTF8.self)
        let column = String(decoding: line.prefix(offset), as: UTF8.self).count + 1
        return Diagnostic(
          message, at: SourceLocation(source: path, line: number, column: column),
          sourceLine: text, hint: hint)
      }
      let object: JSONLine
      do {
        object = try JSONLine(line)
      } catch {
        throw problemAt(
          error.offset, error.message, "each line is one JSON object, as `tupu extract` writes")
      }
      if case .string(let key) = object["document"] {
        // NB: a big file is extracted part by part, each part under the document's key: the
        // parts of one document follow each other and are joined again.
        let continues = current?.document.contentHash == key
        if !continues || seen != expected { try finish() }
        guard case .string(let documentPath) = object["path"], !key.isEmpty,
          case .integer(let count) = object["facts"], count >= 0
        else {
          throw problemAt(
            0, "a document line needs \"document\", \"path\" and \"facts\"",
            "write: {\"document\":\"KEY\",\"path\":\"FILE\",\"facts\":N}")
        }
        expected = count
        seen = 0
        headerLine = number
        if continues { continue }
        current = DocumentGraph(
          document: DocumentRecord(
            contentHash: key, path: documentPath, title: object.text("title"),
            date: object.text("date"),
            published: object.text("published").flatMap(StatedDate.init(iso:))),
          facts: [])
        continue
      }
      guard current != nil else {
        throw problemAt(
          0, "a fact line before any document line",
          "the file starts with {\"document\":…}, as `tupu extract` writes it")
      }
      seen += 1
      guard let subject = object.text("s"), let predicate = object.text("p"),
        let objectText = object.text("o"), !subject.isEmpty, !predicate.isEmpty,
        !objectText.isEmpty
      else {
        throw problemAt(
          0, "a fact line needs \"s\", \"p\" and \"o\" (text, not empty)",
          "write: {\"s\":\"SUBJECT\",\"p\":\"PREDICATE\",\"o\":\"OBJECT\"}")
      }
      // Derived facts are the store's to derive again: they are not read.
      if object["rule"] != nil { continue }
      let term: Term
      switch object.text("kind") ?? (predicate == typePredicate ? "class" : "entity") {
      case "entity": term = .entity(objectText)
      case "literal": term = .literal(objectText)
      case "class": term = .classRef(objectText)
      case let other:
        throw problemAt(0, "unknown kind \"\(other)\"", "kind is entity, literal or class")
      }
      let evidence: Evidence
      if let article = object.integer("article"), let sentence = object.integer("sentence"),
        let start = object.integer("start"), let end = object.integer("end"),
        let text = object.text("text"), let pattern = object.text("pattern")
      {
        guard article >= 0, sentence >= 0, start >= 0, end >= start else {
          throw problemAt(
            0, "the evidence's article, sentence, start and end must be counts (end ≥ start)",
            "extract the document again")
        }
        evidence = Evidence(
          article: article, sentence: sentence, start: start, end: end, text: text,
          pattern: pattern)
      } else {
        evidence = Evidence(
          article: 0, sentence: number, start: 0, end: 0, text: "", pattern: pattern)
      }
      current?.facts.append(Fact(subject, predicate, term, evidence: evidence))
      factLines.append(number)
    }
    try finish()
    return documents
  }
}

extension JSONLine {
  func text(_ key: String) -> String? {
    if case .string(let text) = fields[key] { return text }
    return nil
  }

  func integer(_ key: String) -> Int? {
    if case .integer(let number) = fields[key] { return number }
    return nil
  }
}
