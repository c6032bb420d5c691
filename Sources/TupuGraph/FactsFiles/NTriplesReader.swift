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
  /// `rdf:type` or in the Tupu ontology, `rdf:type` to a class outside it, and those whose
  /// subject is an ontology term (an RDFS vocabulary of classes and properties).
  public static func readCountingSkipped(
    bytes: [UInt8], path: String
  ) throws -> (graph: DocumentGraph, skipped: Int) {
    let text = try FactsFile.decodeUTF8(bytes, path: path)
    var skipped = 0
    let (facts, hash) = try FactsFile.parseWhileHashing(bytes) {
      try parse(text, path: path, skipped: &skipped)
    }
    let graph = DocumentGraph(document: DocumentRecord(contentHash: hash, path: path), facts: facts)
    return (graph, skipped)
  }

  private static func isFact(subject: String, predicate: String, object: Object) -> Bool {
    if subject.hasPrefix("_:") || subject.hasPrefix(TupuIRI.ontologyBase) { return false }
    if predicate == TupuIRI.rdfType {
      guard case .iri(let iri) = object else { return false }
      return iri.hasPrefix(TupuIRI.ontologyBase)
    }
    guard predicate.hasPrefix(TupuIRI.ontologyBase) else { return false }
    if case .blank = object { return false }
    return true
  }

  private static func parse(_ text: String, path: String, skipped: inout Int) throws -> [Fact] {
    var facts: [Fact] = []
    var offset = 0
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let scalars = Array(
        line.unicodeScalars.last == "\r" ? line.dropLast().unicodeScalars : line.unicodeScalars)
      defer { offset += line.unicodeScalars.count + 1 }
      var cursor = Cursor(scalars: scalars)
      cursor.skipSpace()
      if cursor.atEnd || cursor.peek == "#" { continue }
      do {
        let subjectIRI = try cursor.subject()
        cursor.skipSpace()
        let predicate = try cursor.iri(role: "predicate")
        cursor.skipSpace()
        let object = try cursor.object()
        cursor.skipSpace()
        try cursor.expect(".", "expected `.` at the end of the triple")
        cursor.skipSpace()
        if !cursor.atEnd && cursor.peek != "#" {
          throw cursor.failure("unexpected text after the triple")
        }
        guard isFact(subject: subjectIRI, predicate: predicate, object: object) else {
          skipped += 1
          continue
        }
        let subject = TupuIRI.name(of: subjectIRI)
        let predicateName = TupuIRI.name(of: predicate)
        let term: Term
        switch object {
        case .iri(let iri):
          term =
            predicateName == typePredicate
            ? .classRef(TupuIRI.name(of: iri)) : .entity(TupuIRI.name(of: iri))
        case .blank(let label): term = .entity(label)
        case .literal(let value): term = .literal(value)
        }
        let lineText = String(String.UnicodeScalarView(scalars))
        facts.append(
          Fact(
            subject, predicateName, term,
            evidence: Evidence(
              article: 0, sentence: number, start: offset, end: offset + scalars.count,
              text: lineText, pattern: pattern)))
      } catch let failure as Cursor.Failure {
        let lineText = String(String.UnicodeScalarView(scalars))
        throw Diagnostic(
          "N-Triples syntax error: \(failure.message)",
          at: SourceLocation(source: path, line: number, column: failure.column + 1),
          sourceLine: lineText,
          hint: "each line is `<subject> <predicate> <object> .` with IRIs in <…> and "
            + "literals in \"…\"; nothing of this file was read")
      }
    }
    return facts
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
