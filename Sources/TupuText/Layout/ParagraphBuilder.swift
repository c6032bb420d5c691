/// Joins the lines of a PDF dump or a copied web page into paragraphs.
///
/// A line break is soft (the sentence goes on) when the line does not end a sentence and either
/// ends in a comma-like mark or fills its column; a blank line between two such lines is a
/// column break in the middle of a sentence, unless what came before looks like a headline.
/// Boilerplate, bylines and datelines always stand on their own.
struct ParagraphBuilder {
  var page: PageLines
  var compact: CompactText
  var paragraphs: [Paragraph] = []

  private var lineFlags: [UInt8]
  /// Lines that are a box heading of recommended stories (新闻推荐), in order.
  private var teaserHeadings: [Int] = []
  private static let boilerplateFlag: UInt8 = 1
  private static let bylineFlag: UInt8 = 2
  private static let datelineFlag: UInt8 = 4
  /// Furniture that links to another story (a box of recommended stories): not even furniture.
  private static let linkFlag: UInt8 = 8
  private var scratch = [UInt32](repeating: 0, count: 256)

  init(page: PageLines) {
    self.page = page
    self.compact = CompactText(capacity: page.scalars.count)
    self.lineFlags = [UInt8](repeating: 0, count: page.lines.count)
  }

  mutating func build() {
    flagLines()
    var first: Int?
    let lines = page.lines
    var i = 0
    while i < lines.count {
      if lines[i].isBlank {
        i += 1
        continue
      }
      if first == nil { first = i }
      var next = i + 1
      while next < lines.count && lines[next].isBlank { next += 1 }
      let blanks = next - i - 1
      let nextLine: Int? = next < lines.count ? next : nil
      if let firstLine = first,
        shouldBreak(after: i, paragraphStart: firstLine, next: nextLine, blanks: blanks)
      {
        emit(firstLine, i)
        first = nil
      }
      i = next
    }
  }

  // MARK: Lines

  private mutating func flagLines() {
    var previous: Int?
    for index in page.lines.indices where !page.lines[index].isBlank {
      let line = page.lines[index]
      var length = 0
      if line.end - line.start <= 200 {
        ScalarTable.bits.withUnsafeBufferPointer { table in
          page.scalars.withUnsafeBufferPointer { scalars in
            scratch.withUnsafeMutableBufferPointer { scratch in
              for k in line.start..<line.end {
                let v = scalars[k].value
                if ScalarTable.flags(v, table) & ScalarTable.layoutSpace != 0 { continue }
                scratch[length] = v >= 0xFF10 ? LayoutText.fold(scalars[k]).value : v
                length += 1
              }
            }
          }
        }
      }
      let text = scratch[0..<length]
      var flags: UInt8 = 0
      // NB: only a comma-like end protects a line from the boilerplate test; a title line as
      // wide as its neighbours must not hide the metadata line under it.
      let continues =
        previous.map { page.lastSignificant($0).map(ScalarClass.isContinuing) ?? false } ?? false
      if !continues && !text.isEmpty && Boilerplate.isBoilerplate(text) {
        flags |= Self.boilerplateFlag
      } else if PageCues.isBylineLine(page.scalars, start: line.start, end: line.end) {
        flags |= Self.bylineFlag
      }
      if flags == 0, !text.isEmpty, startsDateline(text) { flags |= Self.datelineFlag }
      lineFlags[index] = flags
      if Boilerplate.isTeaserHeading(text) { teaserHeadings.append(index) }
      previous = index
    }
    flagTeasers()
  }

  /// 新闻推荐 ⏎ 某县召开某会 ⏎ 本报讯 某月某日，某县召开…部署... : a site's box of another story's
  /// headline and first lines, cut off with an ellipsis, is a link to that story (it counts for
  /// nothing, the rulings); the heading and the lines through the cut one are furniture. A heading
  /// with no cut line within three lines (a menu's 推荐新闻 above the story itself) stays as it is.
  private mutating func flagTeasers() {
    for heading in teaserHeadings {
      var seen = 0
      var k = heading + 1
      while k < page.lines.count, seen < 3 {
        defer { k += 1 }
        if page.lines[k].isBlank { continue }
        seen += 1
        guard endsCut(k) else { continue }
        for line in heading...k where !page.lines[line].isBlank {
          lineFlags[line] = Self.boilerplateFlag | Self.linkFlag
        }
        break
      }
    }
  }

  /// Whether a line ends with an ellipsis (`...`, `…`): a teaser cut off.
  private func endsCut(_ index: Int) -> Bool {
    let line = page.lines[index]
    var k = line.end - 1
    while k >= line.start, LayoutText.isLayoutSpace(page.scalars[k]) { k -= 1 }
    guard k >= line.start else { return false }
    if page.scalars[k] == "\u{2026}" { return true }
    return k - 2 >= line.start && (k - 2...k).allSatisfy { page.scalars[$0] == "." }
  }

  private func startsDateline(_ line: ArraySlice<UInt32>) -> Bool {
    var marked = false
    for v in line.prefix(18) where v == 0x8BAF || v == 0x606F || v == 0x7535 {
      marked = true
      break
    }
    guard marked else { return false }
    // The dateline check wants origins; at line level a space-free guess is enough.
    let origins = (0..<Int32(line.count)).map { $0 }
    return PageCues.dateline(line, origins: origins, bracketMayContinue: true) != nil
      && (line.starts(with: [0x672C, 0x62A5]) || line.starts(with: [0x672C, 0x7F51])
        || line.contains(0xFF08) || line.contains(0x28) || line.count > 6)
  }

  private func has(_ line: Int, _ flag: UInt8) -> Bool { lineFlags[line] & flag != 0 }

