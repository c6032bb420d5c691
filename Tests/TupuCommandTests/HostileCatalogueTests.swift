import Foundation
import Testing

/// The catalogue of docs/reliability.md ("Nothing crashes, nothing lies"): each case with its
/// exact exit status and the shape of its message; a store that should not change is compared
/// byte for byte. `scripts/hostile-input` runs the same catalogue from the shell.
@Suite("Hostile input catalogue: nothing crashes, nothing lies")
struct HostileCatalogueTests {
  /// A scratch folder with `store.sqlite` holding a small graph read from `facts.tsv`.
  static func storeFolder() throws -> ScratchFolder {
    let folder = try ScratchFolder()
    try folder.write(
      "facts.tsv",
      "甲某\ttype\tOfficial\n会一\ttype\tMeeting\n甲某\tchairs\t会一\n会一\treviews\t项目一\n")
    let ingest = try TupuRun.tupu(["ingest", "--db", "store.sqlite", "facts.tsv"], in: folder.path)
    try #require(ingest.status == 0, "\(ingest.stderr)")
    return folder
  }

  static func bytes(_ folder: ScratchFolder, _ name: String) -> Data? {
    FileManager.default.contents(atPath: folder.file(name))
  }

  // MARK: Output that cannot be written

  @Test(
    "results sent to a full disk: 'cannot write standard output: no space left on device', exit 3",
    arguments: [
      ["query", "--db", "store.sqlite", "甲某 chairs ?m"],
      ["query", "--db", "store.sqlite", "--explain", "甲某 chairs ?m"],
      ["describe", "--db", "store.sqlite", "甲某"],
      ["stats", "--db", "store.sqlite"],
      ["export", "--db", "store.sqlite"],
      ["export", "--db", "store.sqlite", "--format", "json"],
      ["inspect", "facts.tsv"],
    ])
  func fullStandardOutput(arguments: [String]) throws {
    let folder = try Self.storeFolder()
    let run = try TupuRun.tupu(arguments, in: folder.path, stdout: "/dev/full")
    #expect(run.reason == .exit)
    #expect(run.status == 3, "\(run.stderr)")
    #expect(
      run.stderr.hasPrefix("error: cannot write standard output: no space left on device\n"),
      "\(run.stderr)")
  }

  @Test("eval and a piped REPL to a full disk exit 3 too; export -o /dev/full names the file")
  func fullDiskOtherCommands() throws {
    let folder = try Self.storeFolder()
    try folder.write("a.txt", "区长甲某主持会议。\n")
    try folder.write("a.gold.tsv", "甲某\ttype\tOfficial\n")
    let eval = try TupuRun.tupu(["eval", "a.txt"], in: folder.path, stdout: "/dev/full")
    #expect(eval.status == 3, "\(eval.stderr)")
    #expect(eval.stderr.hasPrefix("error: cannot write standard output: no space left on device"))
    let repl = try TupuRun.Running(
      TupuRun.binary, ["repl", "--db", "store.sqlite"], in: folder.path,
      stdin: "甲某 chairs ?m\n", stdoutPath: "/dev/full"
    ).wait()
    #expect(repl.status == 3, "\(repl.stderr)")
    #expect(repl.stderr.hasPrefix("error: cannot write standard output: no space left on device"))
    let export = try TupuRun.tupu(
      ["export", "--db", "store.sqlite", "-o", "/dev/full"], in: folder.path)
    #expect(export.status == 3)
    #expect(export.stderr.hasPrefix("error: cannot write /dev/full: no space left on device"))
  }

  @Test(
    "messages to a full standard error are dropped, never a crash: the exit status stays",
    arguments: [
      (["query", "--db", "store.sqlite", "甲某 chaired ?m"], 2),
      (["ingest", "--db", "store.sqlite", "missing.tsv"], 3),
      (["frobnicate"], 2),
      (["query", "--db", "store.sqlite", "甲某 chairs ?m"], 3),
    ] as [([String], Int32)])
  func fullStandardError(arguments: [String], status: Int32) throws {
    let folder = try Self.storeFolder()
    let run = try TupuRun.Running(
      TupuRun.binary, arguments, in: folder.path, stdoutPath: "/dev/full",
      stderrPath: "/dev/full"
    ).wait()
    #expect(run.reason == .exit)
    #expect(run.status == status)
  }

  // MARK: Facts files checked against the ontology

  @Test("an unknown predicate or class in a facts file: file:line:column, did you mean, exit 3")
  func unknownNamesInFacts() throws {
    let folder = try Self.storeFolder()
    let before = Self.bytes(folder, "store.sqlite")
    try folder.write("bad.tsv", "甲\tchaired\t丁\n戊\ttype\tSpaceship\n甲\tchairs\t会二\n")
    let run = try TupuRun.tupu(["ingest", "--db", "store.sqlite", "bad.tsv"], in: folder.path)
    #expect(run.status == 3)
    #expect(run.stderr.contains("error: unknown predicate `chaired`\n --> bad.tsv:1:3\n"))
    #expect(run.stderr.contains("  = hint: did you mean chairs?\n"))
    #expect(run.stderr.contains("error: unknown class `Spaceship`\n --> bad.tsv:2:8\n"))
    #expect(run.stderr.contains("note: nothing of bad.tsv was stored"))
    #expect(Self.bytes(folder, "store.sqlite") == before)
  }

  @Test("Chinese labels and aliases in a facts file are stored as the ontology's ids")
  func chineseNamesInFacts() throws {
    let folder = try ScratchFolder()
    try folder.write("zh.tsv", "甲某\t主持\t会二\n甲某\ttype\t官员\n会二\ttype\t会议\n")
    let ingest = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "zh.tsv"], in: folder.path)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let answer = try TupuRun.tupu(
      ["query", "--db", "s.sqlite", "--format", "tsv", "?p : Official, ?p chairs ?m, ?m : Meeting"],
      in: folder.path)
    #expect(answer.stdout == "p\tm\n甲某\t会二\n", "\(answer.stderr)")
    // The evidence is the line as written.
    let describe = try TupuRun.tupu(["describe", "--db", "s.sqlite", "甲某"], in: folder.path)
    #expect(describe.stdout.contains("zh.tsv [0, 8) 甲某 主持 会二\n"), "\(describe.stdout)")
  }

  @Test("a SOURCES.tsv of URLs beside the news in a folder is refused whole; the rest is stored")
  func sourcesFileInAFolder() throws {
    let folder = try ScratchFolder()
    try folder.write("news/a.txt", "区长甲某主持会议。\n")
    try folder.write(
      "news/SOURCES.tsv", "a.txt\thttps://example.org/a\t2024-01-01\nb.txt\thttps://example.org/b\n")
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "news"], in: folder.path)
    #expect(run.status == 3)
    #expect(run.stderr.contains("news/SOURCES.tsv:2"), "\(run.stderr)")
    #expect(run.stderr.contains("ingest: 1 document(s) written"), "\(run.stderr)")
    #expect(run.stderr.contains("1 file(s) failed"), "\(run.stderr)")
    let stored = try TupuRun.sqlite("s.sqlite", "SELECT path FROM documents", in: folder.path)
    #expect(stored == "news/a.txt\n")
  }

  // MARK: N-Triples decoded strictly

  @Test(
    "a broken percent-escape in an N-Triples IRI is an error at file:line, never a garbled name",
    arguments: ["%ZZ", "%E4%B8", "%4"])
  func brokenEscape(escape: String) throws {
    let folder = try ScratchFolder()
    try folder.write(
      "x.nt",
      "<https://tupu.dev/entity/a> <https://tupu.dev/ontology/chairs> <https://tupu.dev/entity/b> .\n"
        + "<https://tupu.dev/entity/\(escape)> <https://tupu.dev/ontology/chairs> "
        + "<https://tupu.dev/entity/b> .\n")
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "x.nt"], in: folder.path)
    #expect(run.status == 3)
    #expect(run.stderr.hasPrefix("error: N-Triples syntax error: broken percent-escape in <"))
    #expect(run.stderr.contains(" --> x.nt:2:1\n"), "\(run.stderr)")
    if FileManager.default.fileExists(atPath: folder.file("s.sqlite")) {
      let documents = try TupuRun.sqlite(
        "s.sqlite", "SELECT count(*) FROM documents", in: folder.path)
      #expect(documents == "0\n")
    }
  }

  @Test("triples that are not Tupu facts are counted and named in a warning")
  func skippedTriples() throws {
    let folder = try ScratchFolder()
    try folder.write(
      "x.nt",
      """
      <https://tupu.dev/entity/a> <https://tupu.dev/ontology/chairs> <https://tupu.dev/entity/b> .
      _:e1 <https://tupu.dev/ontology/chairs> <https://tupu.dev/entity/b> .
      <http://example.org/c> <https://tupu.dev/ontology/chairs> <https://tupu.dev/entity/b> .
      <https://tupu.dev/entity/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .

      """)
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "x.nt"], in: folder.path)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "warning: skipped 3 triples that are not Tupu facts: 1 about a blank node (such as "
          + "reified evidence) (first at line 2); 1 with a predicate outside "
          + "https://tupu.dev/ontology/ (first at line 4); 1 naming an entity outside "
          + "https://tupu.dev/entity/ (first at line 3)\n --> x.nt:2\n"), "\(run.stderr)")
  }

  // MARK: Stores

  @Test(
    "another program's SQLite file is refused with exit 3 and left byte for byte",
    arguments: [
      ["stats"], ["export"], ["ingest", "facts.tsv"], ["query", "?x : Official"],
      ["describe", "甲某"],
    ])
  func foreignDatabase(arguments: [String]) throws {
    let folder = try Self.storeFolder()
    _ = try TupuRun.sqlite(
      "other.db", "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT); "
        + "INSERT INTO users VALUES (1, 'a');", in: folder.path)
    let before = Self.bytes(folder, "other.db")
    let run = try TupuRun.tupu(
      [arguments[0], "--db", "other.db"] + arguments.dropFirst(), in: folder.path)
    #expect(run.status == 3)
    #expect(run.stderr.hasPrefix("error: other.db is "), "\(run.stderr)")
    #expect(run.stderr.contains("not a Tupu "), "\(run.stderr)")
    #expect(Self.bytes(folder, "other.db") == before)
    #expect(!FileManager.default.fileExists(atPath: folder.file("other.db-wal")))
  }

  @Test("replacing a changed document drops the names only it used: stats and describe agree")
  func staleEntities() throws {
    let folder = try ScratchFolder()
    try folder.write("d.tsv", "何长成\ttype\tOfficial\n何长成\tchairs\t会一\n")
    _ = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "d.tsv"], in: folder.path)
    try folder.write("d.tsv", "何常成\ttype\tOfficial\n何常成\tchairs\t会一\n")
    let again = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "d.tsv"], in: folder.path)
    #expect(again.stderr.contains("(1 replaced, 0 unchanged)"), "\(again.stderr)")
    let stats = try TupuRun.tupu(["stats", "--db", "s.sqlite"], in: folder.path)
    #expect(stats.stdout.contains("entities\t2\n"), "\(stats.stdout)")
    let describe = try TupuRun.tupu(["describe", "--db", "s.sqlite", "何长成"], in: folder.path)
    #expect(describe.status == 3)
    #expect(describe.stderr.hasPrefix("error: no entity named “何长成” in s.sqlite\n"))
    #expect(describe.stderr.contains("did you mean 何常成?"), "\(describe.stderr)")
  }

  // MARK: Folders and document keys

  @Test("a folder is read by extension: the README's `tupu ingest Examples/` stores one document")
  func examplesFolder() throws {
    let folder = try ScratchFolder()
    let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", examples.path], in: folder.path)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains("note: skipped 1 file that is neither text nor facts: "),
      "\(run.stderr)")
    #expect(run.stderr.contains("weidu-district-questions.tq"))
    let documents = try TupuRun.sqlite(
      "s.sqlite", "SELECT count(*) FROM documents", in: folder.path)
    #expect(documents == "1\n")
  }

  @Test("a file of no known kind named on the command line is refused (exit 3)")
  func unknownKindNamed() throws {
    let folder = try ScratchFolder()
    try folder.write("notes.md", "区长甲某主持会议。\n")
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "notes.md"], in: folder.path)
    #expect(run.status == 3)
    #expect(run.stderr.hasPrefix("error: notes.md: tupu does not know how to read a .md file\n"))
    #expect(!FileManager.default.fileExists(atPath: folder.file("s.sqlite")))
  }

  @Test("the same bytes read another way are another document, not 'unchanged'")
  func documentKeyIncludesTheReader() throws {
    let folder = try ScratchFolder()
    // One tag: too little to read a .txt as HTML (two body tags would be).
    let text = "区长甲某主持会议。<br>\n"
    try folder.write("a.txt", text)
    try folder.write("a.html", text)
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "a.txt", "a.html"], in: folder.path)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("ingest: 2 document(s) written (0 replaced, 0 unchanged)"))
    let keys = try TupuRun.sqlite(
      "s.sqlite", "SELECT substr(hash, 1, instr(hash, ':')) FROM documents ORDER BY path",
      in: folder.path)
    #expect(keys == "html:\ntext:\n")
  }

  @Test("a .jsonl file not written by tupu extract is refused at its first line, nothing stored")
  func foreignJSONLines() throws {
    let folder = try ScratchFolder()
    try folder.write("f.jsonl", "{\"subject\": \"甲\", \"predicate\": \"chairs\", \"object\": \"乙\"}\n")
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "f.jsonl"], in: folder.path)
    #expect(run.status == 3)
    #expect(run.stderr.hasPrefix("error: a fact line before any document line"), "\(run.stderr)")
    #expect(run.stderr.contains("f.jsonl:1:1"))
  }

  @Test("a .jsonl fact with a predicate the ontology lacks is an error at its line and column")
  func jsonLinesChecked() throws {
    let folder = try ScratchFolder()
    try folder.write(
      "f.jsonl",
      "{\"document\":\"k\",\"path\":\"a.txt\",\"facts\":2}\n"
        + "{\"s\":\"甲\",\"p\":\"主持\",\"o\":\"乙\"}\n{\"s\":\"甲\",\"p\":\"chaired\",\"o\":\"乙\"}\n")
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "f.jsonl"], in: folder.path)
    #expect(run.status == 3)
    #expect(run.stderr.contains("unknown predicate `chaired`"), "\(run.stderr)")
    #expect(run.stderr.contains("f.jsonl:3:15"), "\(run.stderr)")
    #expect(run.stderr.contains("nothing of f.jsonl was stored"))
  }

  @Test("a piped ingest with one unreadable file says what was stored and what failed")
  func pipedSummary() throws {
    let folder = try ScratchFolder()
    try folder.write("news/a.txt", "区长甲某主持会议。\n")
    try Data([0xFF, 0xFE, 0x00, 0x00, 0x41]).write(to: URL(fileURLWithPath: folder.file("news/b.txt")))
    let run = try TupuRun.tupu(["ingest", "--db", "s.sqlite", "news"], in: folder.path)
    #expect(run.status == 3)
    #expect(
      run.stderr.contains(
        "ingest: 1 document(s) written (0 replaced, 0 unchanged); "), "\(run.stderr)")
    #expect(run.stderr.contains("; 1 file(s) failed\n"), "\(run.stderr)")
  }

  // MARK: Eval

  @Test("eval of a folder with no gold file: exit 3, not a quality check passed on nothing")
  func evalWithoutGold() throws {
    let folder = try ScratchFolder()
    try folder.write("texts/a.txt", "区长甲某主持会议。\n")
    let run = try TupuRun.tupu(["eval", "--min-fact-f1", "0.99", "texts"], in: folder.path)
    #expect(run.status == 3)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("error: no gold file for any text in texts\n"), "\(run.stderr)")
  }

  // MARK: Exit codes and small lies

  @Test(
    "usage errors exit 2, as documented (not ArgumentParser's 64)",
    arguments: [
      ["frobnicate"], ["query", "--bogus", "x"], ["export", "--format", "xml"],
      ["query", "--timeout", "abc", "x"], ["eval"], ["ingest"],
    ])
  func usageErrors(arguments: [String]) throws {
    let folder = try ScratchFolder()
    let run = try TupuRun.tupu(arguments, in: folder.path)
    #expect(run.status == 2, "\(run.stderr)")
    #expect(run.stderr.lowercased().hasPrefix("error: "), "\(run.stderr)")
  }

  @Test("a full-width 。 or ； ends a statement as ; does")
  func fullWidthStatementEnd() throws {
    let folder = try Self.storeFolder()
    let one = try TupuRun.tupu(
      ["query", "--db", "store.sqlite", "--format", "tsv", "甲某 chairs ?m。"], in: folder.path)
    #expect(one.stdout == "m\n会一\n", "\(one.stderr)")
    let script = try TupuRun.tupu(
      ["query", "--db", "store.sqlite", "--format", "tsv"], in: folder.path,
      stdin: "甲某 chairs ?m；\n甲某 chairs 会一。\n")
    #expect(script.stdout == "m\n会一\n\nyes\n", "\(script.stderr)")
  }

  @Test("a yes/no answer in JSON is an object")
  func jsonYesNo() throws {
    let folder = try Self.storeFolder()
    let run = try TupuRun.tupu(
      ["query", "--db", "store.sqlite", "--format", "json", "甲某 chairs 会一"], in: folder.path)
    #expect(run.stdout == "{\"answer\": true}\n")
  }

  @Test("describe shows the evidence of type facts, spans as [a, b), and no empty spans")
  func describeEvidence() throws {
    let folder = try Self.storeFolder()
    let run = try TupuRun.tupu(["describe", "--db", "store.sqlite", "会一"], in: folder.path)
    #expect(
      run.stdout == """
        会一 : Meeting

        is a:
          会一 type Meeting
              facts.tsv [17, 32) 会一 type Meeting

        says:
          会一 reviews 项目一
              facts.tsv [46, 60) 会一 reviews 项目一

        is the object of:
          甲某 chairs 会一
              facts.tsv [33, 45) 甲某 chairs 会一

        """, "\(run.stdout)")
  }

  @Test("the export --around hint for an unknown name is a query that runs")
  func aroundHint() throws {
    let folder = try Self.storeFolder()
    let run = try TupuRun.tupu(
      ["export", "--db", "store.sqlite", "--around", "不存在"], in: folder.path)
    #expect(run.status == 3)
    #expect(run.stderr.contains("`tupu query '?x : ?class'` lists what it has"), "\(run.stderr)")
    let hinted = try TupuRun.tupu(
      ["query", "--db", "store.sqlite", "?x : ?class"], in: folder.path)
    #expect(hinted.status == 0, "\(hinted.stderr)")
  }
}
