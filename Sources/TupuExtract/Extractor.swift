import TupuGraph
import TupuOntology
import TupuText

/// Recognizes entities and relations in a read document, driven by the ontology.
///
/// NB: placeholder API while extraction is being written (issue 4); the signatures are the
/// contract, the bodies are not.
public struct Extractor: Sendable {
  public var ontology: Ontology

  public init(ontology: Ontology) { self.ontology = ontology }

  /// Every fact the document states, each with its evidence, plus one `type` fact per entity.
  public func extract(_ document: ReadDocument) -> DocumentGraph {
    DocumentGraph(
      document: DocumentRecord(
        contentHash: document.contentHash, path: document.path, title: document.title,
        date: document.date),
      facts: [])
  }
}
