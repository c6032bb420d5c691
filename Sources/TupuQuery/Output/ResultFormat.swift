import TupuDiagnostics
import TupuGraph

/// How an answer is written: aligned table, TSV, CSV or JSON. The same answer gives the same
/// bytes; nothing but the table has decorations.
public enum ResultFormat: String, CaseIterable, Sendable {
  case table, tsv, csv, json

  /// The answer as text, ending with a newline (nothing for an empty TSV/CSV body).
  ///
  /// A ground query (no columns) answers `yes` or `no` (`{"answer": true}` in JSON: an
  /// object, as every other answer's rows are, never a bare value).
  ///
  /// - Parameters:
  ///   - width: a table wider than this many cells has its widest columns cut (`…`).
  ///   - headers: false leaves out the header (and the table's rule under it).
  public func render(_ table: ResultTable, width: Int? = nil, headers: Bool = true) -> String {
    if table.columns.isEmpty {
      let found = !table.rows.isEmpty
      return self == .json
        ? "{\"answer\": \(found)}\n" : (found ? "yes\n" : "no\n")
    }
    guard headers else {
      let lines = render(table, width: width)
        .split(separator: "\n", omittingEmptySubsequences: false)
      switch self {
      case .table: return table.rows.isEmpty ? "" : lines.dropFirst(2).joined(separator: "\n")
      case .tsv: return lines.dropFirst().joined(separator: "\n")
      case .csv:
        guard let end = render(table).range(of: "\r\n") else { return "" }
        return String(render(table)[end.upperBound...])
      case .json: return render(table)
      }
    }
    switch self {
    case .table:
      // NB: a header and dashes alone read as a broken table.
      if table.rows.isEmpty { return "(no answers)\n" }
      return renderTable(table, width: width)
    case .tsv:
      return ([table.columns.map(Self.tsvField)] + table.rows.map { $0.map { Self.tsvField($0.description) } })
        .map { $0.joined(separator: "\t") + "\n" }.joined()
    case .csv:
      return ([table.columns.map(Self.csvField)] + table.rows.map { $0.map { Self.csvField($0.description) } })
        .map { $0.joined(separator: ",") + "\r\n" }.joined()
    case .json: return renderJSON(table)
    }
  }

  /// Columns padded to their display width (a CJK character takes two cells), a rule under the
  /// header, numbers right-aligned.
  private func renderTable(_ table: ResultTable, width: Int?) -> String {
    var cells = table.rows.map { $0.map { Self.singleLine($0.description) } }
    var columns = table.columns
    var widths = table.columns.map { DisplayWidth.of($0) }
    for row in cells {
      for (index, text) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], DisplayWidth.of(text))
      }
    }
    if let width {
      // Narrow the widest column a cell at a time until the table fits (columns keep 8 cells).
      let gaps = 2 * (widths.count - 1)
      while widths.reduce(0, +) + gaps > width,
        let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8
      {
        widths[widest] -= 1
      }
      cells = cells.map { row in
        row.enumerated().map { index, text in
          index < widths.count ? DisplayWidth.truncate(text, to: widths[index]) : text
        }
      }
      columns = columns.enumerated().map { DisplayWidth.truncate($1, to: widths[$0]) }
    }
    let numeric = table.columns.indices.map { index in
      !table.rows.isEmpty && table.rows.allSatisfy {
        if case .integer = $0[index] { true } else { false }
      }
    }
    func line(_ fields: [String]) -> String {
      var parts: [String] = []
      for (index, field) in fields.enumerated() {
        let isLast = index == fields.count - 1
        if numeric[index] {
          parts.append(String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(field))) + field)
        } else {
          parts.append(isLast ? field : DisplayWidth.pad(field, to: widths[index]))
        }
      }
      return parts.joined(separator: "  ") + "\n"
    }
    var text = line(columns)
    text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    for row in cells { text += line(row) }
    return text
  }

  private func renderJSON(_ table: ResultTable) -> String {
    var text = "["
    for (rowIndex, row) in table.rows.enumerated() {
      text += rowIndex == 0 ? "\n  {" : ",\n  {"
      for (index, cell) in row.enumerated() {
        if index > 0 { text += ", " }
        text += Self.jsonString(table.columns[index]) + ": "
        switch cell {
        case .integer(let value): text += String(value)
        case .term(_, _, let name): text += Self.jsonString(name)
        case .empty: text += "null"
        }
      }
      text += "}"
    }
    return text + (table.rows.isEmpty ? "]\n" : "\n]\n")
  }

  static func tsvField(_ text: String) -> String { TSVText.escaped(text) }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func jsonString(_ text: String) -> String { JSONText.quoted(text) }

  static func singleLine(_ text: String) -> String {
    text.contains(where: \.isNewline) ? tsvField(text) : text
  }
}
