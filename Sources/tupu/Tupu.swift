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
      3 input, output or store error, 4 a query ran past its time limit.
      """,
    subcommands: [
      Ingest.self, Inspect.self, Query.self, Repl.self, Export.self, Describe.self, Stats.self,
      Eval.self, Extract.self, Serve.self,
    ]
  )

  /// As ArgumentParser's `main`, but a usage error (an unknown subcommand or option, a bad
  /// value) exits 2 as documented, not ArgumentParser's 64.
  static func main() {
    if let run = QueryRun.quickParse(Array(CommandLine.arguments.dropFirst())) {
      do {
        try run.run()
        Foundation.exit(0)
      } catch let code as ExitCode {
        Foundation.exit(code.rawValue)
      } catch {
        exit(withError: error)
      }
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      let message = fullMessage(for: error)
      writeError(message + "\n")
      Foundation.exit(ExitStatus.usage.rawValue)
    }
  }

  /// `tupu` alone: the REPL on a terminal, the help anywhere else (a pipe, CI).
  func run() throws {
    guard isatty(STDIN_FILENO) == 1 else {
      try writeOutput(Tupu.helpMessage() + "\n")
      return
    }
    try Repl.parse([]).run()
  }
}
