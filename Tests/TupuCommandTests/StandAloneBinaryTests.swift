import Foundation
import Testing

@Suite("A copied tupu binary stands alone")
struct StandAloneBinaryTests {
  let tupu = TupuBinary.find()
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
    .path

  @Test("copied into an empty folder, it reads Examples/ and answers who reviewed what")
  func copiedBinary() throws {
    let built = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    let copy = folder.file("tupu")
    try FileManager.default.copyItem(atPath: built.path, toPath: copy)
    let alone = TupuBinary(path: copy)
    let ingest = try alone.run(["ingest", Self.examples], in: folder.path)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let answer = try alone.run(["query", "何长成 reviews ?p"], in: folder.path)
    #expect(answer.status == 0, "\(answer.stderr)")
    let rows = answer.stdout.split(separator: "\n").dropFirst()
    #expect(rows.count == 11, "\(answer.stdout)")
    #expect(rows.contains("微光夜视"))
    // Chinese labels come from the vocabulary the store keeps.
    let byLabel = try alone.run(["query", "何长成 主持 ?m"], in: folder.path)
    #expect(byLabel.status == 0 && byLabel.stdout.contains("工作例会"), "\(byLabel.stderr)")
  }

  @Test("a query speaks the vocabulary the store was built with, not the built-in one")
  func vocabularyFromTheStore() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try folder.write(
      "onto/core.tupu",
      """
      class Person 人物
      class Meeting 会议
      predicate chairs 掌舵 aliases=领衔
      """)
    try folder.write("facts.tsv", "王建国\ttype\tPerson\n王建国\tchairs\t例会\n例会\ttype\tMeeting\n")
    let ingest = try tupu.run(
      ["ingest", "--db", "g.sqlite", "--ontology", "onto", "facts.tsv"], in: folder.path)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let answer = try tupu.run(["query", "--db", "g.sqlite", "王建国 领衔 ?m"], in: folder.path)
    #expect(answer.status == 0, "\(answer.stderr)")
    #expect(answer.stdout == "m\n例会\n")
  }
}
