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
