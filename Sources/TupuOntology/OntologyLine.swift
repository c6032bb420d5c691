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
  // NB: over the line's scalars, not its Characters nor Foundation's trimming and search: every
  // start of the command parses every line of the ontology (134 KB), and by Characters that
  // took 1,200 instructions a byte. The same results for the ontology's text: spaces and tabs
  // separate fields, and the ends are trimmed of tabs and Unicode spaces (Zs), as
  // `trimmingCharacters(in: .whitespaces)` trims them.
  static func parse(_ raw: Substring, file: String, number: Int) -> OntologyLine? {
    let scalars = raw.unicodeScalars
    var lower = scalars.startIndex
    var upper = scalars.endIndex
    while lower < upper, isBlank(scalars[lower]) { lower = scalars.index(after: lower) }
    while lower < upper, isBlank(scalars[scalars.index(before: upper)]) {
      upper = scalars.index(before: upper)
    }
    guard lower < upper, scalars[lower] != "#" else { return nil }
    var bodyEnd = upper
    var summary = ""
    // The first ` -- `: the rest of the line is its summary.
    var position = lower
    while position < upper {
      if scalars[position] == " ", matchesDashes(scalars, at: position, before: upper) {
        bodyEnd = position
        var summaryStart = scalars.index(position, offsetBy: 4)
        var summaryEnd = upper
        while summaryStart < summaryEnd, isBlank(scalars[summaryStart]) {
          summaryStart = scalars.index(after: summaryStart)
        }
        while summaryStart < summaryEnd, isBlank(scalars[scalars.index(before: summaryEnd)]) {
          summaryEnd = scalars.index(before: summaryEnd)
        }
        summary = String(scalars[summaryStart..<summaryEnd])
        break
      }
      position = scalars.index(after: position)
    }
    var fields: [String] = []
    var fieldStart: Substring.UnicodeScalarView.Index?
    position = lower
    while position < bodyEnd {
      let scalar = scalars[position]
      if scalar == " " || scalar == "\t" {
        if let start = fieldStart { fields.append(String(scalars[start..<position])) }
        fieldStart = nil
      } else if fieldStart == nil {
        fieldStart = position
      }
      position = scalars.index(after: position)
    }
    if let start = fieldStart { fields.append(String(scalars[start..<bodyEnd])) }
    guard let keyword = fields.first else { return nil }
    var arguments: [String] = []
    var options: [String: String] = [:]
    for field in fields.dropFirst() {
      let fieldScalars = field.unicodeScalars
      if let equals = fieldScalars.firstIndex(of: "="), equals != fieldScalars.startIndex {
        options[String(fieldScalars[..<equals])] = String(
          fieldScalars[fieldScalars.index(after: equals)...])
      } else {
        arguments.append(field)
      }
    }
    return OntologyLine(
      file: file, number: number, text: String(raw), keyword: keyword, arguments: arguments,
      options: options, summary: summary)
  }

  /// A tab or a Unicode space separator (`CharacterSet.whitespaces`).
  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t"
      || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
  }

  /// Whether ` -- ` starts at `position` (before `end`).
  private static func matchesDashes(
    _ scalars: Substring.UnicodeScalarView, at position: Substring.UnicodeScalarView.Index,
    before end: Substring.UnicodeScalarView.Index
  ) -> Bool {
    var index = position
    for expected in [" ", "-", "-", " "] as [Unicode.Scalar] {
      guard index < end, scalars[index] == expected else { return false }
      index = scalars.index(after: index)
    }
    return true
  }

  /// 1-based column of the first occurrence of `field` in the line, for the caret.
  func column(of field: String) -> Int? {
    guard let range = text.range(of: field) else { return nil }
    return text.distance(from: text.startIndex, to: range.lowerBound) + 1
  }
}
