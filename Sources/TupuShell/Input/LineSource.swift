/// Where the input loop reads lines from: the terminal (readline), a file (`.read`), or piped
/// standard input. The loop is the same for all of them.
protocol LineSource: AnyObject {
  /// The name diagnostics use for this input: a path, `<stdin>` or `repl`.
  var name: String { get }
  /// True on a terminal: prompts are shown, errors do not stop the session.
  var isInteractive: Bool { get }
  /// The next line without its newline, or nil at the end of input. `pending` holds the
  /// earlier lines of an unfinished statement (a continuation prompt; variables to complete).
  func nextLine(pending: [String]) -> InputLine?
  /// A whole statement or dot-command was read: a terminal keeps it in its history.
  func remember(_ entry: String)
}

extension LineSource {
  func remember(_ entry: String) {}
}

/// One line read, and whether the user cancelled what was typed before it (Ctrl-C at the
/// continuation prompt), so that the loop drops the unfinished statement.
struct InputLine: Hashable, Sendable {
  var text: String
  var discardsPending: Bool = false
}

/// Lines of a text already in memory: a `.read` file, or a test's script.
final class TextLines: LineSource {
  let name: String
  let isInteractive = false
  private var lines: [Substring]
  private var index = 0

  init(_ text: String, name: String) {
    self.name = name
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    self.lines = lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
  }

  func nextLine(pending: [String]) -> InputLine? {
    guard index < lines.count else { return nil }
    defer { index += 1 }
    return InputLine(text: String(lines[index]))
  }
}

/// Piped standard input, read a line at a time with no prompt and no echo.
final class StandardInputLines: LineSource {
  let name = "<stdin>"
  let isInteractive = false

  func nextLine(pending: [String]) -> InputLine? {
    Swift.readLine(strippingNewline: true).map { InputLine(text: $0) }
  }
}
