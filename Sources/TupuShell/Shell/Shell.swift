import Foundation
import TupuDiagnostics
import TupuGraph
import TupuQuery

/// The REPL: one input loop over any `LineSource` and a table of dot-commands.
///
/// The terminal (readline), `.read FILE` and piped standard input all go through `process`;
/// only prompts, history and what an error does differ: on a terminal an error is shown and the
/// session goes on, in a script the first error stops it with the exit code of DESIGN.md.
public final class Shell {
  /// How a run of the loop ended.
  enum Ending: Equatable {
    case endOfInput
    case quit
    /// A script stopped at an error; the status is its exit code.
    case failed(Int32)
  }

  var backend: ShellBackend
  let interruptSwitch = InterruptSwitch()
  /// Rows a table shows at most.
  static let tableRowLimit = 10_000
  let clock = ContinuousClock()

  /// How rows are printed (`.mode`): the query module's formatters, as `tupu query` uses.
  public var mode: ResultFormat = .table
  var timer = false
  /// Where results go: nil is standard output, else the file of `.output FILE`.
  var outputFile: OutputChannel?
  var outputPath: String?
  var lastResult: ResultTable?
  var lastStatement: Statement?
  /// Nesting of `.read`, to stop a file that reads itself.
  var readDepth = 0
  /// Whether the session runs on a terminal (decides colours and chatter).
  var interactive = false
  /// `.headers`: column names above the rows.
  var headers = true
  /// `.bail`: stop at the first error; nil is the default (stop in scripts, not on a terminal).
  var bail: Bool?
  /// `.echo`: print each statement before it runs.
  var echo = false
  /// `.once FILE`: where the next result goes, then back to the output.
  var onceFile: OutputChannel?
  /// Cells a table may take (the terminal's width); nil: no limit.
  public var tableWidth: (() -> Int?)?

  private let writeOutput: (String) throws(OutputFailure) -> Void
  private let writeErrors: (String) -> Void

  /// - Parameters:
  ///   - output, errors: where text goes; standard output and standard error by default.
  public init(
    backend: ShellBackend, output: ((String) -> Void)? = nil, errors: ((String) -> Void)? = nil
  ) {
    self.backend = backend
    if let output {
      self.writeOutput = { text throws(OutputFailure) in output(text) }
    } else {
      self.writeOutput = { text throws(OutputFailure) in
        try OutputChannel.standardOutput.write(text)
      }
    }
    self.writeErrors = errors ?? { try? OutputChannel.standardError.write($0) }
    interruptSwitch.connect(backend.makeInterrupter())
  }

  /// Runs piped standard input as a script: no prompts, the first error stops it.
  /// Returns the exit code.
  public func runScript() -> Int32 {
    status(of: process(StandardInputLines()))
  }

  /// Runs `text` as a script named `name`; for tests and `tupu repl < FILE` alike.
  func runScript(_ text: String, name: String = "<stdin>") -> Int32 {
    status(of: process(TextLines(text, name: name)))
  }

  func status(of ending: Ending) -> Int32 {
    if case .failed(let code) = ending { return code }
    return 0
  }

  // MARK: The loop

  /// Reads statements and dot-commands from `source` until its end, `.quit`, or (in a script)
  /// the first error.
  func process(_ source: LineSource) -> Ending {
    var pending: [String] = []
    var startLine = 0
    var lineNumber = 0
    // In a script a complete statement waits for the next line, which may continue it
    // (`order by …` on a line of its own); on a terminal it runs at once.
    var complete = false
    // With `.bail off` a script runs on after an error and ends with the last error's status.
    var failure: Int32?
    while let input = source.nextLine(pending: pending) {
      lineNumber += 1
      if input.discardsPending { pending.removeAll() }
      let line = input.text
      if complete {
        complete = false
        if !StatementReader.continuesStatement(line) {
          let text = pending.joined(separator: "\n")
          pending.removeAll()
          let statement = Statement(text, at: SourceLocation(source: source.name, line: startLine))
          if let code = execute(statement) {
            if stops(source) { return .failed(code) }
            failure = code
          }
        }
      }
      if pending.isEmpty {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
        if trimmed.hasPrefix(".") {
          source.remember(trimmed)
          let location = SourceLocation(source: source.name, line: lineNumber)
          let ending = runDotCommand(trimmed, at: location, from: source)
          if ending == .quit { return .quit }
          if case .failed(let code) = ending {
            if stops(source) { return ending }
            failure = code
          }
          continue
        }
        startLine = lineNumber
      }
      pending.append(line)
      let text = pending.joined(separator: "\n")
      guard isComplete(text) else { continue }
      if !source.isInteractive {
        complete = true
        continue
      }
      pending.removeAll()
      source.remember(text.split(separator: "\n").joined(separator: " "))
      let statement = Statement(text, at: SourceLocation(source: source.name, line: startLine))
      if let code = execute(statement) {
        if stops(source) { return .failed(code) }
        failure = code
      }
    }
    // A script that ends inside a statement: run it, so that the user sees what is missing.
    if !pending.isEmpty, !source.isInteractive {
      let statement = Statement(
        pending.joined(separator: "\n"), at: SourceLocation(source: source.name, line: startLine))
      if let code = execute(statement) { return .failed(code) }
    }
    if let failure, !source.isInteractive { return .failed(failure) }
    return .endOfInput
  }

  /// Whether an error ends reading `source`: `.bail`, else in scripts and not on a terminal.
  func stops(_ source: LineSource) -> Bool {
    bail ?? !source.isInteractive
  }

