import TupuOntology
import TupuText

/// A String made from scalars in one write of their UTF-8.
///
/// NB: `String.unicodeScalars.append(contentsOf:)` grows the string scalar by scalar; names
/// are made this way for every mention of every sentence, so they are encoded straight into a
/// string of the right size (the same text).
enum ScalarString {
  static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String { Lexicon.string(scalars) }
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
      let scalarCount = UTF8Scalars.count(bytes)
      return [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { buffer, count in
        var index = 0
        var written = 0
        let end = bytes.count
        // A String's UTF-8 is valid: each lead byte says how many continuation bytes follow.
        while index < end {
          let (value, length) = UTF8Scalars.decode(bytes, at: index)
          buffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
          written += 1
          index += length
        }
        count = written
      }
    }
  }
}
