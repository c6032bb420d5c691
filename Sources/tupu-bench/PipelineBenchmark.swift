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
    let directory = ontology ?? Ontology.defaultDirectory()
    guard let directory else { throw ValidationError("cannot find the Ontology folder; pass --ontology") }
    let extractor = Extractor(ontology: try Ontology.load(directory: directory))
    let count = max(1, megabytes * 1_000_000 / page.count)
    let documents = (0..<count).map { page + Array("\n第\($0)号\n".utf8) }
    let bytes = documents.reduce(0) { $0 + $1.count }
    let size = Double(bytes) / 1_000_000
    print(String(format: "corpus: %.1f MB in %d documents, %d runs, one core (CPU time)", size, count, runs))

    var textTimes: [Double] = []
    var extractOnlyTimes: [Double] = []
    var extractTimes: [Double] = []
    var storeTimes: [Double] = []
    var facts = 0
    for _ in 0..<max(1, runs) {
      textTimes.append(
        try seconds {
          for (index, bytes) in documents.enumerated() {
            _ = try TextPipeline.read(bytes: bytes, path: "page-\(index).txt")
          }
        })
      let read = try documents.enumerated().map {
        try TextPipeline.read(bytes: $0.element, path: "page-\($0.offset).txt")
      }
      extractOnlyTimes.append(try seconds { for document in read { _ = extractor.extract(document) } })
      extractTimes.append(
        try seconds {
          facts = 0
          for (index, bytes) in documents.enumerated() {
            let document = try TextPipeline.read(bytes: bytes, path: "page-\(index).txt")
            facts += extractor.extract(document).facts.count
          }
        })
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("tupu-bench-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let store = try GraphStore(path: folder.appendingPathComponent("bench.sqlite").path)
      try store.setVocabulary(extractor.ontology.vocabulary)
      storeTimes.append(
        try seconds {
          var batch: [DocumentGraph] = []
          for (index, bytes) in documents.enumerated() {
            let document = try TextPipeline.read(bytes: bytes, path: "page-\(index).txt")
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
    let extractOnlyRate = size / median(extractOnlyTimes)
    let storeRate = size / median(storeTimes)
    print(String(format: "text module alone (decode, repair, split)      %8.2f MB/s", textRate))
    print(String(format: "extraction alone (documents read beforehand)   %8.2f MB/s", extractOnlyRate))
    print(String(format: "text + extraction (%9d facts)            %8.2f MB/s", facts, extractRate))
    print(String(format: "text + extraction + store (committed, WAL)     %8.2f MB/s", storeRate))
    print(String(format: "whole pipeline / text alone: %.2f · goal >= 5 MB/s: %@", storeRate / textRate, storeRate >= 5 ? "met" : "NOT met"))
    if let peak = Self.peakResidentMegabytes() {
      print(String(format: "peak RSS: %.0f MB (corpus held in memory: %.0f MB)", peak, size))
    }
  }

  /// CPU seconds of this process (user + system): on a machine shared with other jobs, wall
  /// time measures the neighbours; one core's CPU time measures the pipeline.
  private func seconds(_ body: () throws -> Void) throws -> Double {
    let start = Self.cpuSeconds()
    try body()
    return Self.cpuSeconds() - start
  }

  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
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
