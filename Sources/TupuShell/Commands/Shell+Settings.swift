import Foundation
import TupuDiagnostics
import TupuQuery

/// The settings the sqlite3 shell has and people reach for: `.open`, `.once`, `.headers`,
/// `.show`, `.bail`, `.echo`, `.print`.
extension Shell {
  static let settingsCommands: [DotCommand] = [
    DotCommand(
      name: "open", usage: "FILE", summary: "Close the graph store and open FILE instead",
      argument: .file, action: { shell, argument, _ in try shell.openStore(argument) }),
    DotCommand(
      name: "once", usage: "FILE", summary: "Send the next result only to FILE",
      argument: .file, action: { shell, argument, _ in try shell.setOnce(argument) }),
    DotCommand(
      name: "headers", usage: "on|off", summary: "Show the column names above the rows",
      argument: .words(["on", "off"]),
      action: { shell, argument, _ in
        shell.headers = try Shell.onOff(argument, ".headers")
        return .proceed
      }),
    DotCommand(
      name: "bail", usage: "on|off",
      summary: "Stop at the first error (on by default in scripts, off on a terminal)",
      argument: .words(["on", "off"]),
      action: { shell, argument, _ in
        shell.bail = try Shell.onOff(argument, ".bail")
        return .proceed
      }),
    DotCommand(
      name: "echo", usage: "on|off", summary: "Print each statement before running it",
      argument: .words(["on", "off"]),
      action: { shell, argument, _ in
        shell.echo = try Shell.onOff(argument, ".echo")
        return .proceed
      }),
    DotCommand(
      name: "print", usage: "TEXT", summary: "Print TEXT",
      action: { shell, argument, _ in
        try shell.emit(Shell.unquote(argument) + "\n")
        return .proceed
      }),
    DotCommand(
      name: "show", summary: "The current settings",
      action: { shell, _, _ in
        try shell.showSettings()
        return .proceed
      }),
  ]

  static func onOff(_ argument: String, _ command: String) throws -> Bool {
    switch argument.lowercased() {
    case "on", "yes", "1": return true
    case "off", "no", "0": return false
    default: throw UsageError("usage: \(command) on|off")
    }
  }

  func openStore(_ argument: String) throws -> DotCommand.Effect {
    let path = Self.unquote(argument)
    guard !path.isEmpty else { throw UsageError("usage: .open FILE") }
    guard FileManager.default.fileExists(atPath: path) else {
      throw Diagnostic(
        "no graph store at \(path)", at: SourceLocation(source: path, line: 0),
        hint: "build one with `tupu ingest FILE… --db \(path)`")
    }
    guard let lazy = backend as? LazyBackend, lazy.reopen(storePath: path) else {
      throw UsageError(".open cannot switch stores here", hint: "start tupu repl --db \(path)")
    }
    lastResult = nil
    lastStatement = nil
    if interactive { try say("opened \(path)\n") }
    return .proceed
  }

  func setOnce(_ argument: String) throws -> DotCommand.Effect {
    let path = Self.unquote(argument)
    guard !path.isEmpty else { throw UsageError("usage: .once FILE") }
    let channel = try OutputChannel.create(path)
    try? onceFile?.close()
    onceFile = channel
    return .proceed
  }

  func showSettings() throws {
    let store = (backend as? LazyBackend)?.storePath ?? "?"
    let rows: [(String, String)] = [
      ("store", store), ("mode", mode.rawValue), ("headers", headers ? "on" : "off"),
      ("output", outputPath ?? "stdout"), ("timer", timer ? "on" : "off"),
      ("bail", (bail ?? !interactive) ? "on" : "off"), ("echo", echo ? "on" : "off"),
    ]
    let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
    try say(rows.map { DisplayWidth.pad($0.0, to: width) + "  " + $0.1 + "\n" }.joined())
  }
}
