import ArgumentParser

/// Benchmarks: each figure is a median over runs, against a baseline measured in the same run.
@main
struct TupuBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tupu-bench",
    abstract: "Measure Tupu against baselines on this machine (medians, ratios).",
    subcommands: [
      StoreBenchmark.self, TextBenchmark.self, QueryBenchmark.self, PipelineBenchmark.self,
      IngestBenchmark.self, StartBenchmark.self, ServeBenchmark.self,
    ]
  )
}
