/// Repaired text for the whole page, paragraph after paragraph, each scalar with the offset of
/// the original scalar it came from (`LayoutText` states the rule).
struct CompactText {
  var values: [UInt32] = []
  var origins: [Int] = []
  private var utf8: [UInt8] = []

  init(capacity: Int) {
    values.reserveCapacity(capacity)
    origins.reserveCapacity(capacity)
  }

  var count: Int { values.count }

  /// Appends the repaired form of `scalars[start..<end]`; returns where it landed.
  mutating func append(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Range<Int> {
    let first = values.count
    var pendingSpace = -1
    var previousIsWord = false
    scalars.withUnsafeBufferPointer { buffer in
      var k = start
      while k < end {
        let scalar = buffer[k]
        if LayoutText.isLayoutSpace(scalar) {
          if pendingSpace < 0 { pendingSpace = k }
          k += 1
          continue
        }
        let folded = LayoutText.fold(scalar).value
        let isWord = folded < 0x80 && LayoutText.isASCIIWord(Unicode.Scalar(UInt8(folded)))
        if pendingSpace >= 0 && previousIsWord && isWord {
          values.append(0x20)
          origins.append(pendingSpace)
        }
        pendingSpace = -1
        values.append(folded)
        origins.append(k)
        previousIsWord = isWord
        k += 1
      }
    }
    return first..<values.count
  }

  /// The original offsets `[start, end)` that `range` of the repaired text covers.
  func originalSpan(_ range: Range<Int>) -> (start: Int, end: Int) {
    (origins[range.lowerBound], origins[range.upperBound - 1] + 1)
  }

  /// The repaired text of `range` as a String (built from UTF-8: faster than scalar appends).
  mutating func string(_ range: Range<Int>) -> String {
    utf8.removeAll(keepingCapacity: true)
    for index in range {
      let v = values[index]
      if v < 0x80 {
        utf8.append(UInt8(v))
      } else if v < 0x800 {
        utf8.append(UInt8(0xC0 | (v >> 6)))
        utf8.append(UInt8(0x80 | (v & 0x3F)))
      } else if v < 0x10000 {
        utf8.append(UInt8(0xE0 | (v >> 12)))
        utf8.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        utf8.append(UInt8(0x80 | (v & 0x3F)))
      } else {
        utf8.append(UInt8(0xF0 | (v >> 18)))
        utf8.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        utf8.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        utf8.append(UInt8(0x80 | (v & 0x3F)))
      }
    }
    return String(decoding: utf8, as: UTF8.self)
  }
}
