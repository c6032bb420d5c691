extension RDFWriter {
  /// Prefix name and namespace, most specific namespace first so that a base under the
  /// ontology's namespace still abbreviates correctly.
  var turtlePrefixes: [(String, String)] {
    let all = [
      ("rdf", RDFNaming.rdf), ("rdfs", RDFNaming.rdfs), ("xsd", RDFNaming.xsd),
      ("tupu", RDFNaming.ontologyBase), ("e", naming.entityBase),
    ]
    return all.sorted { $0.1.count > $1.1.count }
  }

  static func turtleTerm(_ node: RDFGraph.Node, prefixes: [(String, String)]) -> String {
    switch node {
    case .iri(let iri):
      for (name, namespace) in prefixes where iri.hasPrefix(namespace) {
        // NB: drop by UTF-8 count: dropping Characters walks grapheme breaks, slowly.
        let local = String(Substring(iri.utf8.dropFirst(namespace.utf8.count)))
        if isSimpleLocalName(local) { return name + ":" + local }
      }
      return "<" + iri + ">"
    case .blank(let label): return "_:" + label
    case .literal(let text, let language, let datatype):
      if datatype == RDFNaming.xsd + "integer", Int(text) != nil { return text }
      let body = "\"" + escapedLiteral(text) + "\""
      if let language { return body + "@" + language }
      if let datatype { return body + "^^" + turtleTerm(.iri(datatype), prefixes: prefixes) }
      return body
    }
  }

  /// A local name needing no escapes: letters, digits, `-`, `_`, `.` and `%XX`, not starting
  /// with `-` or `.`, not ending with `.` (a `~` would need `\~`: such IRIs are written whole).
  static func isSimpleLocalName(_ local: String) -> Bool {
    let bytes = Array(local.utf8)
    guard let first = bytes.first, first != UInt8(ascii: "-"), first != UInt8(ascii: "."),
      bytes.last != UInt8(ascii: ".")
    else { return false }
    var at = 0
    while at < bytes.count {
      let byte = bytes[at]
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "."):
        at += 1
      case UInt8(ascii: "%"):
        guard at + 2 < bytes.count, isHex(bytes[at + 1]), isHex(bytes[at + 2]) else {
          return false
        }
        at += 3
      default: return false
      }
    }
    return true
  }

  private static func isHex(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
      || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
  }
}

/// Turtle, written as the triples come: prefixes, one block per run of triples with the same
/// subject, `;` between predicates, `,` between objects.
struct TurtleSerializer {
  let prefixes: [(String, String)]
  private var subject: RDFGraph.Node?
  private var predicate: String?

  init(prefixes: [(String, String)]) { self.prefixes = prefixes }

  func start(to output: inout some TextOutputStream) {
    for (name, iri) in prefixes { output.write("@prefix \(name): <\(iri)> .\n") }
  }

  mutating func write(_ triple: RDFGraph.Triple, to output: inout some TextOutputStream) {
    if triple.subject != subject {
      if subject != nil { output.write(" .\n") }
      output.write("\n")
      output.write(RDFWriter.turtleTerm(triple.subject, prefixes: prefixes))
      subject = triple.subject
      predicate = nil
    }
    if triple.predicate == predicate {
      output.write(" ,\n        ")
    } else {
      output.write(predicate == nil ? " " : " ;\n    ")
      output.write(
        triple.predicate == RDFNaming.rdf + "type"
          ? "a" : RDFWriter.turtleTerm(.iri(triple.predicate), prefixes: prefixes))
      output.write(" ")
      predicate = triple.predicate
    }
    output.write(RDFWriter.turtleTerm(triple.object, prefixes: prefixes))
  }

  func finish(to output: inout some TextOutputStream) {
    if subject != nil { output.write(" .\n") }
  }
}
