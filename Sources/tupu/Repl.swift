import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuShell

/// `tupu repl`: the interactive shell on a terminal; piped input runs as a script.
struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Ask the graph questions interactively (what `tupu` alone starts on a terminal).",
    discussion: """
      On a terminal: GNU readline with history (in $XDG_DATA_HOME/tupu/history), tab \
      completion, multi-line statements and dot-commands (.help lists them). Ctrl-C cancels \
      the running query, Ctrl-D leaves. Piped input runs as a script without prompts and \
      stops at the first error (exit 1 assertion, 2 syntax, 3 store).
      """)

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let options = self.options
    // NB: interim until the query session and the store are merged: every statement reports
    // that the engine is missing; the shell itself (commands, history, completion) works.
    let backend = LazyBackend {
      throw Diagnostic(
        "the query engine is not in this build yet", hint: "build the branch that merges it")
    }
    let shell = Shell(backend: backend, render: { _, _ in "" })
    let status: Int32
    if isatty(STDIN_FILENO) == 1 {
      status = shell.runTerminal(
        banner: "tupu \u{2014} graph \(options.storePath); .help for commands, Ctrl-D to leave")
    } else {
      status = shell.runScript()
    }
    if status != 0 { throw ExitCode(status) }
  }
}
