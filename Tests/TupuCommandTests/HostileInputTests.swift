import Foundation
import Testing

@Suite("Hostile input through the command line")
struct HostileInputTests {
  static let names = [
    #"a'b"; DROP TABLE facts; --"#, #"x" -> "y"#, #"{ } [ ] ; \ \n"#, "<b>粗</b>", "%_*?",
  ]

  @Test("names with SQL, DOT and quote metacharacters are stored and answered as written")
  func metacharacterNames() throws {
    let folder = try ScratchFolder()
    // The TSV facts format escapes a backslash as `\\` (what `tupu export --format tsv` writes).
    let lines = Self.names.enumerated().flatMap { index, name in
      let field = name.replacingOccurrences(of: "\\", with: "\\\\")
      return ["\(field)\ttype\tOrganization", "\(field)\tsponsors\t社区\(index)"]
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: folder.file("names.tsv"), atomically: true, encoding: .utf8)
    let ingest = try TupuRun.tupu(["ingest", "--db", "store.sqlite", "names.tsv"], in: folder.path)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let all = try TupuRun.tupu(
      ["query", "--db", "store.sqlite", "--format", "tsv", "?o : Organization order by ?o"],
      in: folder.path)
    // TSV output writes a backslash as `\\` (its escape character).
    let expected = Self.names.sorted().map { $0.replacingOccurrences(of: "\\", with: "\\\\") }
    #expect(all.stdout == "o\n" + expected.joined(separator: "\n") + "\n")
    for (index, name) in Self.names.enumerated() {
      let quoted =
        "\""
        + name.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"") + "\""
      let answer = try TupuRun.tupu(
        ["query", "--db", "store.sqlite", "--format", "tsv", "\(quoted) sponsors ?c"],
        in: folder.path)
      #expect(answer.stdout == "c\n社区\(index)\n", "\(name): \(answer.stderr)")
    }
    #expect(try TupuRun.sqlite("store.sqlite", "PRAGMA integrity_check", in: folder.path) == "ok\n")
  }

  @Test("a file of NUL bytes and a binary facts file are clear errors; the store stays as it was")
  func binaryFiles() throws {
    let folder = try ScratchFolder()
    try "魏都区\ttype\tDistrict\n".write(
      toFile: folder.file("good.tsv"), atomically: true, encoding: .utf8)
    #expect(
      try TupuRun.tupu(["ingest", "--db", "store.sqlite", "good.tsv"], in: folder.path).status == 0)
    _ = FileManager.default.createFile(
      atPath: folder.file("zeros.txt"), contents: Data(count: 65536))
    var noise = SystemRandomNumberGenerator()
    let bytes = (0..<65536).map { _ in UInt8.random(in: 0...255, using: &noise) }
    _ = FileManager.default.createFile(atPath: folder.file("noise.tsv"), contents: Data(bytes))
    _ = FileManager.default.createFile(atPath: folder.file("zeros.nt"), contents: Data(count: 4096))

    let inspect = try TupuRun.tupu(["inspect", "zeros.txt"], in: folder.path)
    #expect(inspect.status == 3)
    #expect(
      inspect.stderr.contains("zeros.txt is not text (NUL byte at byte 0)"), "\(inspect.stderr)")
    for file in ["noise.tsv", "zeros.nt"] {
      let ingest = try TupuRun.tupu(["ingest", "--db", "store.sqlite", file], in: folder.path)
      #expect(ingest.status == 3, "\(file): \(ingest.stderr)")
      #expect(ingest.stderr.contains("error: "), "\(file): \(ingest.stderr)")
      #expect(ingest.stderr.contains("\(file):1"), "\(file): \(ingest.stderr)")
    }
    let stored = try TupuRun.sqlite(
      "store.sqlite", "SELECT count(*) FROM documents; PRAGMA integrity_check", in: folder.path)
    #expect(stored == "1\nok\n")
  }
}
