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
    hasher.combine(Self.digest(text) &+ UInt64(truncatingIfNeeded: kind) &* 0x94D0_49BB_1331_11EB)
  }

  /// A 64-bit digest of the UTF-8 bytes of `text`, read eight at a time (each word mixed in by
  /// a multiply and a shift; the last word overlaps the one before when the count is not a
  /// multiple of eight). Equal bytes give equal digests; a collision costs a comparison.
  @inline(__always)
  static func digest(_ text: String) -> UInt64 {
    if let digest = text.utf8.withContiguousStorageIfAvailable({ digest(UnsafeRawBufferPointer($0)) }) {
      return digest
    }
    return Array(text.utf8).withUnsafeBytes { digest($0) }
  }

  @inline(__always)
  static func digest(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    let count = raw.count
    var digest: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
    guard count >= 8 else {
      var tail: UInt64 = 0
      for offset in 0..<count {
        tail |= UInt64(raw.load(fromByteOffset: offset, as: UInt8.self)) << (UInt64(offset) &* 8)
      }
      digest = (digest ^ tail) &* 0xBF58_476D_1CE4_E5B9
      return digest ^ (digest >> 29)
    }
    var offset = 0
    while offset + 8 < count {
      digest = (digest ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        &* 0xBF58_476D_1CE4_E5B9
      digest ^= digest >> 29
      offset += 8
    }
    digest = (digest ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      &* 0xBF58_476D_1CE4_E5B9
    return digest ^ (digest >> 29)
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
      right.utf8.withContiguousStorageIfAvailable { rightBytes in
        let count = leftBytes.count
        let leftRaw = UnsafeRawBufferPointer(leftBytes)
        let rightRaw = UnsafeRawBufferPointer(rightBytes)
        var offset = 0
        while offset + 8 <= count {
          guard
            leftRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
              == rightRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          else { return false }
          offset += 8
        }
        while offset < count {
          guard leftBytes[offset] == rightBytes[offset] else { return false }
          offset += 1
        }
        return true
      }
    }), let same {
      return same
    }
    return left.utf8.elementsEqual(right.utf8)
  }
}
