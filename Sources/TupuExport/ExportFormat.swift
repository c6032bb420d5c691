import TupuGraph

/// The formats `tupu export` (and the REPL's `.dot`) write.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// Graphviz DOT, for pictures.
  case dot
  /// RDF N-Triples: one triple a line.
  case ntriples
  /// RDF Turtle: prefixes and one block per entity.
  case turtle
  /// The shared gold format: `subject<TAB>predicate<TAB>object`.
  case tsv
  /// JSON Lines: one fact with its evidence a line.
  case json
}

/// What to write and how: the options of `tupu export`, as one value.
public struct ExportOptions: Hashable, Sendable {
  public var format: ExportFormat
  /// Add facts derived by inference rules (dashed in DOT, under `# derived` in TSV).
  public var includeDerived = false
  /// RDF: reified statements with the evidence; DOT: the sentence as each edge's tooltip.
  /// (JSON Lines always carry their evidence.)
  public var includeEvidence = false
  /// RDF: the ontology as an RDFS vocabulary before the facts.
  public var includeVocabulary = false
  /// RDF: the IRI entity names are appended to (percent-encoded).
  public var entityBase = RDFNaming.defaultEntityBase
  /// DOT: label edges with predicate ids instead of their Chinese labels.
  public var edgeLabels = DOTWriter.EdgeLabels.chinese

  public init(format: ExportFormat) { self.format = format }
}

/// Writes facts in the format `options` name: the one entry point the command line and the
/// REPL share.
public struct Exporter: Sendable {
  public var options: ExportOptions
  public var vocabulary: Vocabulary
  let naming: RDFNaming

  /// - Throws: a `Diagnostic` when `options.entityBase` is not a usable IRI.
  public init(options: ExportOptions, vocabulary: Vocabulary) throws {
    self.options = options
    self.vocabulary = vocabulary
    self.naming = try RDFNaming(entityBase: options.entityBase)
  }

  public func write(_ facts: [Fact], to output: inout some TextOutputStream) {
    switch options.format {
    case .dot:
      DOTWriter(
        vocabulary: vocabulary, includeDerived: options.includeDerived,
        edgeLabels: options.edgeLabels, includeEvidence: options.includeEvidence
      ).write(facts, to: &output)
    case .ntriples, .turtle:
      RDFWriter(
        syntax: options.format == .turtle ? .turtle : .nTriples, naming: naming,
        vocabulary: vocabulary, includeDerived: options.includeDerived,
        includeEvidence: options.includeEvidence, includeVocabulary: options.includeVocabulary
      ).write(facts, to: &output)
    case .tsv:
      TSVWriter(vocabulary: vocabulary, includeDerived: options.includeDerived)
        .write(facts, to: &output)
    case .json:
      JSONLinesWriter(includeDerived: options.includeDerived).write(facts, to: &output)
    }
  }

  public func render(_ facts: [Fact]) -> String {
    var text = ""
    write(facts, to: &text)
    return text
  }
}
