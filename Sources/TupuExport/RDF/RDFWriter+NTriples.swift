extension RDFWriter {
  /// N-Triples: one triple a line, every IRI in full.
  static func writeNTriples(_ triple: RDFGraph.Triple, to output: inout some TextOutputStream) {
    output.write(nTriplesTerm(triple.subject))
    output.write(" <")
    output.write(triple.predicate)
    output.write("> ")
    output.write(nTriplesTerm(triple.object))
    output.write(" .\n")
  }

  static func nTriplesTerm(_ node: RDFGraph.Node) -> String {
    switch node {
    case .iri(let iri): return "<" + iri + ">"
    case .blank(let label): return "_:" + label
    case .literal(let text, let language, let datatype):
      let body = "\"" + escapedLiteral(text) + "\""
      if let language { return body + "@" + language }
      if let datatype { return body + "^^<" + datatype + ">" }
      return body
    }
  }
}
