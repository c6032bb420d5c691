import Foundation
import TupuDiagnostics

/// Reads N-Triples (`<s> <p> <o> .` a line) into facts, naming things as `TupuIRI` describes:
/// entity IRIs become their decoded names, `rdf:type` objects become classes, literals keep
/// their text (escapes resolved; language tags and datatypes are dropped).
public enum NTriplesReader {
  public static let pattern = "ntriples"

  public static func read(bytes: [UInt8], path: String) throws -> DocumentGraph {
    try readCountingSkipped(bytes: bytes, path: path).graph
  }

  /// The graph and the number of well-formed triples that are not facts and were skipped:
  /// those about a blank node (reified `rdf:Statement` evidence), those whose predicate is not
  /// `rdf:type` or in the Tupu ontology, `rdf:type` to a class outside it, those whose subject
  /// is an ontology term (an RDFS vocabulary of classes and properties), and those naming an
  /// entity outside Tupu's entity base.
  public static func readCountingSkipped(
    bytes: [UInt8], path: String
  ) throws -> (graph: DocumentGraph, skipped: Int) {
    let read = try readChecked(bytes: bytes, path: path, vocabulary: nil)
    return (read.graph, read.skipped.total)
  }

  /// Reads the file and, with a vocabulary, checks every predicate and class against it
  /// (Chinese labels become ids; unknown ones are errors at file:line:column). Skipped triples
  /// are counted by reason and named in a warning.
  public static func readChecked(
    bytes: [UInt8], path: String, vocabulary: FactsVocabulary?
  ) throws -> (graph: DocumentGraph, skipped: SkippedTriples, warnings: [Diagnostic]) {
    let read = try readEncoded(bytes: bytes, path: path, vocabulary: vocabulary)
    return (read.graph.decoded(), read.skipped, read.warnings)
  }

