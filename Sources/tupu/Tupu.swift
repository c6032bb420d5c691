import ArgumentParser
import Foundation

/// The `tupu` command: wiring only; every subcommand lives in its own file.
@main
struct Tupu: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tupu",
    abstract: "Turn Chinese local-government news into a knowledge graph you can query.",
    discussion: """
      Exit codes: 0 success, 1 an assertion failed, 2 usage or syntax error, \
      3 input or store error.
      """,
    subcommands: [
      Ingest.self, Inspect.self, Query.self, Repl.self, Export.self, Describe.self, Stats.self,
      Eval.self, Serve.self,
    ]
  )

  /// `tupu` alone: the REPL on a terminal, the help anywhere else (a pipe, CI).
  func run() throws {
    guard isatty(STDIN_FILENO) == 1 else {
      print(Tupu.helpMessage())
      return
    }
    try Repl.parse([]).run()
  }
}
