/// Scalars read straight from a string's UTF-8, for the scanners' word tests.
///
/// NB: the text is scanned as `[Unicode.Scalar]` and tested against literal words at every
/// position; iterating a literal's `unicodeScalars` costs more than the test itself, so the
/// word's UTF-8 is read in place (`withContiguousStorageIfAvailable`) and decoded on the way.
public enum UTF8Scalars {
  /// The scalar whose UTF-8 starts at `position` of valid UTF-8 `bytes`, and its length.
  @inlinable @inline(__always)
  public static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, at position: Int
  ) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[position])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F), 2) }
    if lead < 0xF0 {
      return (
        (lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6
          | UInt32(bytes[position + 2] & 0x3F), 3
      )
    }
    return (
      (lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
        | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F), 4
    )
  }

  /// Whether the scalars of the UTF-8 `word` stand in `text` from `index` on.
  @inlinable @inline(__always)
  public static func matches(
    _ word: UnsafeBufferPointer<UInt8>, in text: [Unicode.Scalar], at index: Int
  ) -> Bool {
    var position = 0
    var offset = index
    while position < word.count {
      let (value, length) = decode(word, at: position)
      guard offset < text.count, text[offset].value == value else { return false }
      position += length
      offset += 1
    }
    return true
  }

  /// How many scalars the UTF-8 `word` holds.
  @inlinable @inline(__always)
  public static func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in word where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// Whether the UTF-8 `word` holds the scalar `value`.
  @inlinable
  public static func holds(_ word: UnsafeBufferPointer<UInt8>, _ value: UInt32) -> Bool {
    var position = 0
    while position < word.count {
      let (scalar, length) = decode(word, at: position)
      if scalar == value { return true }
      position += length
    }
    return false
  }
}
