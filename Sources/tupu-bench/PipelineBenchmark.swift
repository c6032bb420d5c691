import ArgumentParser
import Foundation
import TupuExtract
import TupuGraph
import TupuOntology
import TupuStore
import TupuText

/// `tupu-bench pipeline`: MB/s of the whole pipeline — text file bytes to facts committed in a
/// store — beside the text module alone and text + extraction, in the same run, on one core.
///
/// The corpus is the bundled page repeated as many documents (each made distinct by a numbered
/// last line, so the store writes every one), streamed one at a time as `tupu ingest` does:
/// memory stays flat as the corpus grows (peak RSS is printed).
struct PipelineBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pipeline",
    abstract: "MB/s of text → extraction → store, beside the text module alone (medians).")

  @Option(help: "Corpus size in megabytes (the page repeated as separate documents).")
  var megabytes: Int = 10

  @Option(help: "Timed runs; the median is reported.")
  var runs: Int = 3

  @Option(help: "The page to repeat (default: Examples/weidu-district-news-page.txt).")
  var file: String?

  @Option(help: "An ontology folder (default: the built-in one).")
  var ontology: String?

  func run() throws {
    let page = try loadPage()
    let extractor = Extractor(ontology: try Ontology.load(named: ontology))
    let count = max(1, megabytes * 1_000_000 / page.count)
    // Documents are made one at a time (a numbered last line makes each distinct), so nothing
    // but the page is held: peak RSS shows what the pipeline itself keeps.
    func document(_ number: Int) -> [UInt8] { page + Array("\n第\(number)号\n".utf8) }
    let bytes = (0..<count).reduce(0) { $0 + document($1).count }
    let size = Double(bytes) / 1_000_000
    print(String(format: "corpus: %.1f MB in %d documents, %d runs, one core (CPU time)", size, count, runs))

    var textTimes: [Double] = []
    var extractTimes: [Double] = []
    var storeTimes: [Double] = []
    var facts = 0
    var peakBeforeStore: Double?
    for _ in 0..<max(1, runs) {
      // Pass 1: each document read, then extracted, the two timed apart.
      var textTime = 0.0
      var extractTime = 0.0
      facts = 0
      for number in 0..<count {
        let bytes = document(number)
        var read: ReadDocument?
        textTime += try seconds { read = try TextPipeline.read(bytes: bytes, path: "page-\(number).txt") }
        guard let read else { continue }
        extractTime += seconds { facts += extractor.extract(read).facts.count }
      }
      textTimes.append(textTime)
      extractTimes.append(extractTime)
      if peakBeforeStore == nil { peakBeforeStore = Self.peakResidentMegabytes() }
      // Pass 2: the whole pipeline as `tupu ingest` runs it, into a fresh store.
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("tupu-bench-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let store = try GraphStore(path: folder.appendingPathComponent("bench.sqlite").path)
      try store.setVocabulary(extractor.ontology.vocabulary)
      storeTimes.append(
        try seconds {
          var batch: [DocumentGraph] = []
          for number in 0..<count {
            let document = try TextPipeline.read(bytes: document(number), path: "page-\(number).txt")
            batch.append(extractor.extract(document))
            if batch.count >= 256 {
              try store.write(batch)
              batch.removeAll(keepingCapacity: true)
            }
          }
          if !batch.isEmpty { try store.write(batch) }
        })
    }
    let textRate = size / median(textTimes)
    let extractRate = size / median(extractTimes)
    let bothRate = size / (median(textTimes) + median(extractTimes))
    let storeRate = size / median(storeTimes)
    print(String(format: "text module alone (decode, repair, split)      %8.2f MB/s", textRate))
    print(String(format: "extraction alone (%9d facts)             %8.2f MB/s", facts, extractRate))
    print(String(format: "text + extraction                              %8.2f MB/s", bothRate))
    print(String(format: "text + extraction + store (committed, WAL)     %8.2f MB/s", storeRate))
    print(String(format: "whole pipeline / text alone: %.2f · goal >= 5 MB/s: %@", storeRate / textRate, storeRate >= 5 ? "met" : "NOT met"))
    if let before = peakBeforeStore, let peak = Self.peakResidentMegabytes() {
      // The store's share is SQLite's page cache, bounded by its cache_size.
      print(String(format: "peak RSS: %.0f MB after text + extraction, %.0f MB with the store", before, peak))
    }
  }

  /// CPU seconds of this process (user + system): on a machine shared with other jobs, wall
  /// time measures the neighbours; one core's CPU time measures the pipeline.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
  }

  private func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = Self.cpuSeconds()
    try body()
    return Self.cpuSeconds() - start
  }

  private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
  }

  /// VmHWM from /proc/self/status (Linux), in megabytes.
  static func peakResidentMegabytes() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.filter { $0.isNumber }
      return Double(String(digits)).map { $0 / 1024 }
    }
    return nil
  }

  private func loadPage() throws -> [UInt8] {
    let path = file ?? Ontology.defaultDirectory().map {
      URL(fileURLWithPath: $0).deletingLastPathComponent()
        .appendingPathComponent("Examples/weidu-district-news-page.txt").path
    } ?? "Examples/weidu-district-news-page.txt"
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ValidationError("cannot read \(path); pass --file")
    }
    return [UInt8](data)
  }
}
