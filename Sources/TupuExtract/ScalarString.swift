/// A String made from scalars in one write of their UTF-8.
///
/// NB: `String.unicodeScalars.append(contentsOf:)` grows the string scalar by scalar; names
/// are made this way for every mention of every sentence, so they are encoded straight into a
/// string of the right size (the same text).
enum ScalarString {
  static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var byteCount = 0
    for scalar in scalars { byteCount += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: byteCount) { buffer in
      var written = 0
      for scalar in scalars {
        UTF8.encode(scalar) { unit in
          buffer[written] = unit
          written += 1
        }
      }
      return written
    }
  }
}

extension ScalarString {
  /// The scalars of `text`, decoded from its UTF-8 in one pass.
  ///
  /// NB: `Array(text.unicodeScalars)` walks the string twice (a count, then the copy); every
  /// sentence is made an array of scalars, so once is worth it.
  static func scalars(_ text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      // Every byte but a continuation byte starts a scalar (a loop the compiler vectorizes).
      var scalarCount = 0
      for byte in bytes where byte & 0xC0 != 0x80 { scalarCount += 1 }
      return [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { buffer, count in
        var index = 0
        var written = 0
        let end = bytes.count
        // A String's UTF-8 is valid: each lead byte says how many continuation bytes follow.
        while index < end {
          let lead = UInt32(bytes[index])
          let value: UInt32
          if lead < 0x80 {
            value = lead
            index += 1
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
              | UInt32(bytes[index + 2] & 0x3F)
            index += 3
          } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
              | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            index += 4
          }
          buffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
          written += 1
        }
        count = written
      }
    }
  }
}

extension ScalarString {
  /// Whether the scalars of `word` (its UTF-8) stand in `text` from `index` on.
  @inline(__always)
  static func matches(
    _ word: UnsafeBufferPointer<UInt8>, in text: [Unicode.Scalar], at index: Int
  ) -> Bool {
    var position = 0
    var offset = index
    let end = word.count
    while position < end {
      let lead = UInt32(word[position])
      let value: UInt32
      if lead < 0x80 {
        value = lead
        position += 1
      } else if lead < 0xE0 {
        value = (lead & 0x1F) << 6 | UInt32(word[position + 1] & 0x3F)
        position += 2
      } else if lead < 0xF0 {
        value = (lead & 0x0F) << 12 | UInt32(word[position + 1] & 0x3F) << 6
          | UInt32(word[position + 2] & 0x3F)
        position += 3
      } else {
        value = (lead & 0x07) << 18 | UInt32(word[position + 1] & 0x3F) << 12
          | UInt32(word[position + 2] & 0x3F) << 6 | UInt32(word[position + 3] & 0x3F)
        position += 4
      }
      guard offset < text.count, text[offset].value == value else { return false }
      offset += 1
    }
    return true
  }

  /// How many scalars the UTF-8 `word` holds.
  @inline(__always)
  static func scalarCount(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in word where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