  /// As `readChecked`, dictionary-encoded as `TSVFactsReader.readEncoded` reads TSV: a
  /// `String` per distinct term, so the store takes the path it takes for TSV.
  public static func readEncoded(
    bytes: [UInt8], path: String, vocabulary: FactsVocabulary?
  ) throws -> (graph: EncodedGraph, skipped: SkippedTriples, warnings: [Diagnostic]) {
    try FactsFile.requireUTF8(bytes, path: path)
    var skipped = SkippedTriples()
    let (encoded, hash) = try FactsFile.parseWhileHashing(bytes) { () throws -> EncodedGraph in
      try bytes.withUnsafeBufferPointer { buffer in
        let lines = FactsFile.lineRanges(buffer)
        // Big files are read in parts on all cores, as TSV files are, and the parts merged in
        // order: the same terms, rows and errors as one pass.
        let partCount =
          lines.count < 100_000 ? 1 : max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        let parts = ByteParts(count: partCount, buffer: buffer, lines: lines)
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
          let from = parts.lines.count * part / partCount
          let to = parts.lines.count * (part + 1) / partCount
          var reader = ByteReader(buffer: parts.buffer, path: path, vocabulary: vocabulary)
          var partSkipped = SkippedTriples()
          do {
            try reader.parse(lines: parts.lines[from..<to], skipped: &partSkipped)
          } catch {
            parts.errors[part] = error
          }
          parts.readers[part] = reader
          parts.skipped[part] = partSkipped
        }
        defer { for reader in parts.readers { reader?.deallocate() } }
        try parts.throwFirstError(path: path)
        guard var merged = parts.readers[0] else { throw Diagnostic("cannot read \(path)") }
        for part in 0..<partCount {
          if part > 0, let reader = parts.readers[part] { merged.absorb(reader) }
          skipped.absorb(parts.skipped[part])
        }
        return EncodedGraph(
          document: DocumentRecord(contentHash: "", path: path), terms: merged.terms,
          predicates: merged.predicates, rows: merged.rows, lineTexts: merged.lineTexts,
          pattern: pattern)
      }
    }
    var graph = encoded
    graph.document.contentHash = hash
    return (graph, skipped, skipped.warning(path: path).map { [$0] } ?? [])
  }

  /// The line `tupu export --format ntriples` writes for a fact, without its line break. A
  /// line read that is exactly this is rebuilt from its fact rather than kept as text (a
  /// literal's only when it needs no escape).
  public static func line(subject: String, predicate: String, object: Term) -> String {
    let objectText: String
    switch object {
    case .entity(let name): objectText = "<" + TupuIRI.entity(name) + ">"
    case .classRef(let name): objectText = "<" + TupuIRI.ontology(name) + ">"
    case .literal(let text): objectText = "\"" + text + "\""
    }
    return "<" + TupuIRI.entity(subject) + "> <" + TupuIRI.ontology(predicate) + "> "
      + objectText + " ."
  }

  /// Well-formed triples that are not facts, by reason, each with the first line it was seen.
  public struct SkippedTriples: Hashable, Sendable {
    public enum Reason: String, CaseIterable, Sendable {
      case blankNode = "about a blank node (such as reified evidence)"
      case vocabulary = "describing the ontology itself (an RDFS vocabulary)"
      case foreignPredicate = "with a predicate outside https://tupu.dev/ontology/"
      case foreignClass = "typed with a class outside https://tupu.dev/ontology/"
      case foreignEntity = "naming an entity outside https://tupu.dev/entity/"
    }

    public private(set) var counts: [Reason: Int] = [:]
    public private(set) var firstLines: [Reason: Int] = [:]

    public var total: Int { counts.values.reduce(0, +) }

    mutating func add(_ reason: Reason, line: Int) {
      counts[reason, default: 0] += 1
      if firstLines[reason] == nil { firstLines[reason] = line }
    }

    /// Adds the counts of the lines after these.
    mutating func absorb(_ later: SkippedTriples) {
      for (reason, count) in later.counts { counts[reason, default: 0] += count }
      for (reason, line) in later.firstLines where firstLines[reason] == nil {
        firstLines[reason] = line
      }
    }

    /// "skipped 5 triples of x.nt: 3 about a blank node (first at line 4), …".
    func warning(path: String) -> Diagnostic? {
      guard total > 0 else { return nil }
      let parts = Reason.allCases.compactMap { reason -> String? in
        guard let count = counts[reason], let line = firstLines[reason] else { return nil }
        return "\(count) \(reason.rawValue) (first at line \(line))"
      }
      let first = firstLines.values.min() ?? 0
      return Diagnostic(
        "skipped \(total) triple\(total == 1 ? "" : "s") that are not Tupu facts: "
          + parts.joined(separator: "; "),
        at: SourceLocation(source: path, line: first),
        hint: "Tupu reads the facts `tupu export --format ntriples` writes: entities under "
          + "https://tupu.dev/entity/, predicates and classes under https://tupu.dev/ontology/",
        severity: .warning)
    }
  }

  /// Why a well-formed triple is not a fact, or nil when it is one.
  static func skipReason(
    subject: String, predicate: String, object: Object
  ) -> SkippedTriples.Reason? {
    if subject.hasPrefix("_:") { return .blankNode }
    if case .blank = object { return .blankNode }
    if subject.hasPrefix(TupuIRI.ontologyBase) { return .vocabulary }
    if predicate == TupuIRI.rdfType {
      guard case .iri(let iri) = object, iri.hasPrefix(TupuIRI.ontologyBase) else {
        return .foreignClass
      }
    } else if !predicate.hasPrefix(TupuIRI.ontologyBase) {
      return .foreignPredicate
    }
    if !subject.hasPrefix(TupuIRI.entityBase) { return .foreignEntity }
    if predicate != TupuIRI.rdfType, case .iri(let iri) = object,
      !iri.hasPrefix(TupuIRI.entityBase)
    {
      return .foreignEntity
    }
    return nil
  }

  /// The name an IRI stands for, its percent-escapes checked: `%ZZ` or escapes that are not
  /// UTF-8 are a syntax error at the IRI, never a garbled name.
  static func decodedName(_ iri: String, column: Int) throws -> String {
    guard let name = TupuIRI.strictName(of: iri) else {
      throw Cursor.Failure(
        message: "broken percent-escape in <\(iri)>: each `%` needs two hex digits, and "
          + "together they must spell UTF-8", column: column)
    }
    return name
  }

  enum Object {
    case iri(String)
    case blank(String)
    case literal(String)
  }

  /// A position in one line; columns count scalars.
  struct Cursor {
    struct Failure: Error {
      var message: String
      var column: Int
    }

    let scalars: [Unicode.Scalar]
    var position = 0

    var atEnd: Bool { position >= scalars.count }
    var peek: Unicode.Scalar? { atEnd ? nil : scalars[position] }

    func failure(_ message: String, at column: Int? = nil) -> Failure {
      Failure(message: message, column: column ?? position)
    }

    mutating func skipSpace() {
      while let scalar = peek, scalar == " " || scalar == "\t" { position += 1 }
    }

    mutating func expect(_ scalar: Unicode.Scalar, _ message: String) throws {
      guard peek == scalar else { throw failure(message) }
      position += 1
    }

    mutating func subject() throws -> String {
      if peek == "_" { return try blank() }
      return try iri(role: "subject")
    }

    mutating func object() throws -> Object {
      switch peek {
      case "<": return .iri(try iri(role: "object"))
      case "_": return .blank(try blank())
      case "\"": return .literal(try literal())
      default: throw failure("expected an object: an IRI <…>, a blank node _:x or a literal \"…\"")
      }
    }

    mutating func iri(role: String) throws -> String {
      guard peek == "<" else { throw failure("expected the \(role) as an IRI in <…>") }
      let start = position
      position += 1
      var result = String.UnicodeScalarView()
      while let scalar = peek {
        position += 1
        switch scalar {
        case ">":
          if result.isEmpty { throw failure("empty IRI", at: start) }
          return String(result)
        case "\\":
          guard let escaped = try unicodeEscape() else {
            throw failure("only \\u and \\U escapes are allowed in IRIs", at: position - 1)
          }
          result.append(escaped)
        case " ", "<", "\"", "{", "}", "|", "^", "`":
          throw failure("`\(scalar)` is not allowed in an IRI", at: position - 1)
        default:
          if scalar.value <= 0x20 { throw failure("control character in an IRI", at: position - 1) }
          result.append(scalar)
        }
      }
      throw failure("unterminated IRI: missing `>`", at: start)
    }

    mutating func blank() throws -> String {
      let start = position
      guard peek == "_", position + 1 < scalars.count, scalars[position + 1] == ":" else {
        throw failure("expected a blank node `_:label`")
      }
      position += 2
      while let scalar = peek, scalar != " ", scalar != "\t", scalar != "." || labelContinues {
        position += 1
      }
      if position == start + 2 { throw failure("empty blank node label", at: start) }
      return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    /// A `.` inside a blank node label is allowed when more label follows.
    private var labelContinues: Bool {
      position + 1 < scalars.count && scalars[position + 1] != " " && scalars[position + 1] != "\t"
    }

    mutating func literal() throws -> String {
      let start = position
      position += 1
      var result = String.UnicodeScalarView()
      while let scalar = peek {
        position += 1
        switch scalar {
        case "\"":
          try skipLiteralSuffix()
          return String(result)
        case "\\":
          guard let next = peek else { break }
          switch next {
          case "t": result.append("\t")
          case "b": result.append("\u{08}")
          case "n": result.append("\n")
          case "r": result.append("\r")
          case "f": result.append("\u{0C}")
          case "\"": result.append("\"")
          case "'": result.append("'")
          case "\\": result.append("\\")
          case "u", "U":
            if let escaped = try unicodeEscape() {
              result.append(escaped)
              continue
            }
          default:
            throw failure("unknown escape `\\\(next)` in a literal", at: position - 1)
          }
          position += 1
        default:
          result.append(scalar)
        }
      }
      throw failure("unterminated literal: missing closing `\"`", at: start)
    }

    /// `\uXXXX` or `\UXXXXXXXX`, the cursor just after the backslash.
    mutating func unicodeEscape() throws -> Unicode.Scalar? {
      guard let marker = peek, marker == "u" || marker == "U" else { return nil }
      let digits = marker == "u" ? 4 : 8
      let start = position - 1
      guard position + digits < scalars.count + 1 else {
        throw failure("short \\\(marker) escape", at: start)
      }
      let hex = String(
        String.UnicodeScalarView(
          scalars[(position + 1)..<min(scalars.count, position + 1 + digits)]))
      guard hex.count == digits, let value = UInt32(hex, radix: 16),
        let scalar = Unicode.Scalar(value)
      else { throw failure("bad \\\(marker) escape: expected \(digits) hex digits", at: start) }
      position += 1 + digits
      return scalar
    }

    /// `@lang` or `^^<datatype>` after a literal: checked, then dropped.
    mutating func skipLiteralSuffix() throws {
      if peek == "@" {
        position += 1
        let start = position
        while let scalar = peek,
          scalar.properties.isAlphabetic || scalar == "-" || ("0"..."9").contains(scalar)
        {
          position += 1
        }
        if position == start { throw failure("expected a language tag after `@`") }
      } else if peek == "^" {
        position += 1
        try expect("^", "expected `^^` before a datatype IRI")
        _ = try iri(role: "datatype")
      }
    }
  }
}

