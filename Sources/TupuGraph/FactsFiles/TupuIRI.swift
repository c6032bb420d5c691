/// How Tupu names things in RDF (N-Triples in and out).
///
/// - an entity is `https://tupu.dev/entity/` + its canonical name, percent-encoded as UTF-8
///   (every byte but `A–Z a–z 0–9 - . _ ~`): 魏都区 → `https://tupu.dev/entity/%E9%AD%8F%E9%83%BD%E5%8C%BA`;
/// - a predicate or class is `https://tupu.dev/ontology/` + its ontology id (`chairs`, `Official`);
/// - class membership is `rdf:type`; literals (posts) are plain string literals.
public enum TupuIRI {
  public static let entityBase = "https://tupu.dev/entity/"
  public static let ontologyBase = "https://tupu.dev/ontology/"
  public static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

  /// The IRI of an entity name.
  ///
  /// NB: a name made only of dots is written `%2E…`: as a path segment `.` or `..` would be
  /// resolved away by RDF parsers (rapper turns `…/entity/..` into `https://tupu.dev/`).
  public static func entity(_ name: String, base: String = entityBase) -> String {
    if !name.isEmpty, name.utf8.allSatisfy({ $0 == UInt8(ascii: ".") }) {
      return base + String(repeating: "%2E", count: name.utf8.count)
    }
    return base + percentEncoded(name)
  }

  /// The IRI of a predicate (`rdf:type` for `type`) or class id.
  public static func ontology(_ id: String) -> String {
    id == typePredicate ? rdfType : ontologyBase + percentEncoded(id)
  }

  /// The name an IRI stands for: the decoded local part under a Tupu base, else the IRI itself.
  public static func name(of iri: String) -> String {
    for base in [entityBase, ontologyBase] where iri.hasPrefix(base) {
      return percentDecoded(String(iri.dropFirst(base.count)))
    }
    return iri == rdfType ? typePredicate : iri
  }

  /// As `name(of:)`, but nil when a percent-escape is broken (`%ZZ`, `%E4%B8` cut short).
  public static func strictName(of iri: String) -> String? {
    for base in [entityBase, ontologyBase] where iri.hasPrefix(base) {
      return strictlyPercentDecoded(String(iri.dropFirst(base.count)))
    }
    return iri == rdfType ? typePredicate : iri
  }

  static func strictlyPercentDecoded(_ text: String) -> String? {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next(), let low = iterator.next(),
        let highValue = hexValue(high), let lowValue = hexValue(low)
      else { return nil }
      let value = highValue << 4 | lowValue
      bytes.append(value)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  public static func percentEncoded(_ text: String) -> String {
    // NB: built as bytes: a `String` per escape was most of the N-Triples reader's check of
    // whether a line is written as the export writes it.
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        result.append(byte)
      default:
        result.append(UInt8(ascii: "%"))
        result.append(hexDigits[Int(byte >> 4)])
        result.append(hexDigits[Int(byte & 0x0F)])
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  static func percentDecoded(_ text: String) -> String {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
        let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
