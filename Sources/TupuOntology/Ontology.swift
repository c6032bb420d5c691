import TupuDiagnostics
import TupuGraph

/// The ontology: classes, predicates, lexicons, extraction patterns and inference rules,
/// loaded from a folder of files a person edits (the built-in one is `Ontology/`).
///
/// NB: placeholder API while the ontology module is being written (issue 4); the signatures
/// are the contract, the bodies are not.
public struct Ontology: Sendable {
  public var vocabulary: Vocabulary

  public init(vocabulary: Vocabulary) { self.vocabulary = vocabulary }

  /// Loads and validates every file of `directory`, reporting all problems at once.
  public static func load(directory: String) throws -> Ontology {
    throw Diagnostic("the ontology loader is not built yet", at: SourceLocation(source: directory, line: 0))
  }

  /// The built-in `Ontology/` folder: next to the executable's package, or installed beside it.
  public static func defaultDirectory() -> String? { nil }
}
