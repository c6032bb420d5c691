import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct Inspect: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "inspect", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu inspect is not built yet") }
}
