@preconcurrency import CReadline
import Foundation
import TupuDiagnostics

/// Lines from the terminal through GNU readline: prompts, editing, history kept across
/// sessions, tab completion, and Ctrl-C that clears the line (at the prompt) or cancels the
/// running statement (anywhere else).
///
/// NB: readline is C with global state, so is this type: one instance per process.
final class ReadlineTerminal: LineSource {
  static let prompt = "tupu> "
  static let continuationPrompt = "  ...> "

  let name = "repl"
  let isInteractive = true
  private let historyPath: String?

  init(completer: Completer, historyPath: String?, interruptSwitch: InterruptSwitch) {
    self.historyPath = historyPath
    TerminalState.completer = completer
    TerminalState.primaryPrompt = strdup(Self.prompt)
    rl_readline_name = UnsafePointer(strdup("tupu"))
    rl_attempted_completion_function = completeWord
    rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n\"(),:^=<>!"))
    rl_completer_quote_characters = UnsafePointer(strdup("\""))
    using_history()
    if let historyPath {
      Self.prepareHistoryFile(historyPath)
      read_history(historyPath)
    }
    Self.installInterruptHandler(interruptSwitch)
  }

  func nextLine(pending: [String]) -> InputLine? {
    TerminalState.pendingStatement = pending.joined(separator: "\n")
    TerminalState.cancelledAtPrompt = 0
    TerminalState.insideReadline = 1
    let raw = readline(pending.isEmpty ? Self.prompt : Self.continuationPrompt)
    TerminalState.insideReadline = 0
    guard let raw else {
      try? OutputChannel.standardOutput.write("\n")
      return nil
    }
    defer { free(raw) }
    return InputLine(
      text: String(cString: raw), discardsPending: TerminalState.cancelledAtPrompt != 0)
  }

  /// Keeps `entry` in the history and appends it to the history file at once, so that a
  /// session that is killed loses nothing and two sessions do not overwrite each other.
  func remember(_ entry: String) {
    guard !entry.isEmpty else { return }
    if let last = history_get(history_base + history_length - 1),
      String(cString: last.pointee.line) == entry
    {
      return
    }
    add_history(entry)
    if let historyPath { append_history(1, historyPath) }
  }

  /// Trims the history file when the session ends.
  func close() {
    if let historyPath { history_truncate_file(historyPath, Self.historyLimit) }
  }

  static let historyLimit: Int32 = 2000

  /// `$XDG_DATA_HOME/tupu/history`, else `~/.local/share/tupu/history`; never the working folder.
  static func historyPath(environment: [String: String]) -> String? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return data + "/tupu/history"
    }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return home + "/.local/share/tupu/history"
    }
    return nil
  }

  /// Creates the folder and an empty file: `append_history` does not create the file.
  private static func prepareHistoryFile(_ path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    if descriptor >= 0 { Foundation.close(descriptor) }
  }

  /// Ctrl-C outside readline writes a byte to a pipe (async-signal-safe); a thread reading the
  /// pipe fires the interrupt switch, which calls `sqlite3_interrupt` through the backend.
  private static func installInterruptHandler(_ interruptSwitch: InterruptSwitch) {
    var descriptors: [Int32] = [0, 0]
    guard pipe(&descriptors) == 0 else { return }
    _ = TerminalState.interruptByte
    TerminalState.interruptPipe = descriptors[1]
    let readEnd = descriptors[0]
    let watcher = Thread {
      // SIGINT belongs to the main thread, where readline waits for keys.
      var interruptOnly = sigset_t()
      sigemptyset(&interruptOnly)
      sigaddset(&interruptOnly, SIGINT)
      pthread_sigmask(SIG_BLOCK, &interruptOnly, nil)
      var byte: UInt8 = 0
      while true {
        let count = read(readEnd, &byte, 1)
        if count == 1 {
          interruptSwitch.fire()
        } else if count < 0, errno == EINTR {
          continue
        } else {
          return
        }
      }
    }
    watcher.start()
    signal(SIGINT, interruptHandler)
    // A parent that blocked SIGINT (some test runners, some job controls) would leave Ctrl-C
    // dead in the REPL.
    var interruptOnly = sigset_t()
    sigemptyset(&interruptOnly)
    sigaddset(&interruptOnly, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &interruptOnly, nil)
  }
}

/// The C-visible state readline's callbacks and the signal handler use.
enum TerminalState {
  nonisolated(unsafe) static var completer: Completer?
  nonisolated(unsafe) static var matches: [String] = []
  nonisolated(unsafe) static var matchIndex = 0
  nonisolated(unsafe) static var insideReadline: Int32 = 0
  nonisolated(unsafe) static var cancelledAtPrompt: Int32 = 0
  nonisolated(unsafe) static var interruptPipe: Int32 = -1
  nonisolated(unsafe) static var primaryPrompt: UnsafeMutablePointer<CChar>?
  /// Allocated once: the signal handler must not allocate.
  nonisolated(unsafe) static let interruptByte: UnsafeMutablePointer<UInt8> = {
    let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    byte.pointee = 1
    return byte
  }()
}

/// SIGINT. Inside readline this runs from readline's own deferred signal handling (normal
/// context): clear the line and drop an unfinished statement. Elsewhere only the pipe write.
private func interruptHandler(_ signal: Int32) {
  if TerminalState.insideReadline != 0 {
    TerminalState.cancelledAtPrompt = 1
    _ = write(STDOUT_FILENO, "\n", 1)
    if let prompt = TerminalState.primaryPrompt { rl_set_prompt(prompt) }
    rl_on_new_line()
    rl_replace_line("", 0)
    rl_redisplay()
  } else if TerminalState.interruptPipe >= 0 {
    _ = write(TerminalState.interruptPipe, TerminalState.interruptByte, 1)
  }
}

/// readline's attempted-completion hook: the word between `start` and `end` (byte offsets).
private func completeWord(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  rl_attempted_completion_over = 1
  guard let completer = TerminalState.completer, let text, let buffer = rl_line_buffer else {
    return nil
  }
  let line = Array(UnsafeBufferPointer(start: buffer, count: Int(rl_end)))
    .map { UInt8(bitPattern: $0) }
  let startIndex = min(max(0, Int(start)), line.count)
  let endIndex = min(max(startIndex, Int(end)), line.count)
  let request = Completer.Request(
    pending: TerminalState.pendingStatement,
    before: String(decoding: line[..<startIndex], as: UTF8.self),
    word: String(cString: text),
    after: String(decoding: line[endIndex...], as: UTF8.self))
  switch completer.complete(request) {
  case .files:
    rl_attempted_completion_over = 0
    return nil
  case .words(let words):
    TerminalState.matches = words
    return rl_completion_matches(text, nextMatch)
  }
}

/// readline's generator: one strdup'ed match per call, nil after the last.
private func nextMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<
  CChar
>? {
  if state == 0 { TerminalState.matchIndex = 0 }
  guard TerminalState.matchIndex < TerminalState.matches.count else { return nil }
  defer { TerminalState.matchIndex += 1 }
  return strdup(TerminalState.matches[TerminalState.matchIndex])
}

extension TerminalState {
  /// The earlier lines of the statement being typed, for completing its variables.
  nonisolated(unsafe) static var pendingStatement = ""
}
