import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct QueryBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "query", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu-bench query is not built yet") }
}
