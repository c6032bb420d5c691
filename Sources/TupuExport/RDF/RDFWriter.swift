import TupuGraph

/// Writes facts as RDF, N-Triples or Turtle, for loading into Oxigraph, Apache Jena or
/// Virtuoso when a graph outgrows one SQLite file.
///
/// Both syntaxes write the same triples in the same order: with `includeVocabulary` the
/// ontology as an RDFS vocabulary first, then one triple per fact (`type` as `rdf:type`), then
/// with `includeEvidence` one reified `rdf:Statement` per piece of evidence (document path,
/// article, sentence, offsets, sentence text, pattern) and per derived fact (its rule).
/// IRIs follow `RDFNaming`.
public struct RDFWriter: Sendable {
  public enum Syntax: String, Sendable, CaseIterable {
    case nTriples = "ntriples"
    case turtle
  }

  public var syntax: Syntax
  public var naming: RDFNaming
  public var vocabulary: Vocabulary
  public var includeDerived: Bool
  public var includeEvidence: Bool
  public var includeVocabulary: Bool

  public init(
    syntax: Syntax, naming: RDFNaming, vocabulary: Vocabulary, includeDerived: Bool = false,
    includeEvidence: Bool = false, includeVocabulary: Bool = false
  ) {
    self.syntax = syntax
    self.naming = naming
    self.vocabulary = vocabulary
    self.includeDerived = includeDerived
    self.includeEvidence = includeEvidence
    self.includeVocabulary = includeVocabulary
  }

  public func write(_ facts: [Fact], to output: inout some TextOutputStream) {
    switch syntax {
    case .nTriples:
      forEachTriple(facts) { Self.writeNTriples($0, to: &output) }
    case .turtle:
      var turtle = TurtleSerializer(prefixes: turtlePrefixes)
      turtle.start(to: &output)
      forEachTriple(facts) { turtle.write($0, to: &output) }
      turtle.finish(to: &output)
    }
  }

  /// Every triple of the export, in order: vocabulary, facts, reified evidence.
  func forEachTriple(_ facts: [Fact], _ body: (RDFGraph.Triple) -> Void) {
    if includeVocabulary { RDFGraph.forEachTriple(vocabulary: vocabulary, naming: naming, body) }
    let table = FactTable(facts, includeDerived: includeDerived)
    RDFGraph.forEachTriple(facts: table, naming: naming, evidence: includeEvidence, body)
  }

  public func render(_ facts: [Fact]) -> String {
    var text = ""
    write(facts, to: &text)
    return text
  }

  /// The number of triples `write` produces for `facts`, for checks against a parser's count.
  func tripleCount(_ facts: [Fact]) -> Int {
    var count = 0
    forEachTriple(facts) { _ in count += 1 }
    return count
  }
}

extension RDFWriter {
  /// A string literal's body with the escapes N-Triples and Turtle share (ECHAR, UCHAR).
  static func escapedLiteral(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\t": escaped += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
