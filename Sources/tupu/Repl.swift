import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "repl", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu repl is not built yet") }
}
