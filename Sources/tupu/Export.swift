import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "export", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu export is not built yet") }
}
