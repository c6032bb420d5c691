import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "eval", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu eval is not built yet") }
}
