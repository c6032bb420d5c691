import Foundation
import Testing

@Suite("Facts-file lines the store rebuilds")
struct FactsFileEvidenceTests {
  @Test(
    ".why shows an N-Triples line as written, rebuilt or kept, and a bare JSON Lines fact as empty"
  )
  func whyShowsTheLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-facts-evidence-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = "https://tupu.dev/"
    // The first line as the export writes it (rebuilt from its fact), the second spaced
    // otherwise (kept as text).
    let plain = "<\(base)entity/%E7%94%B2> <\(base)ontology/chairs> <\(base)entity/b> ."
    let spaced = "<\(base)entity/%E7%94%B2>  <\(base)ontology/chairs> <\(base)entity/c> ."
    let nt = folder.appendingPathComponent("g.nt").path
    try (plain + "\n" + spaced + "\n").write(toFile: nt, atomically: true, encoding: .utf8)
    let jsonl = folder.appendingPathComponent("g.jsonl").path
    let lines = [
      "{\"document\":\"k\",\"path\":\"p\",\"facts\":1}",
      "{\"s\":\"甲\",\"p\":\"chairs\",\"o\":\"d\"}",
    ]
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: jsonl, atomically: true, encoding: .utf8)
    let db = folder.appendingPathComponent("graph.sqlite").path
    let (status, _, errors) = try runTupu(["ingest", "--db", db, nt, jsonl])
    #expect(status == 0, "\(errors)")
    let (_, output, _) = try runTupu(["repl", "--db", db], stdin: "甲 chairs ?x\n.why\n")
    #expect(output.contains("「\(plain)」 \(nt)"))
    #expect(output.contains("「\(spaced)」 \(nt)"))
    #expect(output.contains("「」 p"))
  }
}
