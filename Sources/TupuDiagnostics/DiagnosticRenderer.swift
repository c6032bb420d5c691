/// Renders diagnostics the way compilers do:
///
///     error: expected a predicate
///      --> query:1:8
///       |
///     1 | 王建国 ?p
///       |        ^
///       = hint: …
///
/// Columns count characters; the caret is padded by display width (CJK is two cells).
public struct DiagnosticRenderer: Sendable {
  public var useColor: Bool

  public init(useColor: Bool = false) { self.useColor = useColor }

  public func render(_ diagnostic: Diagnostic) -> String {
    var lines: [String] = []
    lines.append("\(paint(diagnostic.severity.rawValue, diagnostic.severity)): \(diagnostic.message)")
    if let location = diagnostic.location {
      lines.append(" --> \(location)")
      if let source = diagnostic.sourceLine, location.line > 0 {
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        lines.append("\(gutter) |")
        lines.append("\(number) | \(source)")
        if let column = location.column {
          let prefix = source.prefix(max(0, column - 1))
          let underlined = source.dropFirst(max(0, column - 1)).prefix(diagnostic.length)
          // NB: a TAB in the line (a TSV facts file) is a TAB in the padding too, so the caret
          // lines up wherever the terminal puts its tab stops.
          let pad = prefix.map { character in
            character == "\t"
              ? "\t" : String(repeating: " ", count: DisplayWidth.of(String(character)))
          }.joined()
          let carets = String(repeating: "^", count: max(1, DisplayWidth.of(underlined)))
          lines.append("\(gutter) | \(pad)\(paint(carets, diagnostic.severity))")
        }
      }
    }
    if let hint = diagnostic.hint {
      lines.append("  = hint: \(hint)")
    }
    return lines.joined(separator: "\n")
  }

  private func paint(_ text: String, _ severity: Diagnostic.Severity) -> String {
    guard useColor else { return text }
    let code: String
    switch severity {
    case .error: code = "31"
    case .warning: code = "33"
    case .note: code = "36"
    }
    return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
  }
}
