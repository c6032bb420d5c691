import ArgumentParser

// NB: placeholder until its issue lands; the owning change replaces this file.
struct TextBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "text", abstract: "(not built yet)")
  func run() throws { throw ValidationError("tupu-bench text is not built yet") }
}
