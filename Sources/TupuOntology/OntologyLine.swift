import Foundation

/// One meaningful line of an ontology file: `keyword arg… key=value… -- summary`.
///
/// The format is deliberately tiny so that a person edits it without a manual: fields are
/// separated by spaces, `#` starts a comment line, `key=value` fields are options (a value may
/// hold commas), and everything after ` -- ` is free text.
struct OntologyLine: Sendable {
  var file: String
  var number: Int
  var text: String
  var keyword: String
  var arguments: [String]
  var options: [String: String]
  var summary: String

  /// Splits one line; nil for blank lines and comments.
  // NB: over the line's UTF-8 bytes, not its Characters nor Foundation's trimming and search:
  // every start of the command parses every line of the ontology (~190 KB); by Characters that
  // took 1,200 instructions a byte, by a Substring's scalar view (an index check a step) ~26,000
  // a line. The same results for the ontology's text: spaces and tabs separate fields (bytes that
  // never occur inside a longer scalar, so every piece is whole UTF-8), and the ends are trimmed
  // of tabs and Unicode spaces (Zs), as `trimmingCharacters(in: .whitespaces)` trims them.
  static func parse(_ raw: Substring, file: String, number: Int) -> OntologyLine? {
    var line = raw
    let parts: (keyword: String, arguments: [String], options: [String: String], summary: String)? =
      line.withUTF8 { bytes in
        var lower = 0
        var upper = bytes.count
        while lower < upper {
          let length = blankLength(bytes, startingAt: lower)
          if length == 0 { break }
          lower += length
        }
        while lower < upper {
          let length = blankLength(bytes, endingAt: upper)
          if length == 0 { break }
          upper -= length
        }
        guard lower < upper, bytes[lower] != UInt8(ascii: "#") else { return nil }
        func text(_ from: Int, _ to: Int) -> String {
          String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
        var bodyEnd = upper
        var summary = ""
        // The first ` -- `: the rest of the line is its summary.
        var position = lower
        while position + 4 <= upper {
          if bytes[position] == 0x20, bytes[position + 1] == 0x2D, bytes[position + 2] == 0x2D,
            bytes[position + 3] == 0x20
          {
            bodyEnd = position
            var summaryStart = position + 4
            var summaryEnd = upper
            while summaryStart < summaryEnd {
              let length = blankLength(bytes, startingAt: summaryStart)
              if length == 0 { break }
              summaryStart += length
            }
            while summaryStart < summaryEnd {
              let length = blankLength(bytes, endingAt: summaryEnd)
              if length == 0 { break }
              summaryEnd -= length
            }
            summary = text(summaryStart, summaryEnd)
            break
          }
          position += 1
        }
        var keyword: String?
        var arguments: [String] = []
        var options: [String: String] = [:]
        func field(_ from: Int, _ to: Int) {
          guard keyword != nil else {
            keyword = text(from, to)
            return
          }
          var equals = from
          while equals < to, bytes[equals] != UInt8(ascii: "=") { equals += 1 }
          if equals < to, equals != from {
            options[text(from, equals)] = text(equals + 1, to)
          } else {
            arguments.append(text(from, to))
          }
        }
        // NB: room for every field at once (a `words` line has hundreds: the array grew 7,000
        // times at every start).
        var blanks = 0
        for offset in lower..<bodyEnd where bytes[offset] == 0x20 || bytes[offset] == 0x09 { blanks += 1 }
        arguments.reserveCapacity(blanks)
        var fieldStart: Int?
        position = lower
        while position < bodyEnd {
          let byte = bytes[position]
          if byte == 0x20 || byte == 0x09 {
            if let start = fieldStart { field(start, position) }
            fieldStart = nil
          } else if fieldStart == nil {
            fieldStart = position
          }
          position += 1
        }
        if let start = fieldStart { field(start, bodyEnd) }
        guard let keyword else { return nil }
        return (keyword, arguments, options, summary)
      }
    guard let parts else { return nil }
    return OntologyLine(
      file: file, number: number, text: String(raw), keyword: parts.keyword,
      arguments: parts.arguments, options: parts.options, summary: parts.summary)
  }

  /// The length in bytes of the blank (a tab or a Unicode space separator, as
  /// `CharacterSet.whitespaces`) that starts at `index`, or 0.
  private static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, startingAt index: Int) -> Int {
    let lead = bytes[index]
    if lead == 0x20 || lead == 0x09 { return 1 }
    if lead < 0x80 { return 0 }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    return isSpaceSeparator(bytes, index, length) ? length : 0
  }

  /// The length in bytes of the blank that ends before `end`, or 0.
  private static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
    let last = bytes[end - 1]
    if last == 0x20 || last == 0x09 { return 1 }
    if last < 0x80 { return 0 }
    var start = end - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return isSpaceSeparator(bytes, start, end - start) ? end - start : 0
  }

  /// Whether the scalar of `length` bytes at `start` (valid UTF-8, not ASCII) is a space (Zs).
  private static func isSpaceSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int)
    -> Bool
  {
    var value = UInt32(bytes[start]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(bytes[start + offset] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.generalCategory == .spaceSeparator
  }

  /// 1-based column of the first occurrence of `field` in the line, for the caret.
  func column(of field: String) -> Int? {
    guard let range = text.range(of: field) else { return nil }
    return text.distance(from: text.startIndex, to: range.lowerBound) + 1
  }
}
