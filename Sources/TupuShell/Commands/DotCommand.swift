import TupuDiagnostics

/// One entry of the shell's command table: what `.help` lists, what completion offers, and
/// what the command does.
struct DotCommand: Sendable {
  /// What the arguments are completed from.
  enum ArgumentKind: Sendable {
    case none
    /// One of these words (`.mode table`).
    case words([String])
    /// A file path (readline's file name completion).
    case file
    /// An entity of the graph.
    case entity
    /// A dot-command name (`.help mode`).
    case command
    /// A query of the pattern language.
    case query
  }

  /// What running a command asks of the loop.
  enum Effect: Equatable, Sendable {
    case proceed
    case quit
  }

  /// The name without its dot.
  var name: String
  /// Other names (`exit` for `quit`).
  var aliases: [String] = []
  /// The arguments as `.help` shows them: `MODE`, `?FILE?`.
  var usage: String = ""
  /// One line for `.help`.
  var summary: String
  var argument: ArgumentKind = .none
  /// Runs the command; `argument` is the rest of the line after the name, trimmed.
  var action: @Sendable (Shell, _ argument: String, _ location: CommandContext) throws -> Effect

  /// `.name USAGE` as the first column of `.help`.
  var synopsis: String { usage.isEmpty ? "." + name : ".\(name) \(usage)" }

  func answers(to word: String) -> Bool { word == name || aliases.contains(word) }
}

/// Where a dot-command was typed, for `.read` (relative paths, nesting) and diagnostics.
struct CommandContext {
  var location: SourceLocation
  var source: LineSource
}
