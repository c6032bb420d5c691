import TupuDiagnostics

/// A problem with a statement, at a line and column of its text. The wording of every message
/// lives in the static constructors below; `diagnostic(…)` renders it against the source.
public struct QueryError: Error, Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// The text does not follow the grammar.
    case syntax
    /// The text parses but names an unknown predicate or class, or misuses a variable.
    case check
  }

  public var kind: Kind
  public var message: String
  /// 1-based, within the statement text.
  public var line: Int
  public var column: Int
  public var length: Int
  public var hint: String?

  static func syntax(
    _ message: String, line: Int, column: Int, length: Int, expected: String
  ) -> QueryError {
    QueryError(
      kind: .syntax, message: message, line: line, column: column, length: length,
      hint: "expected \(expected)")
  }

  static func unexpected(_ token: Token, expected: String) -> QueryError {
    QueryError(
      kind: .syntax,
      message: token.kind == .end
        ? "the statement ends too soon" : "unexpected \(token.quotedForMessage)",
      line: token.line,
      column: token.column, length: token.length, hint: "expected \(expected)")
  }

  static func unknownPredicate(_ token: Token, candidates: [String]) -> QueryError {
    QueryError(
      kind: .check, message: "unknown predicate `\(token.text)`", line: token.line,
      column: token.column, length: token.length,
      hint: Suggestions.hint(for: token.text, in: candidates)
        ?? "predicates: \(unique(candidates).joined(separator: ", "))")
  }

  /// A class written where a predicate goes: `?x Official ?y`.
  static func classAsPredicate(_ token: Token, className: String) -> QueryError {
    QueryError(
      kind: .check, message: "`\(token.text)` is a class, not a predicate", line: token.line,
      column: token.column, length: token.length,
      hint: "test the class with `:`, e.g. `?x : \(className)`")
  }

  static func unknownClass(_ token: Token, candidates: [String]) -> QueryError {
    QueryError(
      kind: .check, message: "unknown class `\(token.text)`", line: token.line,
      column: token.column, length: token.length,
      hint: Suggestions.hint(for: token.text, in: candidates)
        ?? "classes: \(unique(candidates).joined(separator: ", "))")
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  static func check(_ message: String, at token: Token, hint: String? = nil) -> QueryError {
    QueryError(
      kind: .check, message: message, line: token.line, column: token.column,
      length: token.length, hint: hint)
  }

  /// The diagnostic for this error in `text`, whose first line is line `firstLine` of `source`.
  public func diagnostic(source: String, text: String, firstLine: Int = 1) -> Diagnostic {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let sourceLine = line - 1 < lines.count ? String(lines[line - 1]) : nil
    return Diagnostic(
      message, at: SourceLocation(source: source, line: firstLine + line - 1, column: column),
      sourceLine: sourceLine, length: length, hint: hint)
  }
}
