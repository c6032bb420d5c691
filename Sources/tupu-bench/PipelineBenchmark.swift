import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct PipelineBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "pipeline", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu-bench pipeline is not built yet") }
}
