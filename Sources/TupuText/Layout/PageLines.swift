/// The decoded text as scalars, cut into lines, with each line's printed width and the width
/// of the column it sits in: what the PDF-dump repair decides with.
struct PageLines {
  struct Line {
    /// First and one-past-last non-whitespace scalar of the line (equal when blank).
    var start: Int
    var end: Int
    /// Printed width in cells (CJK two, ASCII one).
    var cells: Int
    /// Position among the non-blank lines (for the column width).
    var contentPosition: Int32 = -1
    var isBlank: Bool { start == end }
  }

  var scalars: [Unicode.Scalar]
  var lines: [Line]
  /// The scalars as printed, kept only when `scalars` are a traditional page folded to
  /// simplified script.
  var printedScalars: [Unicode.Scalar]?

  init(text: String) {
    scalars = Self.scalars(of: text)
    lines = []
    lines.reserveCapacity(scalars.count / 16 + 1)
    // Han characters below U+A000, and those of them that exist only in traditional script,
    // counted in the same pass as the lines.
    var han = 0
    var traditional = 0
    ScalarTable.bits.withUnsafeBufferPointer { table in
      TraditionalScript.traditionalBits.withUnsafeBufferPointer { bits in
        scalars.withUnsafeBufferPointer { buffer in
          let count = buffer.count
          var i = 0
          while i <= count {
            // One line: [lineStart, i) up to \n, \r\n or a lone \r.
            let lineStart = i
            var start = -1
            var end = i
            var cells = 0
            var cellsToEnd = 0
            while i < count {
              let v = buffer[i].value
              if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 { break }
              let flags = ScalarTable.flags(v, table)
              if flags & ScalarTable.han != 0 && v < 0xA000 {
                han += 1
                traditional += Int(truncatingIfNeeded: (bits[Int(v >> 6)] >> UInt64(v & 63)) & 1)
              }
              if flags & ScalarTable.layoutSpace == 0 {
                if start < 0 { start = i }
                end = i + 1
              }
              if start >= 0 {
                cells += flags & ScalarTable.wide != 0 ? 2 : 1
                if end == i + 1 { cellsToEnd = cells }
              }
              i += 1
            }
            if start < 0 {
              lines.append(Line(start: lineStart, end: lineStart, cells: 0))
            } else {
              lines.append(Line(start: start, end: end, cells: cellsToEnd))
            }
            if i >= count { break }
            if buffer[i].value == 0x0D, i + 1 < count, buffer[i + 1].value == 0x0A { i += 1 }
            i += 1
          }
        }
      }
    }
    // A page in traditional script reads as its simplified twin, scalar for scalar (the same
    // widths: the lines stand).
    if TraditionalScript.isMostly(han: han, traditional: traditional) {
      printedScalars = scalars
      TraditionalScript.fold(&scalars)
    }
    measureColumns()
  }

  /// The text's scalars, decoded straight from its UTF-8 (several times faster than
  /// `Array(text.unicodeScalars)`).
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { utf8 in
      [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
        var i = 0
        var n = 0
        let count = utf8.count
        while i < count {
          let lead = UInt32(utf8[i])
          var value: UInt32
          if lead < 0x80 {
            value = lead
            i += 1
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
            i += 2
          } else if lead < 0xF0 {
            value =
              (lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            i += 3
          } else {
            value =
              (lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
              | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
            i += 4
          }
          // NB: a Swift String holds valid UTF-8, so every decoded value is a scalar.
          buffer[n] = unsafeBitCast(value, to: Unicode.Scalar.self)
          n += 1
        }
        initialized = n
      }
    }
  }

  /// Each non-blank line's column width: the median width of up to eight non-blank lines on
  /// either side, kept in a sorted sliding window (no sorting per line).
  private var columns: [Int32] = []

  private mutating func measureColumns() {
    var content: [Int32] = []
    for index in lines.indices where !lines[index].isBlank {
      lines[index].contentPosition = Int32(content.count)
      content.append(Int32(index))
    }
    columns = [Int32](repeating: 0, count: content.count)
    guard !content.isEmpty else { return }
    let radius = 8
    // The window holds the widths of the lines around `position`, sorted, in a fixed buffer;
    // the line itself is taken out for its own median.
    let window = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * radius + 2)
    defer { window.deallocate() }
    var size = 0
    func insert(_ value: Int32) {
      var k = size
      while k > 0 && window[k - 1] > value {
        window[k] = window[k - 1]
        k -= 1
      }
      window[k] = value
      size += 1
    }
    func remove(_ value: Int32) {
      var k = 0
      while k < size && window[k] != value { k += 1 }
      guard k < size else { return }
      while k + 1 < size {
        window[k] = window[k + 1]
        k += 1
      }
      size -= 1
    }
    let cells = content.map { Int32(lines[Int($0)].cells) }
    var high = -1
    for position in 0..<content.count {
      while high < min(content.count - 1, position + radius) {
        high += 1
        insert(cells[high])
      }
      let low = position - radius - 1
      if low >= 0 { remove(cells[low]) }
      remove(cells[position])
      columns[position] = size == 0 ? cells[position] : window[size / 2]
      insert(cells[position])
    }
  }

  /// The width of the column a line sits in.
  @inline(__always)
  func columnCells(_ index: Int) -> Int {
    let position = Int(lines[index].contentPosition)
    return position >= 0 ? Int(columns[position]) : 0
  }

  /// A line as wide as its column: a wrapped line whose text goes on in the next one.
  func isFull(_ index: Int) -> Bool {
    lines[index].cells * 5 >= columnCells(index) * 4
  }

  /// Nearly as wide as its column. NB: some PDF tools drop the spaces of justified lines, which
  /// leaves a wrapped line of 13 characters in a column of 16; headlines and titles are shorter.
  func isNearlyFull(_ index: Int) -> Bool {
    lines[index].cells * 5 >= columnCells(index) * 3
  }

  /// Much wider than its column: a line set apart (a headline across columns, a lead).
  func isOverfull(_ index: Int) -> Bool {
    lines[index].cells * 5 > columnCells(index) * 6
  }

  /// Whether a line starts with a list's bullet (•, ●, ■, ◆, ▪, ▶, ►); a line starts after its
  /// indent.
  func startsWithBullet(_ index: Int) -> Bool {
    let line = lines[index]
    guard line.start < line.end else { return false }
    switch scalars[line.start].value {
    case 0x2022, 0x25CF, 0x25A0, 0x25C6, 0x25AA, 0x25B6, 0x25BA: return true
    default: return false
    }
  }

  /// The last scalar of a line that is not a closing quote or bracket, and whether closers
  /// follow it.
  func lastSignificant(_ index: Int) -> UInt32? {
    let line = lines[index]
    var k = line.end - 1
    while k >= line.start {
      let v = scalars[k].value
      if !ScalarClass.isCloser(v) && !LayoutText.isLayoutSpace(scalars[k]) { return v }
      k -= 1
    }
    return nil
  }
}
