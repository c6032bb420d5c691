import Foundation
import Testing

@testable import TupuText

/// Shared test input: the bundled page, temporary files, the offset invariant.
enum Fixtures {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let bundledPagePath =
    repositoryRoot
    .appendingPathComponent("Examples/weidu-district-news-page.txt").path

  static func bundledPage() throws -> ReadDocument {
    try TextPipeline.read(path: bundledPagePath)
  }

  static let devDirectory = "/work/shared/eval/dev"

  /// The dev articles when the shared evaluation folder is there (read in place).
  static func devArticlePaths() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: devDirectory)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(devDirectory)/\($0)" }
  }

  /// A fresh temporary folder for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tupu-text-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ bytes: [UInt8], named name: String) throws -> String {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Sentences whose original text, repaired, is not the sentence: should be none.
  static func offsetViolations(_ document: ReadDocument) -> [String] {
    let scalars = Array(document.originalText.unicodeScalars)
    var problems: [String] = []
    for article in document.articles {
      if article.start < 0 || article.end > scalars.count || article.start >= article.end {
        problems.append("article \(article.index) has range [\(article.start), \(article.end))")
      }
      for sentence in article.sentences {
        guard sentence.start >= 0, sentence.end <= scalars.count, sentence.start < sentence.end
        else {
          problems.append(
            "sentence \(sentence.index) has range [\(sentence.start), \(sentence.end))")
          continue
        }
        let original = LayoutText.compacted(scalars[sentence.start..<sentence.end])
        if original != sentence.text {
          problems.append(
            "\(document.path) [\(sentence.start), \(sentence.end)): \(original) ≠ \(sentence.text)")
        }
        if sentence.start < article.start || sentence.end > article.end {
          problems.append("sentence \(sentence.index) lies outside article \(article.index)")
        }
      }
    }
    return problems
  }

  static func allSentences(_ document: ReadDocument) -> [String] {
    document.articles.flatMap { $0.sentences.map(\.text) }
  }

  static func occurrences(of needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
  }
}
