import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct StoreBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "store", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu-bench store is not built yet") }
}
