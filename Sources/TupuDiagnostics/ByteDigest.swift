/// A 64-bit digest of a text's UTF-8 bytes, for hash keys that the hasher then mixes as one
/// integer, and the comparison of such keys' bytes: the store's term keys and the extractor's
/// names share both.
///
/// The bytes are read eight at a time, each word mixed in by a multiply and a shift; the last
/// word overlaps the one before when the count is not a multiple of eight. Equal bytes give
/// equal digests; a collision costs only a comparison.
// NB: `Hasher.combine(bytes:)` fills the hasher's buffer byte by byte, ~120 instructions a name,
// and hashing names is the busiest work of resolution and of the store's batches.
public enum ByteDigest {
  @inlinable @inline(__always)
  public static func of(_ text: String) -> UInt64 {
    if let digest = text.utf8.withContiguousStorageIfAvailable({ of(UnsafeRawBufferPointer($0)) }) {
      return digest
    }
    return Array(text.utf8).withUnsafeBytes { of($0) }
  }

  @inlinable @inline(__always)
  public static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
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

  /// A digest mixed with a table's seed: the hash value a `Set` or `Dictionary` asks of a key
  /// (`_rawHashValue(seed:)`), so that a key hashed as one digest needs no `Hasher`.
  // NB: the hasher's rounds and finalization cost ~120 instructions a lookup for one integer that
  // is already mixed; the tables use the value's low bits, which the last shifts fold in.
  // `_rawHashValue(seed:)` is Hashable's underscored requirement: public, not documented. Were it
  // renamed, the keys' methods would simply go unused and `hash(into:)` would serve, as correct.
  @inlinable @inline(__always)
  public static func tableHash(_ digest: UInt64, seed: Int) -> Int {
    var value = digest ^ UInt64(truncatingIfNeeded: seed)
    value = (value ^ (value >> 32)) &* 0xD6E8_FEB8_6659_FD93
    value = (value ^ (value >> 32)) &* 0xD6E8_FEB8_6659_FD93
    return Int(truncatingIfNeeded: value ^ (value >> 32))
  }

  /// Whether two buffers of the same count hold the same bytes, compared eight at a time.
  // NB: a generic `elementsEqual` compares byte by byte; names are 6–40 bytes.
  @inlinable @inline(__always)
  public static func same(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let count = left.count
    let leftRaw = UnsafeRawBufferPointer(left)
    let rightRaw = UnsafeRawBufferPointer(right)
    var offset = 0
    while offset + 8 <= count {
      guard
        leftRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          == rightRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      else { return false }
      offset += 8
    }
    while offset < count {
      guard left[offset] == right[offset] else { return false }
      offset += 1
    }
    return true
  }
}
