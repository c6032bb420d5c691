/// A problem a person can act on: what is wrong, where, and what to do about it.
///
/// Every module reports bad input as `Diagnostic` values (or errors that carry them), and one
/// renderer (`DiagnosticRenderer`) prints them for the command line, the REPL and tests alike.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning, note }

  public var severity: Severity
  public var message: String
  public var location: SourceLocation?
  /// The text of the line the location points into, for the caret display.
  public var sourceLine: String?
  /// How many characters the caret underlines (at least one).
  public var length: Int
  /// What to do: "did you mean …", "install …", "expected …".
  public var hint: String?

  public init(
    _ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil,
    length: Int = 1, hint: String? = nil, severity: Severity = .error
  ) {
    self.severity = severity
    self.message = message
    self.location = location
    self.sourceLine = sourceLine
    self.length = max(1, length)
    self.hint = hint
  }

  public var description: String { DiagnosticRenderer().render(self) }
}

/// Errors that can describe themselves as diagnostics (store errors, text errors, …).
public protocol DiagnosticConvertible: Error {
  var diagnostic: Diagnostic { get }
}

extension Diagnostic: DiagnosticConvertible {
  public var diagnostic: Diagnostic { self }
}
