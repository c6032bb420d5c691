import Foundation
import Testing

@Suite("Ingest on every core, and extraction apart from the store")
struct ParallelIngestTests {
  let tupu = TupuBinary.find()
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A corpus of the held-out articles and the bundled page, copied as text files.
  static func corpus(in folder: ScratchFolder) throws -> [String] {
    let heldout = repository.appendingPathComponent("Tests/Corpus/heldout")
    var names: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: heldout.path).sorted()
    where name.hasSuffix(".txt") {
      try FileManager.default.copyItem(
        atPath: heldout.appendingPathComponent(name).path, toPath: folder.file("corpus/" + name))
      names.append("corpus/" + name)
    }
    try FileManager.default.copyItem(
      atPath: repository.appendingPathComponent("Examples/weidu-district-news-page.txt").path,
      toPath: folder.file("corpus/page.txt"))
    return names + ["corpus/page.txt"]
  }

  func exports(_ tupu: TupuBinary, _ store: String, in folder: ScratchFolder) throws -> [String] {
    try ["tsv", "json", "ntriples"].map { format in
      let run = try tupu.run(
        ["export", "--db", store, "--format", format, "--derived"], in: folder.path)
      #expect(run.status == 0, "\(run.stderr)")
      return run.stdout
    }
  }

  @Test("--jobs 3 stores what --jobs 1 stores: every export byte for byte")
  func jobsAgree() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("corpus"), withIntermediateDirectories: true)
    _ = try Self.corpus(in: folder)
    for jobs in ["1", "3"] {
      // Small batches, so that batches and workers interleave.
      let run = try tupu.run(
        ["ingest", "--db", "j\(jobs).sqlite", "--jobs", jobs, "--batch-size", "4", "corpus"],
        in: folder.path)
      #expect(run.status == 0, "\(run.stderr)")
    }
    let one = try exports(tupu, "j1.sqlite", in: folder)
    #expect(one[0].split(separator: "\n").count > 200)
    #expect(try exports(tupu, "j3.sqlite", in: folder) == one)
  }

  @Test("two shards extracted, their .jsonl parts ingested: the direct graph; again: no change")
  func shardsAgree() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("corpus"), withIntermediateDirectories: true)
    let files = try Self.corpus(in: folder)
    let direct = try tupu.run(["ingest", "--db", "direct.sqlite", "corpus"], in: folder.path)
    #expect(direct.status == 0, "\(direct.stderr)")
    let half = files.count / 2
    try FileManager.default.createDirectory(
      atPath: folder.file("parts"), withIntermediateDirectories: true)
    for (number, shard) in [Array(files[..<half]), Array(files[half...])].enumerated() {
      let run = try tupu.run(["extract"] + shard, in: folder.path)
      #expect(run.status == 0, "\(run.stderr)")
      try folder.write("parts/part\(number + 1).jsonl", run.stdout)
    }
    let sharded = try tupu.run(["ingest", "--db", "sharded.sqlite", "parts"], in: folder.path)
    #expect(sharded.status == 0, "\(sharded.stderr)")
    #expect(
      try exports(tupu, "sharded.sqlite", in: folder) == exports(tupu, "direct.sqlite", in: folder))
    let again = try tupu.run(["ingest", "--db", "sharded.sqlite", "parts"], in: folder.path)
    #expect(again.stderr.contains("0 new fact(s)") || again.stderr.isEmpty, "\(again.stderr)")
    let stats = try tupu.run(["stats", "--db", "sharded.sqlite"], in: folder.path)
    let directStats = try tupu.run(["stats", "--db", "direct.sqlite"], in: folder.path)
    #expect(stats.stdout == directStats.stdout)
  }

  @Test("extract --files-from - reads its paths from standard input, as Spark's pipe gives them")
  func filesFromStandardInput() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("corpus"), withIntermediateDirectories: true)
    let files = try Self.corpus(in: folder)
    try folder.write("list", files.prefix(2).joined(separator: "\n") + "\n")
    let listed = try tupu.run(["extract", "--files-from", "list"], in: folder.path)
    let named = try tupu.run(["extract"] + files.prefix(2), in: folder.path)
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(!listed.stdout.isEmpty && listed.stdout == named.stdout)
    let first = try #require(listed.stdout.split(separator: "\n").first)
    #expect(first.hasPrefix("{\"document\":\"") && first.contains("\"path\":\"corpus/h01.txt\""))
  }

  @Test("every run gives the same facts: a short form of two equally long names is the first's")
  func sameFactsInEveryProcess() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    // Two firms' names of one length hold 青石集团; each process seeds its hashing anew, so a
    // choice made over a set would differ between runs.
    try folder.write(
      "gifts.txt",
      "本报讯 5月8日，某某区慈善捐赠仪式举行。青石集团甲乙建材有限公司捐赠10万元；"
        + "青石集团丙丁建材有限公司捐赠10万元。青石集团董事长王五表示，将继续支持公益事业。\n")
    var outputs: Set<String> = []
    for _ in 0..<6 {
      let run = try tupu.run(["extract", "gifts.txt"], in: folder.path)
      #expect(run.status == 0, "\(run.stderr)")
      outputs.insert(run.stdout)
    }
    #expect(outputs.count == 1)
    #expect(
      outputs.first?.contains(#""s":"王五","p":"affiliated-with","o":"青石集团甲乙建材有限公司""#)
        == true, "\(outputs.first ?? "")")
  }
}
