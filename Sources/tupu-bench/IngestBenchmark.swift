import ArgumentParser
import Foundation
import TupuGraph

/// `tupu-bench ingest`: whole `tupu ingest` processes on the same data in the same run —
/// one job against every core, many small files against the same bytes as one file, and a
/// graph read from `.nt` and `.jsonl` against the same graph from `.tsv`.
struct IngestBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract:
      "Ingest: --jobs 1 against every core, small files against one file, .nt/.jsonl against .tsv."
  )

  @Option(help: "Small text files in the corpus (about 1.6 KB each, cut from the bundled page).")
  var articles = 2000

  @Option(help: "Triples in the synthetic graph of the facts-file comparison.")
  var triples = 100_000

  @Option(help: "Runs of each case; the median is reported.")
  var runs = 3

  @Option(help: "Which comparisons: all, jobs or formats.")
  var only = "all"

  @Option(help: "The tupu binary (default: next to tupu-bench).")
  var tupu: String?

  func run() throws {
    let binary = tupu ?? StoreBenchmark.siblingBinary("tupu")
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw ValidationError("no tupu binary at \(binary); build it or pass --tupu")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-bench-ingest-\(ProcessInfo.processInfo.processIdentifier)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    if only == "all" || only == "jobs" { try compareJobs(binary, folder) }
    if only == "all" || only == "formats" { try compareFormats(binary, folder) }
  }

  static func bundledPage() -> String {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    for _ in 0..<6 {
      folder.deleteLastPathComponent()
      let page = folder.appendingPathComponent("Examples/weidu-district-news-page.txt").path
      if FileManager.default.fileExists(atPath: page) { return page }
    }
    return "Examples/weidu-district-news-page.txt"
  }

  private func compareJobs(_ binary: String, _ folder: String) throws {
    guard let data = FileManager.default.contents(atPath: Self.bundledPage()) else {
      throw ValidationError("cannot read the bundled page \(Self.bundledPage())")
    }
    // Pieces of about 1.6 KB cut at line ends, each file numbered so that none repeats.
    var pieces: [String] = []
    var piece = ""
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      piece += line + "\n"
      if piece.utf8.count >= 1600 {
        pieces.append(piece)
        piece = ""
      }
    }
    if !piece.isEmpty { pieces.append(piece) }
    let corpus = (folder as NSString).appendingPathComponent("corpus")
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    var whole = ""
    for number in 0..<articles {
      let text = pieces[number % pieces.count] + "（第\(number)号）\n"
      try text.write(
        toFile: (corpus as NSString).appendingPathComponent(String(format: "%06d.txt", number)),
        atomically: false, encoding: .utf8)
      whole += text + "\u{0C}"
    }
    let oneFile = (folder as NSString).appendingPathComponent("one.txt")
    try whole.write(toFile: oneFile, atomically: false, encoding: .utf8)
    let bytes = Double(whole.utf8.count)
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var stores: [String: String] = [:]
    func time(_ name: String, _ input: String, jobs: Int) throws -> Timing {
      try ProcessTiming.median(runs: runs) {
        let store = (folder as NSString).appendingPathComponent("\(name).sqlite")
        StoreBenchmark.removeStore(store)
        stores[name] = store
        return try ProcessTiming.run(binary, ["ingest", "--db", store, "--jobs", "\(jobs)", input])
      }
    }
    let small1 = try time("small-1", corpus, jobs: 1)
    let smallN = try time("small-n", corpus, jobs: cores)
    let one1 = try time("one-1", oneFile, jobs: 1)
    let oneN = try time("one-n", oneFile, jobs: cores)
    // The same graph whatever the jobs: every export byte for byte.
    var identical = true
    for format in ["tsv", "json", "ntriples"] {
      let exports = try ["small-1", "small-n"].map { name -> Data in
        let path = (folder as NSString).appendingPathComponent("\(name).\(format)")
        _ = try ProcessTiming.run(
          binary, ["export", "--db", stores[name] ?? "", "--format", format, "--derived"],
          output: path)
        return FileManager.default.contents(atPath: path) ?? Data()
      }
      identical = identical && exports[0] == exports[1] && !exports[0].isEmpty
    }
    func row(_ name: String, _ timing: Timing) -> String {
      StoreBenchmark.padRight(name, 28) + StoreBenchmark.pad(String(format: "%.2f", timing.wall), 8)
        + StoreBenchmark.pad(String(format: "%.2f", timing.cpu), 8)
        + StoreBenchmark.pad(String(format: "%.2f", bytes / timing.wall / 1e6), 8)
    }
    print(
      """
      ingest of \(articles) small text files (\(String(format: "%.1f", bytes / 1e6)) MB) \
      on \(cores) core(s), median of \(runs) run(s)
      case                          wall s   cpu s    MB/s
      \(row("small files, --jobs 1", small1))
      \(row("small files, --jobs \(cores)", smallN))
      \(row("one file, --jobs 1", one1))
      \(row("one file, --jobs \(cores)", oneN))
      every core / one job (small files): \
      \(String(format: "%.2f", small1.wall / smallN.wall))x faster
      small files / one file: \(String(format: "%.2f", small1.wall / one1.wall))x the time \
      (--jobs 1), \(String(format: "%.2f", smallN.wall / oneN.wall))x (--jobs \(cores))
      exports (tsv, json, ntriples) of --jobs 1 and --jobs \(cores) identical: \
      \(identical ? "yes" : "NO")
      """)
    if !identical { throw ExitCode(1) }
  }

  private func compareFormats(_ binary: String, _ folder: String) throws {
    let graph = SyntheticGraph(triples: triples)
    let tsv = (folder as NSString).appendingPathComponent("graph.tsv")
    try graph.tsv().write(toFile: tsv, atomically: false, encoding: .utf8)
    let reference = (folder as NSString).appendingPathComponent("reference.sqlite")
    _ = try ProcessTiming.run(binary, ["ingest", "--db", reference, tsv])
    let nt = (folder as NSString).appendingPathComponent("graph.nt")
    _ = try ProcessTiming.run(
      binary, ["export", "--db", reference, "--format", "ntriples"], output: nt)
    let jsonl = (folder as NSString).appendingPathComponent("graph.jsonl")
    let facts = graph.triples.map { triple -> Fact in
      let object: Term =
        triple.predicate == typePredicate
        ? .classRef(triple.object)
        : triple.predicate == "title" ? .literal(triple.object) : .entity(triple.object)
      return Fact(triple.subject, triple.predicate, object)
    }
    let document = DocumentGraph(
      document: DocumentRecord(contentHash: "synthetic", path: "graph.txt"), facts: facts)
    try JSONLFacts.lines(of: document).write(toFile: jsonl, atomically: false, encoding: .utf8)
    var timings: [String: Timing] = [:]
    var counts: [String: String] = [:]
    for (name, file) in [("tsv", tsv), ("nt", nt), ("jsonl", jsonl)] {
      let store = (folder as NSString).appendingPathComponent("\(name).sqlite")
      timings[name] = try ProcessTiming.median(runs: runs) {
        StoreBenchmark.removeStore(store)
        return try ProcessTiming.run(binary, ["ingest", "--db", store, file])
      }
      let stats = (folder as NSString).appendingPathComponent("\(name).stats")
      _ = try ProcessTiming.run(binary, ["query", "--db", store, "count(?s ?p ?o)"], output: stats)
      counts[name] = (try? String(contentsOfFile: stats, encoding: .utf8))?
        .split(separator: "\n").last.map(String.init) ?? "?"
    }
    let base = timings["tsv"] ?? Timing(wall: 1, cpu: 1)
    print("ingest of one synthetic graph of \(triples) triples, median of \(runs) run(s)")
    print("file     wall s   cpu s   facts  wall/tsv cpu/tsv")
    for name in ["tsv", "nt", "jsonl"] {
      let timing = timings[name] ?? Timing(wall: 0, cpu: 0)
      print(
        StoreBenchmark.padRight(name, 6)
          + StoreBenchmark.pad(String(format: "%.2f", timing.wall), 9)
          + StoreBenchmark.pad(String(format: "%.2f", timing.cpu), 8)
          + StoreBenchmark.pad(counts[name] ?? "?", 8)
          + StoreBenchmark.pad(String(format: "%.2fx", timing.wall / base.wall), 9)
          + StoreBenchmark.pad(String(format: "%.2fx", timing.cpu / base.cpu), 8))
    }
    print("goal: .nt and .jsonl within 1.5x of .tsv (CPU time is steadier on a shared machine)")
  }
}
