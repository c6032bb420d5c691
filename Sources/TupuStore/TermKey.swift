/// A term as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// NB: `String`'s own hashing normalizes non-ASCII text on every call, several times slower
/// for Chinese names; SQLite's `UNIQUE(kind, text)` compares bytes too, so bytes are the
/// identity the store needs anyway.
struct TermKey: Hashable {
  var kind: Int
  var text: String

  func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (left: TermKey, right: TermKey) -> Bool {
    left.kind == right.kind && left.text.utf8.elementsEqual(right.text.utf8)
  }

  /// Byte order, as SQLite's BINARY collation sorts.
  static func byteOrder(_ left: TermKey, _ right: TermKey) -> Bool {
    if left.kind != right.kind { return left.kind < right.kind }
    return left.text.utf8.lexicographicallyPrecedes(right.text.utf8)
  }
}
