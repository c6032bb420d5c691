import TupuGraph

/// How the shell prints result rows (`.mode`).
public enum OutputMode: String, CaseIterable, Sendable {
  /// Columns aligned by display width (CJK characters are two columns wide).
  case table
  /// Tab-separated values with a header row.
  case tsv
  /// Comma-separated values (RFC 4180) with a header row.
  case csv
  /// A JSON array of objects, one per row.
  case json
}

/// Turns a result into the text of one output mode. The shell does not format rows itself:
/// the query module's formatters do, so that `tupu query` and the REPL print the same bytes.
public typealias ResultRenderer = @Sendable (ResultSet, OutputMode) -> String

/// Turns facts into a Graphviz DOT document, for `.dot` (the export module's writer).
public typealias DotRenderer = @Sendable ([Fact]) -> String
