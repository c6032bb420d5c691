import ArgumentParser
import Foundation
import TupuText

/// `tupu-bench text`: MB/s of decoding + repair + article and sentence splitting, against a
/// plain UTF-8 decode + split on 。 of the same bytes, in the same run.
struct TextBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "MB/s of TextPipeline (decode, repair, split) against a decode + split on 。.")

  @Option(help: "Corpus size in megabytes (the page repeated).")
  var megabytes: Int = 10

  @Option(help: "Timed runs; the median is reported.")
  var runs: Int = 5

  @Option(help: "The page to repeat (default: Examples/weidu-district-news-page.txt).")
  var file: String?

  @Flag(help: "Encode the corpus as GB18030 first (measures the iconv path).")
  var gb18030 = false

  func run() throws {
    let page = try loadPage()
    var corpus: [UInt8] = []
    let target = megabytes * 1_000_000
    corpus.reserveCapacity(target + page.count)
    while corpus.count < target { corpus.append(contentsOf: page + [0x0A]) }
    if gb18030 {
      let text = String(decoding: corpus, as: UTF8.self)
      guard let data = text.data(using: String.Encoding(rawValue: 0x8000_0632)) else {
        throw ValidationError("could not encode the corpus as GB18030")
      }
      corpus = [UInt8](data)
    }
    let megabytesRead = Double(corpus.count) / 1_000_000
    print(
      "corpus: \(String(format: "%.1f", megabytesRead)) MB (\(gb18030 ? "GB18030" : "UTF-8")), \(runs) runs, one core, thread CPU time"
    )

    var baseline: [Double] = []
    var pipeline: [Double] = []
    var hashing: [Double] = []
    var full: [Double] = []
    var sentences = 0
    var articles = 0
    let hash = TextPipeline.contentHash(of: corpus)
    for _ in 0..<max(1, runs) {
      baseline.append(seconds { sentences = Self.baselineSplit(corpus, gb18030: gb18030) })
      pipeline.append(
        try seconds {
          let document = try TextPipeline.read(bytes: corpus, path: "corpus.txt", contentHash: hash)
          articles = document.articles.count
          sentences = document.articles.reduce(0) { $0 + $1.sentences.count }
        })
      hashing.append(seconds { _ = TextPipeline.contentHash(of: corpus) })
      full.append(try seconds { _ = try TextPipeline.read(bytes: corpus, path: "corpus.txt") })
    }
    let baselineRate = megabytesRead / median(baseline)
    let pipelineRate = megabytesRead / median(pipeline)
    func line(_ label: String, _ rate: Double) {
      print(
        label.padding(toLength: 52, withPad: " ", startingAt: 0)
          + String(format: "%8.1f MB/s", rate))
    }
    line("baseline: String decode + split on 。", baselineRate)
    line("pipeline: decode + repair + articles + sentences", pipelineRate)
    line("  SHA-256 content hash alone", megabytesRead / median(hashing))
    line("  read(bytes:path:) with the hash", megabytesRead / median(full))
    print("(\(articles) articles, \(sentences) sentences)")
    print(
      String(
        format: "ratio pipeline/baseline: %.2f · goal >= 50 MB/s: %@", pipelineRate / baselineRate,
        pipelineRate >= 50 ? "met" : "not met"))
  }

  /// The naive reader: decode, then cut at every 。 (no repair, no offsets worth the name).
  static func baselineSplit(_ bytes: [UInt8], gb18030: Bool) -> Int {
    let text: String
    if gb18030 {
      text = String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)) ?? ""
    } else {
      text = String(decoding: bytes, as: UTF8.self)
    }
    var pieces: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      current.append(scalar)
      if scalar == "。" {
        pieces.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    return pieces.count
  }

  private func loadPage() throws -> [UInt8] {
    let candidates = [
      file, "Examples/weidu-district-news-page.txt",
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/weidu-district-news-page.txt")
        .path,
    ].compactMap { $0 }
    for path in candidates {
      if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
    }
    throw ValidationError("cannot find the page to repeat; give --file PATH")
  }

  /// CPU seconds of this thread: the figure is per core, and other processes sharing the
  /// machine do not inflate it the way they inflate wall-clock time.
  private func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = Self.threadCPUTime()
    try body()
    return Self.threadCPUTime() - start
  }

  static func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }
}
