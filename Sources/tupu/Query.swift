import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct Query: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "query", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu query is not built yet") }
}
