import TupuDiagnostics

/// Reads facts in the shared gold format: `subject<TAB>predicate<TAB>object` a line, `type`
/// lines for classes, `a|b` alternatives (the first is canonical), `#` comments, blank lines.
/// `title` objects (and those of `literalPredicates`) are literals.
public enum TSVFactsReader {
  public static let pattern = "tsv"

  public static func read(
    bytes: [UInt8], path: String, literalPredicates: Set<String> = ["title"]
  ) throws -> DocumentGraph {
    _ = try FactsFile.decodeUTF8(bytes, path: path)
    let (facts, hash) = try FactsFile.parseWhileHashing(bytes) {
      try parse(bytes: bytes, path: path, literalPredicates: literalPredicates)
    }
    return DocumentGraph(document: DocumentRecord(contentHash: hash, path: path), facts: facts)
  }

  private static func parse(
    bytes: [UInt8], path: String, literalPredicates: Set<String>
  ) throws -> [Fact] {
    var facts: [Fact] = []
    let lines = FactsFile.lineRanges(bytes)
    facts.reserveCapacity(lines.count)
    var vocabulary = RepeatedStrings()
    try bytes.withUnsafeBufferPointer { buffer in
      var scalarOffset = 0
      var previousEnd = 0
      for (index, range) in lines.enumerated() {
        // Offsets count scalars of the whole file, line breaks included.
        scalarOffset += FactsFile.scalarCount(buffer, previousEnd..<range.lowerBound)
        let length = FactsFile.scalarCount(buffer, range)
        defer {
          scalarOffset += length
          previousEnd = range.upperBound
        }
        let number = index + 1
        // Up to three TAB-separated fields; `tabs` counts all of them for the error message.
        var tabs = 0
        var firstTab = range.upperBound
        var secondTab = range.upperBound
        var onlySpace = true
        for position in range {
          let byte = buffer[position]
          if byte == UInt8(ascii: "\t") {
            if tabs == 0 { firstTab = position } else if tabs == 1 { secondTab = position }
            tabs += 1
          } else if byte != UInt8(ascii: " ") {
            onlySpace = false
          }
        }
        if onlySpace && tabs == 0 { continue }
        if let first = buffer[range].first(where: { $0 != UInt8(ascii: " ") }),
          first == UInt8(ascii: "#")
        {
          continue
        }
        let fieldRanges = [
          range.lowerBound..<firstTab, min(firstTab + 1, range.upperBound)..<secondTab,
          min(secondTab + 1, range.upperBound)..<range.upperBound,
        ]
        let line = String(decoding: buffer[range], as: UTF8.self)
        guard tabs == 2 else {
          let count = tabs + 1
          throw Diagnostic(
            "expected 3 fields separated by TABs (subject, predicate, object), found \(count)",
            at: SourceLocation(source: path, line: number, column: line.count + 1),
            sourceLine: line,
            hint: count < 3
              ? "write each fact as subject<TAB>predicate<TAB>object; spaces do not separate fields"
              : "a name cannot contain a TAB; remove the extra fields")
        }
        let names = [
          canonicalRange(buffer, fieldRanges[0]), canonicalRange(buffer, fieldRanges[1]),
          canonicalRange(buffer, fieldRanges[2]),
        ]
        if let empty = names.firstIndex(where: { $0.isEmpty }) {
          let column = String(decoding: buffer[range.lowerBound..<fieldRanges[empty].lowerBound], as: UTF8.self).count + 1
          throw Diagnostic(
            "the \(["subject", "predicate", "object"][empty]) is empty",
            at: SourceLocation(source: path, line: number, column: column), sourceLine: line,
            hint: "every line needs a subject, a predicate and an object")
        }
        let subject = String(decoding: buffer[names[0]], as: UTF8.self)
        let predicate = vocabulary.string(buffer, names[1])
        let objectName =
          predicate == typePredicate
          ? vocabulary.string(buffer, names[2]) : String(decoding: buffer[names[2]], as: UTF8.self)
        let object: Term =
          predicate == typePredicate
          ? .classRef(objectName)
          : literalPredicates.contains(predicate) ? .literal(objectName) : .entity(objectName)
        facts.append(
          Fact(
            subject, predicate, object,
            evidence: Evidence(
              article: 0, sentence: number, start: scalarOffset, end: scalarOffset + length,
              text: line, pattern: pattern)))
      }
    }
    return facts
  }

  /// Strings that recur on most lines (predicates, class names), made once and shared.
  struct RepeatedStrings {
    private var known: [(bytes: [UInt8], string: String)] = []

    mutating func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
      let slice = buffer[range]
      for entry in known where entry.bytes.count == slice.count && entry.bytes.elementsEqual(slice) {
        return entry.string
      }
      let string = String(decoding: slice, as: UTF8.self)
      if known.count < 64 { known.append((Array(slice), string)) }
      return string
    }
  }

  /// The bytes of the canonical name in a field `a|b|c`: the first alternative, without
  /// surrounding spaces.
  static func canonicalRange(_ buffer: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Range<Int> {
    var end = field.upperBound
    if let bar = buffer[field].firstIndex(of: UInt8(ascii: "|")) { end = bar }
    var start = field.lowerBound
    while start < end, isSpace(buffer[start]) { start += 1 }
    while end > start, isSpace(buffer[end - 1]) { end -= 1 }
    return start..<end
  }

  @inline(__always)
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }
}
