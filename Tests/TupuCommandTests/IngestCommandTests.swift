import Foundation
import Testing

@Suite("tupu ingest and tupu stats, run as a program")
struct IngestCommandTests {
  static let gold = """
    # a small gold file
    魏都区\ttype\tDistrict
    何长成\ttype\tOfficial
    何长成\ttitle\t区长
    第7次工作例会|重点项目第7次工作例会\ttype\tMeeting
    何长成\tchairs\t第7次工作例会
    第7次工作例会\treviews\t微光夜视
    微光夜视\ttype\tProject

    """

  static let triples = """
    <https://tupu.dev/entity/%E9%87%91%E6%B9%BE%E7%A4%BE%E5%8C%BA> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://tupu.dev/ontology/Community> .
    <https://tupu.dev/entity/%E9%87%91%E6%B9%BE%E7%A4%BE%E5%8C%BA> <https://tupu.dev/ontology/located-in> <https://tupu.dev/entity/%E9%AD%8F%E9%83%BD%E5%8C%BA> .

    """

  let tupu = TupuBinary.find()

  @Test("ingesting a folder of facts files, then stats, counts by class and predicate")
  func ingestThenStats() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try folder.write("data/b.nt", Self.triples)
    try folder.write("data/a.tsv", Self.gold)
    let ingest = try tupu.run(["ingest", "--db", "g.sqlite", "data"], in: folder.path)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    #expect(ingest.stdout.isEmpty)
    let stats = try tupu.run(["stats", "--db", "g.sqlite"], in: folder.path)
    #expect(stats.status == 0)
    let lines = Set(stats.stdout.split(separator: "\n").map(String.init))
    for expected in [
      "documents\t2", "asserted\t9", "class\tOfficial\t1", "class\tCommunity\t1",
      "predicate\ttype\t5\t0", "predicate\tlocated-in\t1\t0", "predicate\tchairs\t1\t0",
    ] {
      #expect(lines.contains(expected), "missing \(expected) in\n\(stats.stdout)")
    }

    let again = try tupu.run(["ingest", "--db", "g.sqlite", "data"], in: folder.path)
    #expect(again.status == 0)
    #expect(try tupu.run(["stats", "--db", "g.sqlite"], in: folder.path).stdout == stats.stdout)
  }

  @Test("a text file bigger than a part is stored part by part: one document, the same facts")
  func bigTextInParts() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
    let page = try String(
      contentsOf: examples.appendingPathComponent("weidu-district-news-page.txt"), encoding: .utf8)
    let pages = (0..<6).map { page.replacingOccurrences(of: "魏都区", with: "魏都区\($0)") }
    try folder.write("year.txt", pages.joined(separator: "\u{0C}"))
    var answers: [String] = []
    for (store, partBytes) in [("whole.sqlite", "100000000"), ("parts.sqlite", "30000")] {
      let ingest = try tupu.run(
        ["ingest", "--db", store, "--part-bytes", partBytes, "year.txt"], in: folder.path)
      #expect(ingest.status == 0, "\(ingest.stderr)")
      let facts = try tupu.run(
        ["export", "--db", store, "--format", "tsv", "--derived"], in: folder.path)
      answers.append(facts.stdout)
      let counts = try TupuRun.sqlite(
        store,
        "SELECT count(*), sum(fact_count), (SELECT count(*) FROM evidence) FROM documents",
        in: folder.path)
      let fields = counts.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|")
      #expect(fields.count == 3 && fields[0] == "1" && fields[1] == fields[2], "\(counts)")
    }
    #expect(answers[0].split(separator: "\n").count > 100)
    #expect(answers[0] == answers[1])
  }

  @Test("the store defaults to TUPU_DB, then ./tupu.sqlite")
  func defaultStore() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try folder.write("a.tsv", Self.gold)
    #expect(try tupu.run(["ingest", "a.tsv"], in: folder.path).status == 0)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/tupu.sqlite"))
  }

  @Test("a TSV line with two fields: exit 3, file and line named, nothing of the file written")
  func badTSV() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try folder.write("bad.tsv", "魏都区\ttype\tDistrict\n何长成\tOfficial\n")
    let result = try tupu.run(["ingest", "--db", "g.sqlite", "bad.tsv"], in: folder.path)
    #expect(result.status == 3)
    #expect(result.stderr.contains("bad.tsv:2"), "\(result.stderr)")
    #expect(result.stderr.contains("expected 3 fields"))
    let stats = try tupu.run(["stats", "--db", "g.sqlite"], in: folder.path)
    #expect(stats.stdout.contains("documents\t0"), "\(stats.stdout)\(stats.stderr)")
  }

  @Test(
    "unusable input exits 3 with one clear message",
    arguments: [
      (["ingest", "--db", "g.sqlite", "missing.tsv"], "no such file or folder"),
      (["ingest", "--db", "g.sqlite", "empty"], "has no file tupu can read"),
      (["ingest", "--db", "notes.txt", "a.tsv"], "is not a Tupu store"),
      (["stats", "--db", "nothing.sqlite"], "no store at nothing.sqlite"),
    ])
  func unusableInput(arguments: [String], message: String) throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try folder.write("a.tsv", Self.gold)
    try folder.write("empty/picture.bin", "\u{0}\u{1}\u{2}")
    let notes = "这不是数据库。\n"
    try folder.write("notes.txt", notes)
    let result = try tupu.run(arguments, in: folder.path)
    #expect(result.status == 3, "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.hasPrefix("error:"))
    #expect(try String(contentsOfFile: folder.path + "/notes.txt", encoding: .utf8) == notes)
  }

  @Test("an ontology folder that cannot load stops ingest with exit 3, naming the folder")
  func textWithoutOntology() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try folder.write("page.txt", "何长成主持召开全区重点项目要素保障第7次工作例会。\n")
    try folder.write("a.tsv", Self.gold)
    let result = try tupu.run(
      ["ingest", "--db", "g.sqlite", "--ontology", "no-such-folder", "page.txt"], in: folder.path)
    #expect(result.status == 3)
    #expect(result.stderr.contains("no-such-folder"), "\(result.stderr)")
    if FileManager.default.fileExists(atPath: folder.file("g.sqlite")) {
      let stats = try tupu.run(["stats", "--db", "g.sqlite"], in: folder.path)
      #expect(stats.stdout.contains("documents\t0"), "nothing is stored: \(stats.stdout)")
    }
  }

  @Test("ingest without files is a usage error (exit 2)")
  func usage() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    let result = try tupu.run(["ingest"], in: folder.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("no files given"))
  }
}
