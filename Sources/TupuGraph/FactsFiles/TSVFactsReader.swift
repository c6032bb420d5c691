import Foundation
import TupuDiagnostics

/// Reads facts in the shared gold format: `subject<TAB>predicate<TAB>object` a line, `type`
/// lines for classes, `a|b` alternatives (the first is canonical), `#` comments, blank lines.
/// `title` objects (and those of `literalPredicates`) are literals.
public enum TSVFactsReader {
  public static let pattern = "tsv"

  public static func read(
    bytes: [UInt8], path: String, literalPredicates: Set<String> = ["title"]
  ) throws -> DocumentGraph {
    try FactsFile.requireUTF8(bytes, path: path)
    let (facts, hash) = try FactsFile.parseWhileHashing(bytes) { () throws -> [Fact] in
      let lines = FactsFile.lineRanges(bytes)
      var sink = FactMaker(literalPredicates: literalPredicates, capacity: lines.count)
      try bytes.withUnsafeBufferPointer { buffer in
        try parse(buffer, lines: lines[...], path: path, into: &sink)
      }
      return sink.facts
    }
    return DocumentGraph(document: DocumentRecord(contentHash: hash, path: path), facts: facts)
  }

  /// The same facts as `read`, dictionary-encoded: a `String` per distinct term instead of
  /// several per line, for files of millions of lines.
  public static func readEncoded(
    bytes: [UInt8], path: String, literalPredicates: Set<String> = ["title"]
  ) throws -> EncodedGraph {
    try FactsFile.requireUTF8(bytes, path: path)
    let (encoded, hash) = try FactsFile.parseWhileHashing(bytes) { () throws -> EncodedGraph in
      let lines = FactsFile.lineRanges(bytes)
      return try bytes.withUnsafeBufferPointer { buffer in
        // Big files are read in parts on all cores, each part interning its own terms, and
        // the parts merged in order: the same terms and rows as one pass.
        let partCount = lines.count < 100_000 ? 1 : max(1, min(4, activeProcessorCount()))
        let parts = PartResults(count: partCount, buffer: buffer)
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
          let from = lines.count * part / partCount
          let to = lines.count * (part + 1) / partCount
          var sink = TermInterner(literalPredicates: literalPredicates)
          sink.reserve(bytes: (parts.buffer.count / partCount))
          do {
            try parse(parts.buffer, lines: lines[from..<to], path: path, into: &sink)
          } catch {
            parts.errors[part] = error
          }
          parts.interners[part] = sink
        }
        var merged = parts.interners[0]
        defer {
          merged.deallocate()
          for index in 1..<partCount { parts.interners[index].deallocate() }
        }
        if let error = parts.errors.compactMap({ $0 }).first { throw error }
        for index in 1..<partCount { merged.absorb(parts.interners[index]) }
        return EncodedGraph(
          document: DocumentRecord(contentHash: "", path: path), terms: merged.terms,
          predicates: merged.predicates.map(\.string), rows: merged.rows,
          lineTexts: merged.lineTexts, pattern: pattern)
      }
    }
    var graph = encoded
    graph.document.contentHash = hash
    return graph
  }

  /// What each part of a parallel read left: written by its own iteration only, read after
  /// all of them ended.
  private final class PartResults: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
    var interners: [TermInterner]
    var errors: [Error?]

    init(count: Int, buffer: UnsafeBufferPointer<UInt8>) {
      self.buffer = buffer
      interners = Array(repeating: TermInterner(literalPredicates: []), count: count)
      errors = Array(repeating: nil, count: count)
    }
  }

  private static func activeProcessorCount() -> Int {
    ProcessInfo.processInfo.activeProcessorCount
  }

  /// Walks the lines, checks each, and hands every fact line to `sink` with the byte ranges
  /// of its canonical fields.
  private static func parse<Sink: FactLineSink>(
    _ buffer: UnsafeBufferPointer<UInt8>, lines: ArraySlice<Range<Int>>, path: String,
    into sink: inout Sink
  ) throws {
    for numbered in FactsFile.NumberedLines(buffer, lines: lines) {
      let (range, number) = (numbered.range, numbered.number)
      // Up to three TAB-separated fields; `tabs` counts all of them for the error message.
      var tabs = 0
      var firstTab = range.upperBound
      var secondTab = range.upperBound
      var onlySpace = true
      var escapes = false
      for position in range {
        let byte = buffer[position]
        if byte == UInt8(ascii: "\t") {
          if tabs == 0 { firstTab = position } else if tabs == 1 { secondTab = position }
          tabs += 1
        } else if byte != UInt8(ascii: " ") {
          onlySpace = false
          if byte == UInt8(ascii: "\\") { escapes = true }
        }
      }
      if onlySpace && tabs == 0 { continue }
      if let first = buffer[range].first(where: { $0 != UInt8(ascii: " ") }),
        first == UInt8(ascii: "#")
      {
        continue
      }
      guard tabs == 2 else {
        let line = String(decoding: buffer[range], as: UTF8.self)
        let count = tabs + 1
        throw Diagnostic(
          "expected 3 fields separated by TABs (subject, predicate, object), found \(count)",
          at: SourceLocation(source: path, line: number, column: line.count + 1),
          sourceLine: line,
          hint: count < 3
            ? "write each fact as subject<TAB>predicate<TAB>object; spaces do not separate fields"
            : "a name cannot contain a TAB; remove the extra fields")
      }
      // NB: plain locals, not arrays: two small arrays a line were a tenth of the parse.
      let subjectRange = canonicalRange(buffer, range.lowerBound..<firstTab)
      let predicateRange = canonicalRange(buffer, (firstTab + 1)..<secondTab)
      let objectRange = canonicalRange(buffer, (secondTab + 1)..<range.upperBound)
      if subjectRange.isEmpty || predicateRange.isEmpty || objectRange.isEmpty {
        let line = String(decoding: buffer[range], as: UTF8.self)
        let (field, start) =
          subjectRange.isEmpty
          ? (0, range.lowerBound)
          : predicateRange.isEmpty ? (1, firstTab + 1) : (2, secondTab + 1)
        let column = String(decoding: buffer[range.lowerBound..<start], as: UTF8.self).count + 1
        throw Diagnostic(
          "the \(["subject", "predicate", "object"][field]) is empty",
          at: SourceLocation(source: path, line: number, column: column), sourceLine: line,
          hint: "every line needs a subject, a predicate and an object")
      }
      let isFactText =
        !escapes && subjectRange.lowerBound == range.lowerBound
        && subjectRange.upperBound == firstTab && predicateRange.lowerBound == firstTab + 1
        && predicateRange.upperBound == secondTab && objectRange.lowerBound == secondTab + 1
        && objectRange.upperBound == range.upperBound
      sink.add(
        FactLine(
          number: number, range: range, subject: subjectRange, predicate: predicateRange,
          object: objectRange, start: numbered.start, length: numbered.length, isFactText: isFactText),
        in: buffer)
    }
  }

  /// Strings that recur on most lines (predicates, class names), made once and shared.
  struct RepeatedStrings {
    enum ObjectKind { case entity, literal, classRef }

    private var known: [(bytes: [UInt8], string: String)] = []
    private var predicates: [(bytes: [UInt8], string: String, kind: ObjectKind)] = []

    /// The predicate's string and what kind of term its object is.
    mutating func predicate(
      _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literals: Set<String>
    ) -> (String, ObjectKind) {
      let slice = buffer[range]
      for entry in predicates
      where entry.bytes.count == slice.count && entry.bytes.elementsEqual(slice) {
        return (entry.string, entry.kind)
      }
      let string = String(decoding: slice, as: UTF8.self)
      let kind: ObjectKind =
        string == typePredicate ? .classRef : literals.contains(string) ? .literal : .entity
      if predicates.count < 64 { predicates.append((Array(slice), string, kind)) }
      return (string, kind)
    }

    mutating func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
      let slice = buffer[range]
      for entry in known where entry.bytes.count == slice.count && entry.bytes.elementsEqual(slice)
      {
        return entry.string
      }
      let string = String(decoding: slice, as: UTF8.self)
      if known.count < 64 { known.append((Array(slice), string)) }
      return string
    }
  }

  /// The bytes of the canonical name in a field `a|b|c`: the first alternative, without
  /// surrounding spaces.
  static func canonicalRange(_ buffer: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Range<
    Int
  > {
    var end = field.upperBound
    // NB: `\|` is a bar inside a name (TSVWriter's escape); only an unescaped one separates.
    var position = field.lowerBound
    while position < field.upperBound {
      if buffer[position] == UInt8(ascii: "\\") {
        position += 2
        continue
      }
      if buffer[position] == UInt8(ascii: "|") {
        end = position
        break
      }
      position += 1
    }
    var start = field.lowerBound
    while start < end, isSpace(buffer[start]) { start += 1 }
    while end > start, isSpace(buffer[end - 1]) { end -= 1 }
    return start..<end
  }

  /// The field's text with TSVWriter's escapes read back: `\t \n \r` as TAB, LF, CR and
  /// `\` + any other character as that character (`\\`, `\|`, `\#`).
  static func unescaped(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let slice = buffer[range]
    guard slice.contains(UInt8(ascii: "\\")) else { return String(decoding: slice, as: UTF8.self) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(slice.count)
    var position = range.lowerBound
    while position < range.upperBound {
      let byte = buffer[position]
      position += 1
      guard byte == UInt8(ascii: "\\"), position < range.upperBound else {
        bytes.append(byte)
        continue
      }
      let next = buffer[position]
      position += 1
      switch next {
      case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
      case UInt8(ascii: "n"): bytes.append(UInt8(ascii: "\n"))
      case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
      default: bytes.append(next)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @inline(__always)
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }
}
