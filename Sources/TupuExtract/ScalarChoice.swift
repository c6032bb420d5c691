/// A few scalars (punctuation, digits, level words) to test a scalar against by comparison.
///
/// NB: a `Set<Unicode.Scalar>` hashes the scalar for every test; clause scans test every
/// scalar of a sentence, and a handful of comparisons is cheaper.
struct ScalarChoice: ExpressibleByArrayLiteral, Sendable {
  let values: [UInt32]

  init(arrayLiteral scalars: Unicode.Scalar...) {
    values = scalars.map(\.value)
  }

  init<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) {
    values = scalars.map(\.value)
  }

  @inline(__always)
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    values.contains(scalar.value)
  }
}

extension String.UnicodeScalarView {
  /// Whether the string holds `scalar`, read from its UTF-8 in place.
  ///
  /// NB: rules test a scalar against a literal at every position (`"、和与及".unicodeScalars
  /// .contains(text[i])`); this is picked over `Sequence.contains`, which iterates the view.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let wanted = scalar.value
    if let found = String(self).utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
      var position = 0
      let end = bytes.count
      while position < end {
        let lead = UInt32(bytes[position])
        let value: UInt32
        if lead < 0x80 {
          value = lead
          position += 1
        } else if lead < 0xE0 {
          value = (lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F)
          position += 2
        } else if lead < 0xF0 {
          value = (lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6
            | UInt32(bytes[position + 2] & 0x3F)
          position += 3
        } else {
          value = (lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
            | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F)
          position += 4
        }
        if value == wanted { return true }
      }
      return false
    }) {
      return found
    }
    return contains { $0 == scalar }
  }
}