/// What each part of a parallel read left: written by its own iteration only, read after all
/// of them ended.
private final class ByteParts: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
  let lines: [Range<Int>]
  var readers: [NTriplesReader.ByteReader?]
  var skipped: [NTriplesReader.SkippedTriples]
  var errors: [Error?]

  init(count: Int, buffer: UnsafeBufferPointer<UInt8>, lines: [Range<Int>]) {
    self.buffer = buffer
    self.lines = lines
    readers = Array(repeating: nil, count: count)
    skipped = Array(repeating: NTriplesReader.SkippedTriples(), count: count)
    errors = Array(repeating: nil, count: count)
  }

  /// The error one pass would throw: the first syntax error in line order (a pass stops
  /// there), else every part's unknown names, each once, in line order.
  func throwFirstError(path: String) throws {
    var problems: [Diagnostic] = []
    for error in errors {
      guard let error else { continue }
      guard let found = error as? FactsFileProblems else { throw error }
      // Each part's list ends with the note that nothing was stored.
      for problem in found.diagnostics.dropLast()
      where !problems.contains(where: { $0.message == problem.message }) {
        problems.append(problem)
      }
    }
    if !problems.isEmpty {
      throw FactsFileProblems(problems + [FactsFile.nothingStored(path)])
    }
  }
}
