import ArgumentParser
import Foundation
import TupuShell
import TupuStore

/// `tupu repl`: the interactive shell on a terminal; piped input runs as a script.
struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Ask the graph questions interactively (what `tupu` alone starts on a terminal).",
    discussion: """
      On a terminal: GNU readline with history (in $XDG_DATA_HOME/tupu/history), tab \
      completion, multi-line statements and dot-commands (.help lists them). Ctrl-C cancels \
      the running query, Ctrl-D leaves. Piped input runs as a script without prompts and \
      stops at the first error (exit 1 assertion, 2 syntax, 3 store). Results are tables on a \
      terminal and TSV when piped, as with `tupu query`. Before the first statement the init \
      file $XDG_CONFIG_HOME/tupu/tupurc (default ~/.config/tupu/tupurc) runs, unless --no-init.
      """)

  @OptionGroup var options: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "Stop a query that runs longer than this many seconds (0: no limit). Default: none on a "
        + "terminal, where Ctrl-C cancels; 60 for piped scripts, which nobody can interrupt.",
      valueName: "seconds"))
  var timeout: Double?

  @Flag(help: "Skip the init file ($XDG_CONFIG_HOME/tupu/tupurc).")
  var noInit = false

  func validate() throws {
    if let timeout, !(timeout >= 0) {
      throw ValidationError("--timeout takes a number of seconds, 0 or more")
    }
  }

  func run() throws {
    let options = self.options
    let onTerminal = isatty(STDIN_FILENO) == 1
    let seconds = timeout ?? (onTerminal ? 0 : 60)
    let limits = QueryLimits(seconds: seconds > 0 ? seconds : nil)
    // NB: the store and the ontology open on the first statement or Tab, not before the
    // prompt (ready within 50 ms).
    let backend = LazyBackend(storePath: options.storePath) { path in
      var opened = options
      opened.db = path
      return SessionBackend(
        session: try QueryCommandSupport.openSession(opened, asserted: false, limits: limits),
        storePath: path)
    }
    let shell = Shell(backend: backend)
    // The same rule as `tupu query`: a table for a person, TSV for a program.
    shell.mode = isatty(STDOUT_FILENO) == 1 ? .table : .tsv
    if !noInit, let path = Shell.initFilePath(environment: ProcessInfo.processInfo.environment),
      FileManager.default.fileExists(atPath: path)
    {
      shell.runInitFile(path)
    }
    let status: Int32
    if onTerminal {
      status = shell.runTerminal(
        banner: "tupu \u{2014} graph \(options.storePath); .help for commands, Ctrl-D to leave")
    } else {
      status = shell.runScript()
    }
    if status != 0 { throw ExitCode(status) }
  }
}
