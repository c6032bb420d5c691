import Foundation
import Testing
import TupuEval
import TupuExtract
import TupuGraph
import TupuOntology
import TupuText

/// Shared test input: the built-in ontology, the bundled page, the shared gold files.
enum Fixtures {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let ontologyDirectory = repositoryRoot.appendingPathComponent("Ontology").path
  static let bundledPagePath = repositoryRoot
    .appendingPathComponent("Examples/weidu-district-news-page.txt").path
  /// ../shared/eval beside the project (as scripts/test finds it), else /work/shared/eval.
  static let evalDirectory: String = {
    let beside = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval").path
    return FileManager.default.fileExists(atPath: beside) ? beside : "/work/shared/eval"
  }()
  static var bundledGoldPath: String { evalDirectory + "/000_4ccd436e14f2bc57.gold.tsv" }
  static var devDirectory: String { evalDirectory + "/dev" }

  static let ontology: Ontology? = try? Ontology.load(directory: ontologyDirectory)

  static func builtInOntology() throws -> Ontology {
    try loadedOntology.get()
  }

  /// Loaded once for all tests (the county gazetteer alone is 2 000 names).
  private static let loadedOntology = Result { try Ontology.load(directory: ontologyDirectory) }

  /// The facts extracted from `text` as `subject predicate object` lines (type facts as
  /// `name : Class`), with the inference rules applied.
  static func facts(of text: String) throws -> Set<String> {
    let ontology = try builtInOntology()
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "test.txt")
    let graph = Extractor(ontology: ontology).extract(document)
    let derived = Inference.derive(ontology.vocabulary.rules, from: graph.facts)
    return Set(
      (graph.facts + derived).map { fact in
        fact.predicate == typePredicate
          ? "\(fact.subject) : \(fact.object.text)"
          : "\(fact.subject) \(fact.predicate) \(fact.object.text)"
      })
  }

  /// A fresh temporary folder for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tupu-extract-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