  /// The query module decides, so that the REPL and scripts split statements alike.
  func isComplete(_ text: String) -> Bool {
    StatementReader.isComplete(text)
  }

  // MARK: Statements

  /// Runs one statement and shows its outcome; returns an exit code when it failed.
  func execute(_ statement: Statement) -> Int32? {
    var statement = statement
    // NB: as `tupu query`: a table shows at most 10,000 rows; TSV, CSV and JSON show all.
    statement.rowLimit = mode == .table ? Self.tableRowLimit : nil
    lastStatement = statement
    interruptSwitch.reset()
    if echo { try? say(statement.text + "\n") }
    let started = clock.now
    // `.once FILE` takes the next result, whatever it is.
    defer {
      try? onceFile?.close()
      onceFile = nil
    }
    do {
      switch try backend.run(statement) {
      case .rows(let result, let notes):
        lastResult = result
        for note in notes { showDiagnostic(note) }
        let width = mode == .table && outputFile == nil && onceFile == nil ? tableWidth?() : nil
        try emit(mode.render(result, width: width, headers: headers))
        showTime(since: started)
        return nil
      case .assertion(let outcome):
        outcome.notes.forEach(showDiagnostic)
        if outcome.holds {
          if interactive { try emit("assertion holds (\(outcome.actual))\n") }
          showTime(since: started)
          return nil
        }
        showDiagnostic(
          Diagnostic(
            "assertion failed: expected \(outcome.expectation), found \(outcome.actual)",
            at: statement.location,
            sourceLine: statement.text.split(separator: "\n", omittingEmptySubsequences: false)
              .first.map(String.init)))
        return 1
      }
    } catch {
      return fail(error)
    }
  }

  /// Shows an error and returns its exit code (2 syntax or usage, 3 input or store).
  @discardableResult
  func fail(_ error: any Error) -> Int32 {
    if interruptSwitch.hasFired {
      showError("interrupted\n")
      return 3
    }
    switch error {
    case let failure as StatementFailure:
      failure.diagnostics.forEach(showDiagnostic)
      return failure.kind.exitStatus
    case let usage as UsageError:
      showDiagnostic(usage.diagnostic)
      return 2
    case let convertible as DiagnosticConvertible:
      showDiagnostic(convertible.diagnostic)
      return 3
    default:
      showDiagnostic(Diagnostic(String(describing: error)))
      return 3
    }
  }

  // MARK: Writing

  /// Writes results: to `.output FILE` when one is set, else to standard output. A failed
  /// write (a full disk) is an error of the statement: shown, and the session goes on.
  func emit(_ text: String) throws(OutputFailure) {
    guard !text.isEmpty else { return }
    if let onceFile {
      try onceFile.write(text)
    } else if let outputFile {
      try outputFile.write(text)
    } else {
      try writeOutput(text)
    }
  }

  /// Writes to the terminal even when results go to a file (help, timer, confirmations).
  func say(_ text: String) throws(OutputFailure) {
    try writeOutput(text)
  }

  func showError(_ text: String) {
    writeErrors(text)
  }

  func showDiagnostic(_ diagnostic: Diagnostic) {
    let renderer = DiagnosticRenderer(useColor: interactive && isatty(STDERR_FILENO) == 1)
    writeErrors(renderer.render(diagnostic) + "\n")
  }

  private func showTime(since start: ContinuousClock.Instant) {
    guard timer else { return }
    let elapsed = clock.now - start
    let milliseconds =
      Double(elapsed.components.seconds) * 1000
      + Double(elapsed.components.attoseconds) / 1e15
    do {
      try say("Run Time: \(String(format: "%.3f", milliseconds)) ms\n")
    } catch {
      showDiagnostic(error.diagnostic)
    }
  }
}

/// A dot-command used wrongly: shown with its usage, exit code 2 in a script.
struct UsageError: Error, DiagnosticConvertible {
  var diagnostic: Diagnostic
  init(_ message: String, hint: String? = nil) {
    diagnostic = Diagnostic(message, hint: hint)
  }
}

extension Shell {
  /// Runs the REPL on the terminal: readline with history and completion, until Ctrl-D or
  /// `.quit`. Returns the exit code (0).
  public func runTerminal(banner: String? = nil) -> Int32 {
    Self.chooseUTF8Locale()
    interactive = true
    if tableWidth == nil { tableWidth = { Shell.terminalColumns() } }
    let terminal = ReadlineTerminal(
      completer: Completer(backend: backend),
      historyPath: ReadlineTerminal.historyPath(environment: ProcessInfo.processInfo.environment),
      interruptSwitch: interruptSwitch)
    if let banner { try? say(banner + "\n") }
    _ = process(terminal)
    terminal.close()
    return 0
  }

  /// The width of the terminal on standard output, in cells (nil when it is no terminal).
  static func terminalColumns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return nil
    }
    return Int(size.ws_col)
  }

  /// Runs the init file (`.mode`, `.headers`… a user wants in every session): its errors are
  /// shown, and the session starts anyway.
  public func runInitFile(_ path: String) {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return }
    let previous = bail
    bail = false
    _ = process(TextLines(text, name: path))
    bail = previous
  }

  /// The init file: `$XDG_CONFIG_HOME/tupu/tupurc`, by default `~/.config/tupu/tupurc`.
  public static func initFilePath(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      return config + "/tupu/tupurc"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/tupu/tupurc"
  }

  /// readline reads CJK as meta keys unless the character type locale is UTF-8: take the
  /// user's, and fall back to C.UTF-8 when theirs is not UTF-8.
  static func chooseUTF8Locale() {
    setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}
