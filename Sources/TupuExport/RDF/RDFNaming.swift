import TupuDiagnostics
import TupuGraph

/// How graph terms become RDF terms: the scheme of `TupuIRI`, which the N-Triples reader of
/// facts files uses, with a base that an option may change for entities.
///
/// - An entity is the IRI `entityBase` + its canonical name, percent-encoded: every UTF-8
///   byte other than RFC 3986's unreserved characters (ASCII letters, digits, `-._~`) is
///   written `%XX` (upper-case hex).
///   `魏都区` → `https://tupu.dev/entity/%E9%AD%8F%E9%83%BD%E5%8C%BA`. Any standard
///   percent-decoder of the part after the base gives the name back.
/// - A class or predicate is `https://tupu.dev/ontology/` + its id, encoded the same way
///   (ontology ids are ASCII, so `located-in` stays `located-in`); `type` is `rdf:type`.
/// - A literal (a `title`'s post) is a plain string literal.
///
/// NB: a name that is only dots (`.`, `..`) is written `%2E…`: as a path segment it would be
/// resolved away by RDF parsers (rapper turns `…/entity/..` into `https://tupu.dev/`).
public struct RDFNaming: Hashable, Sendable {
  public static let defaultEntityBase = "https://tupu.dev/entity/"
  public static let ontologyBase = "https://tupu.dev/ontology/"
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let xsd = "http://www.w3.org/2001/XMLSchema#"

  public var entityBase: String

  /// - Throws: a `Diagnostic` when `entityBase` is not an absolute IRI that can be written
  ///   between `<` and `>`.
  public init(entityBase: String = RDFNaming.defaultEntityBase) throws {
    guard Self.isUsableBase(entityBase) else {
      throw Diagnostic(
        "'\(entityBase)' is not a usable base IRI",
        hint: "give an absolute IRI such as \(Self.defaultEntityBase) (scheme, no spaces, "
          + "no <>\"{}|^` or backslash)")
    }
    self.entityBase = entityBase
  }

  public func entityIRI(_ name: String) -> String { TupuIRI.entity(name, base: entityBase) }
  public func ontologyIRI(_ id: String) -> String { Self.ontologyBase + Self.percentEncoded(id) }

  /// The name an entity IRI stands for, or nil when the IRI is not under the base.
  public func entityName(ofIRI iri: String) -> String? {
    guard iri.hasPrefix(entityBase) else { return nil }
    return Self.percentDecoded(String(Substring(iri.utf8.dropFirst(entityBase.utf8.count))))
  }

  static func percentEncoded(_ text: String) -> String { TupuIRI.percentEncoded(text) }

  static func percentDecoded(_ text: String) -> String? {
    var bytes: [UInt8] = []
    var input = Array(text.utf8)[...]
    while let byte = input.popFirst() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard input.count >= 2, let high = hexValue(input.removeFirst()),
        let low = hexValue(input.removeFirst())
      else { return nil }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    default: return nil
    }
  }

  private static func isUsableBase(_ base: String) -> Bool {
    guard let colon = base.firstIndex(of: ":"), colon != base.startIndex else { return false }
    let scheme = base[..<colon]
    guard let first = scheme.unicodeScalars.first, first.isASCIILetter,
      scheme.unicodeScalars.allSatisfy({
        $0.isASCIILetter || $0.isASCIIDigit || "+-.".unicodeScalars.contains($0)
      })
    else { return false }
    return !base.unicodeScalars.contains {
      $0.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains($0)
    }
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
