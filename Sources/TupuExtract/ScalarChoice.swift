import TupuText

/// A few scalars (punctuation, digits, level words) to test a scalar against by comparison.
///
/// NB: a `Set<Unicode.Scalar>` hashes the scalar for every test; clause scans test every
/// scalar of a sentence, and a handful of comparisons is cheaper.
struct ScalarChoice: ExpressibleByArrayLiteral, Sendable {
  let values: [UInt32]
  /// Bit `value % 64` of each value: a scalar whose bit is clear is none of them.
  // NB: rules test every position of a sentence against a cue's first characters, and most
  // positions are none of them: one mask test instead of a walk of the array (~25
  // instructions a position).
  let mask: UInt64

  init(arrayLiteral scalars: Unicode.Scalar...) {
    self.init(scalars)
  }

  init<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) {
    values = scalars.map(\.value)
    mask = values.reduce(0) { $0 | UInt64(1) << UInt64($1 & 63) }
  }

  @inline(__always)
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard mask & (UInt64(1) << UInt64(value & 63)) != 0 else { return false }
    return values.contains(value)
  }
}

extension String.UnicodeScalarView {
  /// Whether the string holds `scalar`, read from its UTF-8 in place.
  ///
  /// NB: rules test a scalar against a literal at every position (`"、和与及".unicodeScalars
  /// .contains(text[i])`); this is picked over `Sequence.contains`, which iterates the view.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let wanted = scalar.value
    if let found = String(self).utf8.withContiguousStorageIfAvailable({
      UTF8Scalars.holds($0, wanted)
    }) {
      return found
    }
    return contains { $0 == scalar }
  }
}
