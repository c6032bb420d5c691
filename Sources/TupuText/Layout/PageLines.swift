/// The decoded text as scalars, cut into lines, with each line's printed width and the width
/// of the column it sits in: what the PDF-dump repair decides with.
struct PageLines {
  struct Line {
    /// First and one-past-last non-whitespace scalar of the line (equal when blank).
    var start: Int
    var end: Int
    /// Printed width in cells (CJK two, ASCII one).
    var cells: Int
    /// The typical width of the lines around this one (median of its neighbours).
    var columnCells: Int = 0
    var isBlank: Bool { start == end }
  }

  var scalars: [Unicode.Scalar]
  var lines: [Line]

  init(text: String) {
    scalars = Array(text.unicodeScalars)
    lines = []
    lines.reserveCapacity(scalars.count / 16 + 1)
    scalars.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      var i = 0
      while i <= count {
        // One line: [lineStart, i) up to \n, \r\n or a lone \r.
        let lineStart = i
        while i < count {
          let v = buffer[i].value
          if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 { break }
          i += 1
        }
        let lineEnd = i
        var start = lineStart
        while start < lineEnd, LayoutText.isLayoutSpace(buffer[start]) { start += 1 }
        var end = lineEnd
        while end > start, LayoutText.isLayoutSpace(buffer[end - 1]) { end -= 1 }
        var cells = 0
        if start < end {
          for k in start..<end { cells += ScalarClass.cells(buffer[k].value) }
        } else {
          start = lineStart
          end = lineStart
        }
        lines.append(Line(start: start, end: end, cells: cells))
        if i >= count { break }
        if buffer[i].value == 0x0D, i + 1 < count, buffer[i + 1].value == 0x0A { i += 1 }
        i += 1
      }
    }
    measureColumns()
  }

  /// Each line's column width: the median width of up to eight non-blank lines on either side.
  private mutating func measureColumns() {
    let content = lines.indices.filter { !lines[$0].isBlank }
    var window: [Int] = []
    window.reserveCapacity(16)
    for (position, lineIndex) in content.enumerated() {
      window.removeAll(keepingCapacity: true)
      let low = max(0, position - 8)
      let high = min(content.count - 1, position + 8)
      if low <= high {
        for k in low...high where k != position { window.append(lines[content[k]].cells) }
      }
      if window.isEmpty {
        lines[lineIndex].columnCells = lines[lineIndex].cells
      } else {
        window.sort()
        lines[lineIndex].columnCells = window[window.count / 2]
      }
    }
  }

  /// A line as wide as its column: a wrapped line whose text goes on in the next one.
  func isFull(_ index: Int) -> Bool {
    let line = lines[index]
    return line.cells * 5 >= line.columnCells * 4
  }

  /// Nearly as wide as its column. NB: some PDF tools drop the spaces of justified lines, which
  /// leaves a wrapped line of 13 characters in a column of 16; headlines and titles are shorter.
  func isNearlyFull(_ index: Int) -> Bool {
    let line = lines[index]
    return line.cells * 5 >= line.columnCells * 3
  }

  /// Much wider than its column: a line set apart (a headline across columns, a lead).
  func isOverfull(_ index: Int) -> Bool {
    let line = lines[index]
    return line.cells * 5 > line.columnCells * 6
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
