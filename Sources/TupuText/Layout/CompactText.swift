/// Repaired text for the whole page, paragraph after paragraph, each scalar with the offset of
/// the original scalar it came from (`LayoutText` states the rule).
struct CompactText {
  /// Repaired scalar values; only `values[0..<count]` is text.
  var values: [UInt32]
  /// The original offset of each repaired scalar.
  var origins: [Int32]
  private(set) var count = 0

  /// Room for the repair of `capacity` original scalars: repair never lengthens text (a kept
  /// space stands for a whitespace scalar of the original).
  init(capacity: Int) {
    values = [UInt32](repeating: 0, count: capacity + 1)
    origins = [Int32](repeating: 0, count: capacity + 1)
  }

  /// Appends the repaired form of `scalars[start..<end]`; returns where it landed.
  mutating func append(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Range<Int> {
    let first = count
    var n = count
    ScalarTable.bits.withUnsafeBufferPointer { table in
      scalars.withUnsafeBufferPointer { buffer in
        values.withUnsafeMutableBufferPointer { values in
          origins.withUnsafeMutableBufferPointer { origins in
            var pendingSpace = -1
            var previousIsWord = false
            var k = start
            while k < end {
              let scalar = buffer[k]
              let flags = ScalarTable.flags(scalar.value, table)
              if flags & ScalarTable.layoutSpace != 0 {
                if pendingSpace < 0 { pendingSpace = k }
                k += 1
                continue
              }
              if (scalar.value == 0x28 || scalar.value == 0xFF08) && n > first
                && ScalarTable.flags(values[n - 1], table) & ScalarTable.han != 0,
                let close = Self.readingEnd(buffer, after: k, before: end)
              {
                k = close + 1
                continue
              }
              let folded = scalar.value >= 0xFF10 ? LayoutText.fold(scalar).value : scalar.value
              let isWord =
                folded == scalar.value
                ? flags & ScalarTable.asciiWord != 0 : folded < 0x80
              if pendingSpace >= 0 && previousIsWord && isWord {
                values[n] = 0x20
                origins[n] = Int32(truncatingIfNeeded: pendingSpace)
                n += 1
              }
              pendingSpace = -1
              values[n] = folded
              origins[n] = Int32(truncatingIfNeeded: k)
              n += 1
              previousIsWord = isWord
              k += 1
            }
          }
        }
      }
    }
    count = n
    return first..<n
  }

  /// Where a pinyin reading opened at `open` closes: `項(xiàng)` — Latin letters (and spaces)
  /// with at least one tone mark, then `)` or `）`. A reading is not text: repair drops it.
  /// Plain Latin in brackets (`(AI)`, `(PPP)`) is no reading.
  static func readingEnd(
    _ buffer: UnsafeBufferPointer<Unicode.Scalar>, after open: Int, before end: Int
  ) -> Int? {
    var toneMarks = 0
    var letters = 0
    var k = open + 1
    while k < end && k <= open + 30 {
      let v = buffer[k].value
      if v == 0x29 || v == 0xFF09 {
        return toneMarks > 0 && letters > 0 ? k : nil
      }
      if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) {
        letters += 1
      } else if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF)
      {
        letters += 1
        toneMarks += 1
      } else if v != 0x20 && v != 0x27 && v != 0x2019 {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// The original offsets `[start, end)` that `range` of the repaired text covers.
  func originalSpan(_ range: Range<Int>) -> (start: Int, end: Int) {
    (Int(origins[range.lowerBound]), Int(origins[range.upperBound - 1]) + 1)
  }

  /// The repaired text of `range` as a String (built from UTF-8: faster than scalar appends).
  func string(_ range: Range<Int>) -> String {
    values.withUnsafeBufferPointer { values in
      String(unsafeUninitializedCapacity: range.count * 4) { utf8 in
        var n = 0
        for index in range {
          let v = values[index]
          if v < 0x80 {
            utf8[n] = UInt8(v)
            n += 1
          } else if v < 0x800 {
            utf8[n] = UInt8(0xC0 | (v >> 6))
            utf8[n + 1] = UInt8(0x80 | (v & 0x3F))
            n += 2
          } else if v < 0x10000 {
            utf8[n] = UInt8(0xE0 | (v >> 12))
            utf8[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            utf8[n + 2] = UInt8(0x80 | (v & 0x3F))
            n += 3
          } else {
            utf8[n] = UInt8(0xF0 | (v >> 18))
            utf8[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            utf8[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            utf8[n + 3] = UInt8(0x80 | (v & 0x3F))
            n += 4
          }
        }
        return n
      }
    }
  }
}
