import Foundation
import Testing
import TupuExtract
import TupuGraph
import TupuText

/// A big file is extracted part by part (`TextPipeline.parts`): each part's evidence must name
/// the article and offsets of the whole file, so the store can put parts side by side.
@Suite("Extraction from a file read in parts")
struct PartsExtractionTests {
  /// What identifies a piece of evidence in the file.
  static func key(_ evidence: Evidence) -> String {
    "\(evidence.article)/\(evidence.sentence) [\(evidence.start), \(evidence.end)) "
      + "\(evidence.pattern) \(evidence.text)"
  }

  @Test("evidence from a part has the article number and offsets of the whole file")
  func evidenceCountsInTheWholeFile() throws {
    let page = try String(contentsOfFile: Fixtures.bundledPagePath, encoding: .utf8)
    let text = (0..<6).map { page.replacingOccurrences(of: "魏都区", with: "魏都区\($0)") }
      .joined(separator: "\u{0C}")
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tupu-extract-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("year.txt").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))

    let extractor = Extractor(ontology: try Fixtures.builtInOntology())
    let whole = extractor.extract(try TextPipeline.read(path: path))
    var parts = try TextPipeline.parts(path: path, partBytes: 10_000)
    var fromParts: Set<String> = []
    var partCount = 0
    while let part = try parts.next() {
      partCount += 1
      let articles = Dictionary(uniqueKeysWithValues: part.articles.map { ($0.index, $0) })
      for fact in extractor.extract(part).facts {
        guard let evidence = fact.evidence else { continue }
        fromParts.insert(Self.key(evidence))
        if evidence.article == part.boilerplateArticleIndex {
          #expect(
            part.boilerplate.contains {
              $0.lowerBound <= evidence.start && evidence.end <= $0.upperBound
            }, "\(Self.key(evidence))")
          continue
        }
        let article = try #require(articles[evidence.article], "\(Self.key(evidence))")
        #expect(
          article.start <= evidence.start && evidence.end <= article.end,
          "\(Self.key(evidence)) outside [\(article.start), \(article.end))")
      }
    }
    #expect(partCount == 6 && whole.facts.count > 100)
    // A fact the whole file states more than once keeps one evidence there, one per part here.
    let missing = whole.facts.compactMap(\.evidence).map(Self.key).filter {
      !fromParts.contains($0)
    }
    #expect(missing.isEmpty, "\(missing.prefix(3))")
  }
}
