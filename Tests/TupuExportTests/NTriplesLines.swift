/// A small N-Triples reader for checking what a real parser (rapper) gives back: terms are
/// unescaped, so two spellings of one triple compare equal.
enum NTriplesLines {
  enum Node: Hashable, Comparable {
    case iri(String)
    case blank
    case literal(String, suffix: String)
  }

  struct Triple: Hashable, Comparable {
    var subject: Node
    var predicate: Node
    var object: Node

    static func < (a: Triple, b: Triple) -> Bool {
      (a.subject, a.predicate, a.object) < (b.subject, b.predicate, b.object)
    }
  }

  struct Malformed: Error, CustomStringConvertible {
    var line: String
    var description: String { "cannot read N-Triples line: \(line)" }
  }

  /// Every triple of `text`, blank-node labels forgotten (they may be renamed by a parser).
  static func parse(_ text: String) throws -> [Triple] {
    var triples: [Triple] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
      var rest = Substring(line)
      let subject = try node(&rest, line)
      let predicate = try node(&rest, line)
      let object = try node(&rest, line)
      guard rest.trimmingPrefix(" ") == "." else { throw Malformed(line: String(line)) }
      triples.append(Triple(subject: subject, predicate: predicate, object: object))
    }
    return triples
  }

  private static func node(_ rest: inout Substring, _ line: Substring) throws -> Node {
    rest = rest.drop(while: { $0 == " " })
    guard let first = rest.first else { throw Malformed(line: String(line)) }
    switch first {
    case "<":
      guard let close = rest.firstIndex(of: ">") else { throw Malformed(line: String(line)) }
      let iri = try unescaped(rest[rest.index(after: rest.startIndex)..<close], line)
      rest = rest[rest.index(after: close)...]
      return .iri(iri)
    case "_":
      rest = rest.drop(while: { $0 != " " })
      return .blank
    case "\"":
      var body = ""
      var index = rest.index(after: rest.startIndex)
      while index < rest.endIndex, rest[index] != "\"" {
        if rest[index] == "\\" {
          body.append(rest[index])
          index = rest.index(after: index)
        }
        guard index < rest.endIndex else { throw Malformed(line: String(line)) }
        body.append(rest[index])
        index = rest.index(after: index)
      }
      guard index < rest.endIndex else { throw Malformed(line: String(line)) }
      rest = rest[rest.index(after: index)...]
      let suffix = rest.prefix(while: { $0 != " " })
      rest = rest.dropFirst(suffix.count)
      return .literal(try unescaped(Substring(body), line), suffix: String(suffix))
    default:
      throw Malformed(line: String(line))
    }
  }

  private static func unescaped(_ text: Substring, _ line: Substring) throws -> String {
    var result = ""
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      guard let kind = scalars.popFirst() else { throw Malformed(line: String(line)) }
      switch kind {
      case "t": result += "\t"
      case "n": result += "\n"
      case "r": result += "\r"
      case "b": result += "\u{8}"
      case "f": result += "\u{C}"
      case "\"": result += "\""
      case "'": result += "'"
      case "\\": result += "\\"
      case "u", "U":
        let count = kind == "u" ? 4 : 8
        let hex = String(String.UnicodeScalarView(scalars.prefix(count)))
        scalars = scalars.dropFirst(count)
        guard hex.count == count, let value = UInt32(hex, radix: 16),
          let decoded = Unicode.Scalar(value)
        else { throw Malformed(line: String(line)) }
        result.unicodeScalars.append(decoded)
      default: throw Malformed(line: String(line))
      }
    }
    return result
  }
}
