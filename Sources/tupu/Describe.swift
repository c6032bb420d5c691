import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct Describe: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "describe", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu describe is not built yet") }
}
