import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "stats", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu stats is not built yet") }
}
