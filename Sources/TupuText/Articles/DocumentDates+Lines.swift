/// The lines of a document's top, read in one pass over its UTF-8 bytes.
///
/// `published(text:headline:)` looks at every line of a page's first 20,000 scalars, most of
/// them prose without a date: one pass over the bytes notes what it needs of each (a digit, 年,
/// its length in scalars and in CJK characters) instead of a split, a search and a count of
/// scalars per line.
extension DocumentDates {
  struct TopLine {
    var scalars: Substring.UnicodeScalarView
    /// An ASCII or a full-width digit: every date but a Chinese-numeral one is written so.
    var hasDigit = false
    var hasYear = false
    var count = 0
    var cjk = 0

    /// The line repaired as `LayoutText.compactedScalars` repairs it.
    // NB: its scalars decoded from the UTF-8 in place first: walking a substring's scalar view
    // checks every index (~20 instructions a scalar; a story's paragraph is one long line).
    var compacted: [Unicode.Scalar] {
      let decoded = Substring(scalars).utf8.withContiguousStorageIfAvailable {
        bytes -> [Unicode.Scalar] in
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(bytes.count)
        var offset = 0
        while offset < bytes.count {
          let byte = bytes[offset]
          let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
          guard offset + length <= bytes.count else { break }
          var value = UInt32(byte)
          if length > 1 {
            value &= UInt32(0x7F) >> UInt32(length)
            for k in 1..<length { value = value << 6 | UInt32(bytes[offset + k] & 0x3F) }
          }
          result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
          offset += length
        }
        return result
      }
      guard let decoded else { return LayoutText.compactedScalars(scalars) }
      return LayoutText.compactedScalars(decoded)
    }
  }

  /// Calls `body` with each non-empty line (split at \n and \r) of the first `limit` scalars of
  /// `text`, in order, until it returns false.
  static func forEachTopLine(of text: String, limit: Int, _ body: (TopLine) -> Bool) {
    let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      scanTopLines(text, bytes, limit: limit, body)
    }
    guard scanned == nil else { return }
    // A bridged string: its bytes made contiguous first.
    var native = text
    native.makeContiguousUTF8()
    _ = native.utf8.withContiguousStorageIfAvailable { bytes in
      scanTopLines(native, bytes, limit: limit, body)
    }
  }

  private static func scanTopLines(
    _ text: String, _ bytes: UnsafeBufferPointer<UInt8>, limit: Int, _ body: (TopLine) -> Bool
  ) {
    let utf8 = text.utf8
    var line = TopLine(scalars: Substring.UnicodeScalarView())
    var start = 0
    var seen = 0
    var offset = 0
    // Hands the line before `end` to `body`, if it is not empty.
    func finish(_ end: Int) -> Bool {
      guard line.count > 0 else { return true }
      let lower = utf8.index(utf8.startIndex, offsetBy: start)
      let upper = utf8.index(utf8.startIndex, offsetBy: end)
      line.scalars = text.unicodeScalars[lower..<upper]
      return body(line)
    }
    while offset < bytes.count {
      // NB: a String's bytes are valid UTF-8: each step is one scalar, from its lead byte.
      let byte = bytes[offset]
      guard seen < limit else { break }
      seen += 1
      if byte == 0x0A || byte == 0x0D {
        guard finish(offset) else { return }
        line = TopLine(scalars: Substring.UnicodeScalarView())
        offset += 1
        start = offset
        continue
      }
      line.count += 1
      if byte >= 0x30 && byte <= 0x39 {
        line.hasDigit = true
      } else if byte >= 0xE4 && byte <= 0xE9, offset + 2 < bytes.count {
        // U+4E00–U+9FFF: E4 B8 80 … E9 BF BF.
        let second = bytes[offset + 1]
        if byte > 0xE4 || second >= 0xB8 {
          line.cjk += 1
          // 年 U+5E74: E5 B9 B4.
          if byte == 0xE5, second == 0xB9, bytes[offset + 2] == 0xB4 { line.hasYear = true }
        }
      } else if byte == 0xEF, offset + 2 < bytes.count, bytes[offset + 1] == 0xBC,
        bytes[offset + 2] >= 0x90 && bytes[offset + 2] <= 0x99
      {
        // Full-width digits U+FF10–U+FF19: EF BC 90 … EF BC 99.
        line.hasDigit = true
      }
      offset += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }
    _ = finish(offset)
  }
}
