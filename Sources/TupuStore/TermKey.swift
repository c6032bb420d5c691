import TupuDiagnostics

/// A term as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// NB: `String`'s own hashing normalizes non-ASCII text on every call, several times slower
/// for Chinese names; SQLite's `UNIQUE(kind, text)` compares bytes too, so bytes are the
/// identity the store needs anyway.
struct TermKey: Hashable {
  var kind: Int
  var text: String

  func hash(into hasher: inout Hasher) {
    // NB: one integer for the kind and the text (each `combine` is a round of the hasher's
    // mixing, and `combine(bytes:)` fills its buffer byte by byte): ~600 instructions a lookup
    // before, and every fact of a batch looks up three terms.
    hasher.combine(digest)
  }

  // NB: what Set and Dictionary call: the digest mixed with the table's seed, no Hasher.
  func _rawHashValue(seed: Int) -> Int { ByteDigest.tableHash(digest, seed: seed) }

  private var digest: UInt64 {
    ByteDigest.of(text) &+ UInt64(truncatingIfNeeded: kind) &* 0x94D0_49BB_1331_11EB
  }

  static func == (left: TermKey, right: TermKey) -> Bool {
    left.kind == right.kind && sameBytes(left.text, right.text)
  }

  /// Whether two strings have the same UTF-8 bytes.
  // NB: read in place, eight bytes at a time (a `var` copy of each for `withUTF8` cost a retain
  // and a release of both at every comparison, and most compared names are equal).
  static func sameBytes(_ left: String, _ right: String) -> Bool {
    guard left.utf8.count == right.utf8.count else { return false }
    if let same = left.utf8.withContiguousStorageIfAvailable({ leftBytes in
      right.utf8.withContiguousStorageIfAvailable { rightBytes in ByteDigest.same(leftBytes, rightBytes) }
    }), let same {
      return same
    }
    return left.utf8.elementsEqual(right.utf8)
  }
}