  // MARK: Breaks

  private mutating func shouldBreak(after line: Int, paragraphStart: Int, next: Int?, blanks: Int)
    -> Bool
  {
    guard let next else { return true }
    let special = Self.boilerplateFlag | Self.bylineFlag
    if lineFlags[line] & special != 0 || lineFlags[next] & special != 0 { return true }
    if has(next, Self.datelineFlag) { return true }
    // • 甲：某某事迹 / • 乙：某某事迹: each bullet starts an item of its own, however short the
    // lines around it make the column look.
    if page.startsWithBullet(next) { return true }
    guard let last = page.lastSignificant(line) else { return true }
    if ScalarClass.isTerminal(last) { return true }
    if endsWithSignOffOrCredit(line) { return true }
    if ScalarClass.isContinuing(last) { return false }
    // …and ends at its line's end unless a comma carries it on.
    if page.startsWithBullet(line) { return true }
    if blanks == 0 { return !page.isNearlyFull(line) }
    if !page.isFull(line) { return true }
    // A blank line after a full line: a column break inside a sentence, unless the paragraph so
    // far is a headline (a headline set wider than the column, or one in a block of headlines).
    let range = compactScratch(paragraphStart, line)
    let lineEnds = (paragraphStart...line).compactMap { page.lastSignificantRaw($0) }
    guard PageCues.isHeadlineLike(range[...], lineEnds: lineEnds) else { return false }
    if page.isOverfull(line) { return true }
    if let previous = paragraphs.last(where: { $0.kind != .boilerplate }),
      previous.kind == .headlineLike, previous.lastLine + 4 >= paragraphStart
    {
      return true
    }
    return false
  }

  private func endsWithSignOffOrCredit(_ line: Int) -> Bool {
    let l = page.lines[line]
    let lastValue = page.scalars[l.end - 1].value
    if lastValue == 0x6444 { return true }  // 摄
    guard lastValue == 0xFF09 || lastValue == 0x29 else { return false }
    var values: [UInt32] = []
    var k = l.end - 1
    while k >= l.start && values.count < 30 {
      if !LayoutText.isLayoutSpace(page.scalars[k]) { values.append(page.scalars[k].value) }
      k -= 1
    }
    values.reverse()
    return PageCues.signOff(values[...]) != nil
  }

  private func compactScratch(_ from: Int, _ to: Int) -> [UInt32] {
    var values: [UInt32] = []
    for line in from...to {
      let l = page.lines[line]
      for k in l.start..<l.end where !LayoutText.isLayoutSpace(page.scalars[k]) {
        values.append(LayoutText.fold(page.scalars[k]).value)
      }
    }
    return values
  }

  // MARK: Paragraphs

  private mutating func emit(_ firstLine: Int, _ lastLine: Int) {
    let start = page.lines[firstLine].start
    let end = page.lines[lastLine].end
    let range = compact.append(page.scalars, from: start, to: end)
    var paragraph = Paragraph(
      kind: .body, firstLine: firstLine, lastLine: lastLine, start: start, end: end,
      compact: range, content: range)
    classify(&paragraph)
    paragraphs.append(paragraph)
  }

  private func classify(_ paragraph: inout Paragraph) {
    let text = compact.values[paragraph.compact]
    let single = paragraph.firstLine == paragraph.lastLine
    if single && has(paragraph.firstLine, Self.boilerplateFlag) {
      paragraph.kind = .boilerplate
      paragraph.isLink = has(paragraph.firstLine, Self.linkFlag)
      return
    }
    if single && has(paragraph.firstLine, Self.bylineFlag) {
      paragraph.kind = .byline
      paragraph.credit = paragraph.compact
      paragraph.content = paragraph.compact.upperBound..<paragraph.compact.upperBound
      return
    }
    if let caption = PageCues.caption(text) {
      paragraph.kind = .caption
      paragraph.content = paragraph.compact.lowerBound..<caption.creditStart
      if caption.creditStart < paragraph.compact.upperBound {
        paragraph.credit = caption.creditStart..<paragraph.compact.upperBound
      }
      return
    }
    if let dateline = PageCues.dateline(text, origins: compact.origins) {
      paragraph.hasDateline = true
      paragraph.credit = dateline.names
      paragraph.content = dateline.end..<paragraph.compact.upperBound
    } else if paragraph.lineCount <= 3 {
      let lineEnds = (paragraph.firstLine...paragraph.lastLine).compactMap {
        page.lastSignificantRaw($0)
      }
      if PageCues.isHeadlineLike(text, lineEnds: lineEnds) {
        paragraph.kind = .headlineLike
        paragraph.isSectionLabel = paragraph.lineCount == 1 && PageCues.isSectionLabel(text)
        paragraph.isPageFurniture = paragraph.lineCount == 1 && PageCues.isPageFurniture(text)
        paragraph.startsWithEnumerator = PageCues.startsWithEnumerator(text)
        paragraph.startsWithBullet = page.startsWithBullet(paragraph.firstLine)
        return
      }
    }
    if let signOff = PageCues.signOff(compact.values[paragraph.content]) {
      paragraph.hasSignOff = true
      let names = (signOff + 1)..<(paragraph.compact.upperBound - 1)
      let isEndMark = names.count == 1 && compact.values[names.lowerBound] == 0x5B8C  // 完
      if paragraph.credit == nil && !isEndMark { paragraph.credit = names }
      paragraph.content = paragraph.content.lowerBound..<signOff
    }
  }
}

extension PageLines {
  /// The last non-whitespace scalar of a line, closers included.
  func lastSignificantRaw(_ index: Int) -> UInt32? {
    let line = lines[index]
    return line.isBlank ? nil : scalars[line.end - 1].value
  }
}
