import Foundation
import Testing

@Suite("An ontology folder with errors")
struct OntologyErrorTests {
  /// The repository's Ontology/ (this file is Tests/TupuCommandTests/…).
  static let builtIn = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Ontology")

  /// A copy of the built-in ontology with `line` appended to each named file.
  static func broken(_ appended: [String: String], in folder: ScratchFolder) throws -> String {
    let copy = folder.file("Ontology")
    try FileManager.default.copyItem(atPath: builtIn.path, toPath: copy)
    for (file, line) in appended {
      let path = (copy as NSString).appendingPathComponent(file)
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try (text + (text.hasSuffix("\n") ? "" : "\n") + line + "\n").write(
        toFile: path, atomically: true, encoding: .utf8)
    }
    return copy
  }

  @Test("every problem is reported with file:line, exit 3, and nothing is stored")
  func everyProblemWithItsLine() throws {
    let folder = try ScratchFolder()
    let ontology = try Self.broken(
      [
        "classes.tupu": "class Mayor 市长 parent=Officiall",
        "predicates.tupu": "predicat chairs2 主持2",
        "rules.tupu": "rule broken: ?x chaired ?m => ?x reviews ?m",
      ], in: folder)
    let lines = { (file: String) in
      try String(
        contentsOfFile: (ontology as NSString).appendingPathComponent(file), encoding: .utf8
      )
      .split(separator: "\n", omittingEmptySubsequences: false).count - 1
    }
    try "魏都区区长何长成主持召开会议。\n".write(
      toFile: folder.file("page.txt"), atomically: true, encoding: .utf8)
    let ingest = try TupuRun.tupu(
      ["ingest", "--ontology", ontology, "--db", "store.sqlite", "page.txt"], in: folder.path)
    #expect(ingest.status == 3, "\(ingest.stderr)")
    for file in ["classes.tupu", "predicates.tupu", "rules.tupu"] {
      let located = "\(file):\(try lines(file))"
      #expect(ingest.stderr.contains(located), "no \(located) in:\n\(ingest.stderr)")
    }
    let stored = try? TupuRun.sqlite(
      "store.sqlite", "SELECT count(*) FROM documents", in: folder.path)
    #expect(stored == nil || stored == "0\n" || stored == "", "\(stored ?? "")")
  }
}
