import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "ingest", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu ingest is not built yet") }
}
