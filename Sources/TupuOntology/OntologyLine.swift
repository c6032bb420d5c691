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
  static func parse(_ raw: Substring, file: String, number: Int) -> OntologyLine? {
    let trimmed = raw.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
    var body = Substring(trimmed)
    var summary = ""
    if let range = body.range(of: " -- ") {
      summary = String(body[range.upperBound...]).trimmingCharacters(in: .whitespaces)
      body = body[..<range.lowerBound]
    }
    let fields = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let keyword = fields.first else { return nil }
    var arguments: [String] = []
    var options: [String: String] = [:]
    for field in fields.dropFirst() {
      if let equals = field.firstIndex(of: "="), equals != field.startIndex {
        options[String(field[..<equals])] = String(field[field.index(after: equals)...])
      } else {
        arguments.append(field)
      }
    }
    return OntologyLine(
      file: file, number: number, text: String(raw), keyword: keyword, arguments: arguments,
      options: options, summary: summary)
  }

  /// 1-based column of the first occurrence of `field` in the line, for the caret.
  func column(of field: String) -> Int? {
    guard let range = text.range(of: field) else { return nil }
    return text.distance(from: text.startIndex, to: range.lowerBound) + 1
  }
}
